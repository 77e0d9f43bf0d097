package dev.sitrep.model;

/**
 * One occurrence of an entity in an article's text.
 *
 * @param start offset of the first character in {@code Article.text()}
 * @param end   offset after the last character
 * @param text  the surface form, {@code text.substring(start, end)}
 */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
    }
}
