package dev.sitrep.query;

/**
 * How a snippet marks the words that matched.
 *
 * @param pre  written before a match
 * @param post written after a match
 */
public record HitMarks(String pre, String post) {
    /** Guillemets, for files, pipes and JSON: «NATO». */
    public static final HitMarks PLAIN = new HitMarks("«", "»");
    /** ANSI bold, for a terminal. */
    public static final HitMarks ANSI_BOLD = new HitMarks("\u001b[1m", "\u001b[0m");
}
