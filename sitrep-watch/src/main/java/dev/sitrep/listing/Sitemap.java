package dev.sitrep.listing;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SitemapParser} read from one sitemap: the pages it lists or, for a sitemap index, the sitemaps it
 * points to (to be fetched by the caller), and one line when the bytes were not a clean sitemap. A sitemap with
 * a problem still carries what was read before it.
 *
 * @param type     what the document was
 * @param entries  the pages listed, in document order, at most the parser's limit; empty for an index
 * @param sitemaps the absolute http(s) addresses of the child sitemaps of an index; empty otherwise
 * @param problem  one line naming what went wrong, empty for a clean sitemap
 */
public record Sitemap(Type type, List<Entry> entries, List<String> sitemaps, Optional<String> problem) {
    /** The kinds of document the sitemap protocol allows, and none. */
    public enum Type {
        /** An XML {@code <urlset>}, news sitemaps included. */
        URLSET,
        /** An XML {@code <sitemapindex>}: a list of further sitemaps. */
        INDEX,
        /** A text sitemap: one address a line. */
        TEXT,
        /** An RSS or Atom feed, which the protocol accepts as a sitemap. */
        FEED,
        /** Not a sitemap. */
        NONE
    }

    public Sitemap {
        entries = List.copyOf(entries);
        sitemaps = List.copyOf(sitemaps);
    }

    static Sitemap failed(String problem) {
        return new Sitemap(Type.NONE, List.of(), List.of(), Optional.of(problem));
    }
}
