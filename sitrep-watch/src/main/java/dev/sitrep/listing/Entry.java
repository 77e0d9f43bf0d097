package dev.sitrep.listing;

import java.time.Instant;
import java.util.Optional;

/**
 * One item a source lists: a feed entry or a sitemap URL.
 *
 * @param url       the absolute http(s) address of the item, resolved against the listing's base; never null
 * @param title     the title as the listing gives it, whitespace collapsed and capped; null when it gives none
 * @param published when the item was published (a feed's date, a news sitemap's publication date or, failing
 *                  that, its last modification); null when the listing gives no date that parses
 * @param id        the listing's own identifier of the item (RSS guid, Atom id, RDF about); null when absent
 *                  and always null for sitemaps, which identify an item by its address alone
 */
public record Entry(String url, String title, Instant published, String id) {
    public Entry {
        if (url == null) {
            throw new IllegalArgumentException("an entry needs a url");
        }
    }

    /** The publication time when the listing gives one. */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(published);
    }
}
