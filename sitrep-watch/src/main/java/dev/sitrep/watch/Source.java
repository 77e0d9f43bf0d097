package dev.sitrep.watch;

import java.net.URI;

/**
 * One listing the watcher polls: a feed, a news sitemap (or index) or a front page of a site.
 *
 * @param site the site's name in the sources file
 * @param kind what the listing is
 * @param url  where it is
 */
public record Source(String site, Kind kind, URI url) {
    /** What a listing is, which decides how its body is read. */
    public enum Kind { FEED, SITEMAP, FRONT_PAGE }

    /** The key the watcher's state keeps the source under. */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + url;
    }
}
