package dev.sitrep.watch;

import java.net.URI;

/** One request the watcher has to make, waiting in its host's queue. */
sealed interface Task {
    /** The URL to request. */
    URI url();

    /** The source in the sources file the request comes from, which the address checks judge it by. */
    URI from();

    /** The robots.txt of a host, fetched before anything else on it and again when it expires. */
    record Robots(URI url, URI from) implements Task {
    }

    /**
     * A listing to poll.
     *
     * @param source    the source, as listed in the sources file or found in a sitemap index or on a front page
     * @param hops      redirects followed to reach {@code url}
     * @param from      the listing in the sources file it was reached from (itself for those)
     * @param transient_ true for a child sitemap or a section page reached from a listed source: polled with it,
     *                  never scheduled on its own
     */
    record Listing(URI url, Source source, boolean transient_, int hops, URI from) implements Task {
        Listing(URI url, Source source, boolean transient_, URI from) {
            this(url, source, transient_, 0, from);
        }

        Listing redirectedTo(URI to) {
            return new Listing(to, source, transient_, hops + 1, from);
        }
    }

    /**
     * An article page to fetch.
     *
     * @param site     the site whose listing named it
     * @param key      its canonical key, which marks it seen
     * @param listedAt when the listing that named it was read (epoch ms of the watcher's clock)
     * @param attempt  1 for the first try
     * @param hops     redirects followed to reach {@code url}
     * @param from     the listing that named it: the address checks judge the page by where its link came from
     */
    record Page(URI url, String site, String key, long listedAt, int attempt, int hops, URI from) implements Task {
        Page retry() {
            return new Page(url, site, key, listedAt, attempt + 1, hops, from);
        }

        Page redirectedTo(URI to) {
            return new Page(to, site, key, listedAt, attempt, hops + 1, from);
        }
    }
}
