package dev.sitrep.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private static final URI HOME = URI.create("https://news.example/");

    @Test
    void fromHomePageAndRobots() {
        String html = """
                <html><head>
                <link rel="alternate" type="application/rss+xml" title="World" href="/feeds/world.rss">
                <link rel="alternate" type="application/atom+xml; charset=utf-8" href="https://news.example/atom.xml">
                <link rel="ALTERNATE" type="application/rdf+xml" href="/index.rdf">
                <link rel="alternate" hreflang="de" type="text/html" href="/de/">
                <link rel="stylesheet" type="text/css" href="/site.css">
                </head><body></body></html>
                """;
        String robots = """
                User-agent: *
                Disallow: /search
                Sitemap: https://news.example/news-sitemap.xml
                sitemap: /sitemaps/index.xml
                SITEMAP: ftp://news.example/nope.xml
                """;
        Discovered found = Discovery.discover(HOME, html.getBytes(StandardCharsets.UTF_8), "text/html",
                robots.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("https://news.example/feeds/world.rss", "https://news.example/atom.xml",
                "https://news.example/index.rdf"), found.feeds());
        assertEquals(List.of("https://news.example/feed", "https://news.example/rss", "https://news.example/rss.xml",
                "https://news.example/feed.xml", "https://news.example/index.xml",
                "https://news.example/feeds/all.atom.xml"), found.feedCandidates());
        assertEquals(List.of("https://news.example/news-sitemap.xml", "https://news.example/sitemaps/index.xml"),
                found.sitemaps());
        assertEquals(List.of("https://news.example/sitemap.xml", "https://news.example/sitemap_index.xml"),
                found.sitemapCandidates());
    }

    @Test
    void kindOfFetchedBytes() throws IOException {
        assertEquals(ListingKind.FEED, kind("<rss version=\"2.0\"><channel></channel></rss>", "text/xml"));
        assertEquals(ListingKind.FEED, kind("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", null));
        assertEquals(ListingKind.SITEMAP, kind("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://news.example/a/one-two-three-four</loc></url></urlset>", "application/xml"));
        assertEquals(ListingKind.SITEMAP_INDEX, kind("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>", null));
        assertEquals(ListingKind.SITEMAP, kind("https://news.example/a/one-two-three-four\n", "text/plain"));
        assertEquals(ListingKind.NEITHER, kind("<!DOCTYPE html><html><body>Not found</body></html>", "text/html"));
        assertEquals(ListingKind.NEITHER, kind("Not found", "text/html"));
        assertEquals(ListingKind.SITEMAP, Discovery.kind(SitemapParserTest.gzip(("<urlset><url><loc>https://news.example/"
                + "a/b-c-d-e</loc></url></urlset>").getBytes(StandardCharsets.UTF_8)), "application/x-gzip"));
    }

    private static ListingKind kind(String body, String contentType) {
        return Discovery.kind(body.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
