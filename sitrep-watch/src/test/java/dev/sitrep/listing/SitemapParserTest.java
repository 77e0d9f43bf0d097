package dev.sitrep.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
    private static final URI BASE = URI.create("https://news.example/news-sitemap.xml");
    private static final String NEWS_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url>
                <loc>https://news.example/2025/02/12/nato-defence-ministers-meet</loc>
                <lastmod>2025-02-12T12:00:00Z</lastmod>
                <news:news>
                  <news:publication><news:name>News Example</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2025-02-12T08:30:00+01:00</news:publication_date>
                  <news:title>NATO defence ministers meet on Ukraine aid</news:title>
                </news:news>
              </url>
              <url>
                <loc>https://news.example/2025/02/11/us-envoy-visits-warsaw</loc>
                <lastmod>2025-02-11</lastmod>
              </url>
            </urlset>
            """;
    private final SitemapParser parser = new SitemapParser();

    @Test
    void newsSitemap() {
        Sitemap sitemap = parser.parse(BASE, NEWS_SITEMAP.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertEquals(Sitemap.Type.URLSET, sitemap.type());
        assertTrue(sitemap.problem().isEmpty(), sitemap.problem().toString());
        assertEquals(List.of(
                new Entry("https://news.example/2025/02/12/nato-defence-ministers-meet",
                        "NATO defence ministers meet on Ukraine aid", Instant.parse("2025-02-12T07:30:00Z"), null),
                new Entry("https://news.example/2025/02/11/us-envoy-visits-warsaw", null,
                        Instant.parse("2025-02-11T00:00:00Z"), null)),
                sitemap.entries());
    }

    @Test
    void sitemapIndexListsChildrenWithoutFetching() {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemaps/news.xml</loc><lastmod>2025-02-12</lastmod></sitemap>
                  <sitemap><loc>https://news.example/sitemaps/2025-02.xml.gz</loc></sitemap>
                </sitemapindex>
                """;
        Sitemap sitemap = parser.parse(URI.create("https://news.example/sitemap_index.xml"),
                index.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(Sitemap.Type.INDEX, sitemap.type());
        assertEquals(List.of("https://news.example/sitemaps/news.xml", "https://news.example/sitemaps/2025-02.xml.gz"),
                sitemap.sitemaps());
        assertTrue(sitemap.entries().isEmpty());
    }

    @Test
    void gzippedSitemap() throws IOException {
        byte[] gz = gzip(NEWS_SITEMAP.getBytes(StandardCharsets.UTF_8));
        Sitemap sitemap = parser.parse(URI.create("https://news.example/news-sitemap.xml.gz"), gz,
                "application/octet-stream");
        assertEquals(Sitemap.Type.URLSET, sitemap.type());
        assertEquals(2, sitemap.entries().size());
        assertEquals("NATO defence ministers meet on Ukraine aid", sitemap.entries().get(0).title());

        Sitemap truncated = parser.parse(BASE, Arrays.copyOf(gz, gz.length - 12), null);
        assertTrue(truncated.problem().orElseThrow().startsWith("truncated gzip"), truncated.problem().toString());
    }

    @Test
    void textSitemap() {
        String text = "https://news.example/2025/02/12/baltic-patrol-expands\n\nnot a url\n"
                + "https://news.example/2025/02/12/kyiv-power-grid-repairs\n";
        Sitemap sitemap = parser.parse(URI.create("https://news.example/sitemap.txt"),
                text.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(Sitemap.Type.TEXT, sitemap.type());
        assertEquals(List.of("https://news.example/2025/02/12/baltic-patrol-expands",
                "https://news.example/2025/02/12/kyiv-power-grid-repairs"),
                sitemap.entries().stream().map(Entry::url).toList());
        assertNull(sitemap.entries().get(0).published());
    }

    @Test
    void truncatedXmlKeepsEarlierEntries() {
        String cut = NEWS_SITEMAP.substring(0, NEWS_SITEMAP.indexOf("<loc>https://news.example/2025/02/11") + 20);
        Sitemap sitemap = parser.parse(BASE, cut.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("https://news.example/2025/02/12/nato-defence-ministers-meet"),
                sitemap.entries().stream().map(Entry::url).toList());
        assertTrue(sitemap.problem().orElseThrow().matches("malformed XML at line \\d+:\\d+: .+"),
                sitemap.problem().toString());
    }

    @Test
    void doctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example/a&xxe;"
                + "</loc></url></urlset>";
        Sitemap sitemap = parser.parse(BASE, xml.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(sitemap.entries().isEmpty(), sitemap.entries().toString());
        assertTrue(sitemap.problem().isPresent());
        assertTrue(!sitemap.problem().get().contains("root:"));
    }

    @Test
    void notASitemap() {
        Sitemap html = parser.parse(BASE, "<!DOCTYPE html><html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html");
        assertEquals(Sitemap.Type.NONE, html.type());
        assertTrue(html.problem().isPresent());
        assertTrue(html.problem().get().indexOf('\n') < 0);
        Sitemap other = parser.parse(BASE, "<?xml version=\"1.0\"?><catalog><book/></catalog>"
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals(Sitemap.Type.NONE, other.type());
        assertTrue(other.problem().isPresent());
        assertEquals("empty body", parser.parse(BASE, new byte[0], null).problem().orElseThrow());
    }

    /**
     * A million URLs, twenty times what the protocol allows in one file: the parse completes and keeps the first
     * 50,000. The heap figure is a sanity bound on what the result retains, not a measurement.
     */
    @Test
    void millionUrlSitemapIsBounded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(50_000_000);
        write(out, "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 1_000_000; i++) {
            write(out, "<url><loc>https://n.example/a/" + i + "</loc></url>");
        }
        write(out, "</urlset>");
        byte[] body = out.toByteArray();
        out = null;
        assertTrue(body.length < SitemapParser.MAX_BYTES, "fixture of " + body.length + " bytes");
        Sitemap sitemap = parser.parse(URI.create("https://n.example/sitemap.xml"), body, null);
        body = null;
        assertEquals(SitemapParser.DEFAULT_MAX_ENTRIES, sitemap.entries().size());
        assertEquals("https://n.example/a/0", sitemap.entries().get(0).url());
        assertEquals("more than 50000 URLs; kept the first 50000", sitemap.problem().orElseThrow());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long retained = rt.totalMemory() - rt.freeMemory();
        assertTrue(retained < 512L * 1024 * 1024, "retained " + retained / (1024 * 1024) + " MB");
    }

    @Test
    void oversizedBodyIsRefusedUnread() {
        Sitemap sitemap = parser.parse(BASE, new byte[SitemapParser.MAX_BYTES + 1], null);
        assertEquals(Sitemap.Type.NONE, sitemap.type());
        assertTrue(sitemap.problem().orElseThrow().contains("over the 50 MB"));
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
