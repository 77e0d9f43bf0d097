package dev.sitrep.quotes;

/**
 * The words a cue points to as its speaker.
 *
 * @param from       index of the first token in its unit
 * @param to         index of the last token in its unit (inclusive)
 * @param start      offset of the phrase in the article text
 * @param end        offset after the phrase
 * @param kind       what sort of phrase it is, which decides how it is resolved
 * @param mentionEnd offset after the speaker mention reported with a quote: {@code end}, or further when the cue's
 *                   subject is a relative pronoun standing for the phrase ("the ministry, which" said)
 */
record Phrase(int from, int to, int start, int end, Kind kind, int mentionEnd) {
    enum Kind {
        /** Capitalised words: a person, an organisation, a place ("Julianne Smith", "the Kremlin"). */
        NAME,
        /** he, she, they, it, we, I. */
        PRONOUN,
        /** An office held by one person ("the defence secretary"). */
        TITLE,
        /** A collective or unnamed source ("a NATO diplomat", "people familiar with the matter"). */
        GROUP
    }

    Phrase(int from, int to, int start, int end, Kind kind) {
        this(from, to, start, end, kind, end);
    }

    /** The same phrase, its mention running on to {@code end}: the antecedent with its relative pronoun. */
    Phrase through(int end) {
        return new Phrase(from, to, start, this.end, kind, Math.max(this.end, end));
    }
}
