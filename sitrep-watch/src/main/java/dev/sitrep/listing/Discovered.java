package dev.sitrep.listing;

import java.util.List;

/**
 * The listings a site announces or may have, from its home page and its robots.txt. The announced ones are
 * known to exist; the candidates are guesses to fetch and verify with {@link Discovery#kind}.
 *
 * @param feeds             feeds announced by {@code <link rel="alternate">} on the home page, in page order
 * @param feedCandidates    common feed paths on the site, less those announced
 * @param sitemaps          sitemaps named by robots.txt {@code Sitemap:} lines, in file order
 * @param sitemapCandidates common sitemap paths on the site, less those named
 */
public record Discovered(List<String> feeds, List<String> feedCandidates, List<String> sitemaps,
        List<String> sitemapCandidates) {
    public Discovered {
        feeds = List.copyOf(feeds);
        feedCandidates = List.copyOf(feedCandidates);
        sitemaps = List.copyOf(sitemaps);
        sitemapCandidates = List.copyOf(sitemapCandidates);
    }
}
