package dev.sitrep.model;

import java.util.List;

/**
 * A statement and who made it.
 *
 * <p>A statement split around its cue ("“…,” he said. “…”") or running over several paragraphs is one quote
 * with several {@link Part parts}; {@code start}/{@code end} then run from the first part to the last, and
 * {@code text} joins the parts (a space within a paragraph, a blank line across paragraphs).
 *
 * @param text         the words of the statement, without surrounding quote marks
 * @param speaker      canonical name of the speaker entity, the phrase naming an unnamed source ("a NATO
 *                     diplomat"), or {@code null} when nobody is named
 * @param speakerId    id of the speaker entity, or {@code null} (always null for unnamed sources)
 * @param cue          the reporting verb or phrase as it appears ("said", "insists", "according to"), or {@code null}
 * @param kind         how the statement is reported
 * @param start        offset of the statement in {@code Article.text()}; 0 for a statement of the title, whose
 *                     words are in {@code Article.title()} (see {@link #inTitle()})
 * @param end          offset after the statement; 0 for a statement of the title
 * @param speakerStart offset of the speaker mention in the text (the name, title or pronoun the cue points to),
 *                     or -1 when there is none
 * @param speakerEnd   offset after the speaker mention, or -1
 * @param parts        the statement's pieces in text order; never empty, a single part equals {@code start..end}
 * @param stances      the speaker's stance toward each default issue the statement speaks to; empty when none
 */
public record Quote(String text, String speaker, String speakerId, String cue, QuoteKind kind, int start, int end,
        int speakerStart, int speakerEnd, List<Part> parts, List<IssueStance> stances) {

    /**
     * Where a statement stands on an issue.
     *
     * @param issue    the issue's id ("ukraine-nato")
     * @param stance   "supports", "opposes" or "neither"
     * @param evidence the words that carry the stance, as written
     */
    public record IssueStance(String issue, String stance, List<String> evidence) {
        public IssueStance {
            evidence = List.copyOf(evidence);
        }
    }

    /** One contiguous piece of a statement: {@code [start, end)} in {@code Article.text()}. */
    public record Part(int start, int end) {
        public Part {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad quote part " + start + ".." + end);
            }
        }
    }

    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end);
        }
        if (speakerEnd < speakerStart || (speakerStart < 0 && speakerEnd >= 0)) {
            throw new IllegalArgumentException("bad speaker span " + speakerStart + ".." + speakerEnd);
        }
        parts = parts == null || parts.isEmpty() ? List.of(new Part(start, end)) : List.copyOf(parts);
        stances = stances == null ? List.of() : List.copyOf(stances);
    }

    /** A statement whose stances are not judged yet. */
    public Quote(String text, String speaker, String speakerId, String cue, QuoteKind kind, int start, int end,
            int speakerStart, int speakerEnd, List<Part> parts) {
        this(text, speaker, speakerId, cue, kind, start, end, speakerStart, speakerEnd, parts, List.of());
    }

    /** The same statement with these stances. */
    public Quote withStances(List<IssueStance> judged) {
        return new Quote(text, speaker, speakerId, cue, kind, start, end, speakerStart, speakerEnd, parts, judged);
    }

    /** A single-part quote with no speaker mention recorded. */
    public Quote(String text, String speaker, String speakerId, String cue, QuoteKind kind, int start, int end) {
        this(text, speaker, speakerId, cue, kind, start, end, -1, -1, List.of());
    }

    /**
     * Whether the statement is quoted in the article's title rather than its text: the title is not part of
     * {@code Article.text()}, so such a statement has the empty span {@code 0..0}, no speaker mention, and its words
     * are taken from {@code Article.title()}. A statement of the text always has words between its offsets.
     */
    public boolean inTitle() {
        return start == 0 && end == 0 && !text.isEmpty();
    }

    /** Whether the speaker mention's offsets are known. */
    public boolean hasSpeakerMention() {
        return speakerStart >= 0;
    }
}
