package dev.sitrep.meta;

import java.time.LocalDate;

/**
 * Metadata found in a page's markup or a container. Every field may be null.
 */
public record PageMetadata(String title, String publisher, String author, LocalDate published, String url,
                           String language, String section) {

    public static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null, null, null);

    /** This metadata, with the gaps filled from {@code other}. */
    public PageMetadata orElse(PageMetadata other) {
        return new PageMetadata(first(title, other.title), first(publisher, other.publisher), first(author, other.author),
                first(published, other.published), first(url, other.url), first(language, other.language),
                first(section, other.section));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
