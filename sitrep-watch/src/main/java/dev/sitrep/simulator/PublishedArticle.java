package dev.sitrep.simulator;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The ground truth about one article: what a perfect watcher would have found, and when it became findable.
 * Consumers compute recall (articles found / published), duplicates (one article stored under several URLs)
 * and latency (time found − {@code published}) against these.
 *
 * @param site       the site's name
 * @param index      the article's number on its site, 0 for the first published
 * @param url        the canonical URL (bare host, no query); every variant the site serves points here
 * @param title      the headline
 * @param author     the byline's name
 * @param section    the section the article is filed under ({@code /section/NAME})
 * @param tags       the tags it carries ({@code /tag/NAME})
 * @param published  when it became visible, in simulated time
 * @param paragraphs the body, one entry per paragraph, as written in the page before any encoding trouble
 */
public record PublishedArticle(String site, int index, URI url, String title, String author, String section,
                               List<String> tags, Instant published, List<String> paragraphs) {
    public PublishedArticle {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(section, "section");
        tags = List.copyOf(tags);
        Objects.requireNonNull(published, "published");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one text, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
