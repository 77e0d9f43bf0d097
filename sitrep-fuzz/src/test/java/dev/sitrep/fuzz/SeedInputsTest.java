package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.listing.Feed;
import dev.sitrep.listing.FeedParser;
import dev.sitrep.listing.FrontPage;
import dev.sitrep.listing.PageLinks;
import dev.sitrep.listing.Sitemap;
import dev.sitrep.listing.SitemapParser;
import java.net.URI;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed inputs reach the code they were written for: a WARC seed that jwarc could not read would still
 * pass its fuzz target (as a failure) while leaving the record reader unexplored.
 */
class SeedInputsTest {
    @ParameterizedTest
    @CsvSource({"news.warc, 2, 0", "news.warc.gz, 2, 0", "feed.jsonl, 3, 1", "page.html.gz, 1, 0", "wire.txt, 1, 0"})
    void stdinSeedReadsAsIntended(String seed, int documents, int failures) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("SourceReaderFuzzTestInputs/stdin/" + seed)) {
            bytes = in.readAllBytes();
        }
        List<SourceItem> items = new SourceReader(new java.io.ByteArrayInputStream(bytes)).readAll(List.of("-"));
        assertEquals(documents, items.stream().filter(RawDocument.class::isInstance).count(), items::toString);
        assertEquals(failures, items.stream().filter(ReadFailure.class::isInstance).count(), items::toString);
    }

    @ParameterizedTest
    @CsvSource({"rss2.xml, RSS, 2", "rss1.rdf, RDF, 2", "atom.xml, ATOM, 2"})
    void feedSeedReadsAsIntended(String seed, Feed.Format format, int entries) throws IOException {
        Feed feed = new FeedParser().parse(URI.create("https://news.example/feed"), seed("feed/" + seed), null);
        assertEquals(format, feed.format(), feed::toString);
        assertEquals(entries, feed.entries().size(), feed::toString);
        assertEquals(java.util.Optional.empty(), feed.problem());
    }

    @ParameterizedTest
    @CsvSource({"news-sitemap.xml, URLSET, 2, 0", "news-sitemap.xml.gz, URLSET, 2, 0", "sitemap-index.xml, INDEX, 0, 2",
        "sitemap.txt, TEXT, 2, 0"})
    void sitemapSeedReadsAsIntended(String seed, Sitemap.Type type, int entries, int children) throws IOException {
        Sitemap sitemap = new SitemapParser().parse(URI.create("https://news.example/sitemap"), seed("sitemap/" + seed),
                null);
        assertEquals(type, sitemap.type(), sitemap::toString);
        assertEquals(entries, sitemap.entries().size(), sitemap::toString);
        assertEquals(children, sitemap.sitemaps().size(), sitemap::toString);
    }

    @org.junit.jupiter.api.Test
    void frontPageSeedReadsAsIntended() throws IOException {
        PageLinks links = FrontPage.parse(URI.create("https://www.news.example/world/"), seed("frontPage/front.html"), null);
        assertEquals(3, links.articles().size(), links::toString);
        assertEquals(List.of("https://www.news.example/world", "https://www.news.example/europe/",
                "https://www.news.example/tag/nato", "https://www.news.example/tag/air-defence"), links.sections());
    }

    private byte[] seed(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("ListingsFuzzTestInputs/" + path)) {
            return in.readAllBytes();
        }
    }
}
