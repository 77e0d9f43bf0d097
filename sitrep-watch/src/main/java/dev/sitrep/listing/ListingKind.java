package dev.sitrep.listing;

/** What fetched bytes turned out to be, as {@link Discovery#kind} tells. */
public enum ListingKind {
    /** An RSS or Atom feed. */
    FEED,
    /** A sitemap listing pages (XML or text). */
    SITEMAP,
    /** A sitemap index listing further sitemaps. */
    SITEMAP_INDEX,
    /** Neither: an HTML page, an error page, anything else. */
    NEITHER
}
