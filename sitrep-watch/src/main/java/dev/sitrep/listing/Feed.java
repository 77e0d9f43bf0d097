package dev.sitrep.listing;

import java.util.List;
import java.util.Optional;

/**
 * What {@link FeedParser} read from one feed: its entries in document order and, when the bytes were not a
 * clean feed, one line saying what went wrong. A feed with a problem still carries every entry read before it.
 *
 * @param format  the kind of feed the root element announced, {@link Format#NONE} when it was not a feed
 * @param entries entries with a usable http(s) link, at most the parser's limit
 * @param problem one line naming what went wrong (with line:column for malformed XML), empty for a clean feed
 */
public record Feed(Format format, List<Entry> entries, Optional<String> problem) {
    /** The feed formats {@link FeedParser} reads. */
    public enum Format {
        /** RSS 0.9x and 2.0: {@code <rss><channel><item>}. */
        RSS,
        /** RSS 1.0: {@code <rdf:RDF>} with items beside the channel, dates in {@code dc:date}. */
        RDF,
        /** Atom 1.0: {@code <feed><entry>}. */
        ATOM,
        /** Not a feed at all (an HTML page, another XML document, bytes that do not parse). */
        NONE
    }

    public Feed {
        entries = List.copyOf(entries);
    }

    static Feed failed(String problem) {
        return new Feed(Format.NONE, List.of(), Optional.of(problem));
    }
}
