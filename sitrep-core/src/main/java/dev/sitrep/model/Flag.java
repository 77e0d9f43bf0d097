package dev.sitrep.model;

import java.util.Locale;

/** Something the pipeline noticed about an article that a reader should know before trusting it. */
public enum Flag {
    /** Text decoded with the wrong code page was repaired (for example {@code β€œ} back to {@code “}). */
    MOJIBAKE_REPAIRED,
    /** The text carries a machine-translation disclaimer or typical artefacts of one. */
    MACHINE_TRANSLATED,
    /** The text looks rewritten by an article spinner (rare synonym swaps such as "manufacturing facility reset"). */
    SPUN_TEXT,
    /** The article was one of several on a tag or listing page. */
    FROM_AGGREGATE_PAGE,
    /** Paragraphs that appeared more than once (a live blog repeating a post) were kept once. */
    DUPLICATE_PARAGRAPHS_REMOVED,
    /** Page chrome, widgets or promos were removed from the text. */
    BOILERPLATE_REMOVED,
    /** The text was longer than the analysis limit and was cut at a paragraph or sentence end (see {@code Limits}). */
    TRUNCATED;

    /** The name used in JSON Lines: lower case with hyphens, e.g. {@code mojibake-repaired}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Inverse of {@link #label()}. */
    public static Flag fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
