package dev.sitrep.quotes;

import java.util.List;

/**
 * Speakers of relative clauses: a relative pronoun that opens the reporting clause ("the ministry, which said",
 * "Peskov, who told", "the ministry, whose spokesman said") speaks for its antecedent.
 */
final class RelativeClauses {
    private final Lexicon lex;
    private final NounPhrases np;

    RelativeClauses(Lexicon lex, NounPhrases np) {
        this.lex = lex;
        this.np = np;
    }

    /**
     * "the ministry, which said", "Peskov, who told", "officials who said": a relative pronoun speaks for its
     * antecedent, the name or headed noun phrase just before it (and its comma), reported with the pronoun as its
     * mention. Only a named or headed antecedent speaks, not "cancer, which …"; with none, "which" gives no speaker
     * and "who" stays a person pronoun, resolved like "he".
     */
    Phrase relativeAntecedent(List<Tok> t, int j, int lo) {
        int a = j - 1;
        while (a > lo && t.get(a).punct(",-")) {
            a--;
        }
        Phrase antecedent = a < j && a >= lo ? antecedentAt(t, a, lo) : null;
        if (antecedent != null) {
            return antecedent.through(t.get(j).end());
        }
        // "listeners to his radio program who said": no antecedent in reach, "who" still names a person
        return t.get(j).text().matches("[Ww]ho") ? NounPhrases.phrase(t, j, j, Phrase.Kind.PRONOUN) : null;
    }

    /**
     * The name or headed noun phrase ending at token {@code a}: "the transport ministry", "the dockers' union" (an
     * organisation noun), "the minister of transport".
     */
    private Phrase antecedentAt(List<Tok> t, int a, int lo) {
        Tok ant = t.get(a);
        if (ant.capitalised()) {
            return np.nameEndingAt(t, a, lo);
        }
        if (ant.lower() && (np.isHead(ant.text()) || lex.is("org-word", ant.text()))) {
            return np.commonEndingAt(t, a, lo);
        }
        if (ant.word() && a - 2 >= lo && t.get(a - 1).word() && t.get(a - 1).text().equals("of") && t.get(a - 2).lower()
                && np.isHead(t.get(a - 2).text())) {
            // "the minister of transport, who …": the head with its "of" complement
            Phrase head = np.commonEndingAt(t, a - 2, lo);
            return NounPhrases.phrase(t, head.from(), a, Phrase.Kind.GROUP);
        }
        return null;
    }

    /** Index of "whose" opening the noun phrase that ends at {@code j} after a comma ("…, whose spokesman"), or -1. */
    static int whoseBefore(List<Tok> t, int j, int lo) {
        for (int i = j - 1; i >= Math.max(lo + 2, j - 3); i--) {
            Tok x = t.get(i);
            if (!x.word()) {
                return -1;
            }
            if (x.text().equals("whose")) {
                return t.get(i - 1).punct(",") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "the ministry, whose spokesman said": a spokesperson speaks for the antecedent, so the antecedent is the speaker;
     * anyone else ("Ortiz, whose lawyer said") is named by the whole phrase from the antecedent to the head.
     */
    Phrase whoseSpeaker(List<Tok> t, int whose, int j, int lo) {
        Phrase antecedent = whose - 2 >= lo ? antecedentAt(t, whose - 2, lo) : null;
        if (antecedent == null) {
            return null;
        }
        return lex.is("spokesperson", t.get(j).text()) ? antecedent.through(t.get(j).end())
                : NounPhrases.phrase(t, antecedent.from(), j, Phrase.Kind.GROUP);
    }

    /**
     * Where a frame whose speaker precedes its verb starts: at the relative pronoun when the speaker is its
     * antecedent ("the ministry, which said": the frame is "which said", the clause before it is narration), else
     * at the speaker.
     */
    static int relativeStart(List<Tok> t, Phrase sp, int k) {
        int i = sp.to() + 1;
        if (i < k && t.get(i).punct(",-")) {
            i++;
        }
        Tok x = i < k ? t.get(i) : null;
        boolean relative = x != null && x.word()
                && (x.text().equals("which") || x.text().equals("who") || x.text().equals("whose"));
        return relative ? i : sp.from();
    }

    /**
     * "a deadline that several insiders said went unnoticed", "which officials said will take effect", "what analysts
     * said was a sign": a relative word before the speaker (adverbs such as "even" between) and a verb right after
     * the cue. The relative word is the reported clause's subject, so the words from the verb on are the statement.
     */
    static boolean gapAfterCue(List<Tok> t, Phrase sp, int k, Lexicon lex) {
        if (k + 1 >= t.size() || !t.get(k + 1).word() || !t.get(k + 1).lower()) {
            return false;
        }
        String v = t.get(k + 1).text();
        if (!(lex.is("copula", v) || v.endsWith("ed") && v.length() > 4 && lex.speechVerb(v) == null)) {
            return false;
        }
        int i = sp.from() - 1;
        while (i >= 0 && t.get(i).word() && t.get(i).lower() && lex.is("adverb", t.get(i).text()) && sp.from() - i < 3) {
            i--;
        }
        return i >= 0 && t.get(i).word() && t.get(i).lower() && t.get(i).text().matches("that|which|what");
    }
}
