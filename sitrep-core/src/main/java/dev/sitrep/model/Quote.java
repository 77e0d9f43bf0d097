package dev.sitrep.model;

/**
 * A statement and who made it.
 *
 * @param text      the words of the statement, without surrounding quote marks
 * @param speaker   canonical name of the speaker entity, or {@code null} when nobody is named
 * @param speakerId id of the speaker entity, or {@code null}
 * @param cue       the reporting verb or phrase ("said", "insists", "according to"), or {@code null}
 * @param kind      how the statement is reported
 * @param start     offset of the statement in {@code Article.text()}
 * @param end       offset after the statement
 */
public record Quote(String text, String speaker, String speakerId, String cue, QuoteKind kind, int start, int end) {
    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end);
        }
    }
}
