package dev.sitrep.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final URI BASE = URI.create("https://news.example/feeds/world.xml");
    private final FeedParser parser = new FeedParser();

    private Feed parse(String xml) {
        return parser.parse(BASE, xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
    }

    @Test
    void rss2() {
        Feed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <title>World</title><link>https://news.example/</link>
                  <item><title>NATO allies meet in Brussels</title>
                    <link>https://news.example/2025/02/12/nato-allies-meet-in-brussels</link>
                    <guid isPermaLink="false">nx-1001</guid>
                    <pubDate>Wed, 12 Feb 2025 08:30:00 GMT</pubDate>
                    <description><![CDATA[<p>Defence ministers <b>gather</b>.</p>]]></description></item>
                  <item><title><![CDATA[Kyiv &amp; Washington talk aid]]></title>
                    <guid>https://news.example/2025/02/13/kyiv-washington-aid-talks</guid>
                    <pubDate>13 Feb 2025 10:00 EST</pubDate></item>
                  <item><title>No link at all</title><guid isPermaLink="false">nx-1003</guid></item>
                </channel></rss>
                """);
        assertEquals(Feed.Format.RSS, feed.format());
        assertTrue(feed.problem().isEmpty(), feed.problem().toString());
        assertEquals(List.of(
                new Entry("https://news.example/2025/02/12/nato-allies-meet-in-brussels", "NATO allies meet in Brussels",
                        Instant.parse("2025-02-12T08:30:00Z"), "nx-1001"),
                new Entry("https://news.example/2025/02/13/kyiv-washington-aid-talks", "Kyiv & Washington talk aid",
                        Instant.parse("2025-02-13T15:00:00Z"), "https://news.example/2025/02/13/kyiv-washington-aid-talks")),
                feed.entries());
    }

    @Test
    void rss091WithRelativeLinks() {
        Feed feed = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Europe</title>
                  <item><title>EU summit on Ukraine</title><link>/europe/eu-summit-on-ukraine-support.html</link></item>
                  <item><title>Poland drill</title><link>../2025/02/poland-hosts-drill-12345</link></item>
                  <item><title>Mail</title><link>mailto:desk@news.example</link></item>
                </channel></rss>
                """);
        assertEquals(Feed.Format.RSS, feed.format());
        assertTrue(feed.problem().isEmpty(), feed.problem().toString());
        assertEquals(List.of("https://news.example/europe/eu-summit-on-ukraine-support.html",
                "https://news.example/2025/02/poland-hosts-drill-12345"), urls(feed));
        assertNull(feed.entries().get(0).published());
    }

    @Test
    void rss1Rdf() {
        Feed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example/rdf">
                    <title>Wire</title>
                    <items><rdf:Seq><rdf:li rdf:resource="https://news.example/wire/1"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://news.example/wire/us-europe-trade-talks-resume">
                    <title>US and Europe resume trade talks</title>
                    <link>https://news.example/wire/us-europe-trade-talks-resume</link>
                    <dc:date>2025-02-12T09:15:00+01:00</dc:date>
                  </item>
                  <item rdf:about="https://news.example/wire/baltic-air-policing-rotation">
                    <title>Baltic air policing rotates</title>
                    <dc:date>2025-02-11</dc:date>
                  </item>
                </rdf:RDF>
                """);
        assertEquals(Feed.Format.RDF, feed.format());
        assertTrue(feed.problem().isEmpty(), feed.problem().toString());
        assertEquals(2, feed.entries().size());
        Entry first = feed.entries().get(0);
        assertEquals(Instant.parse("2025-02-12T08:15:00Z"), first.published());
        assertEquals("https://news.example/wire/us-europe-trade-talks-resume", first.id());
        assertEquals("https://news.example/wire/baltic-air-policing-rotation", feed.entries().get(1).url());
        assertEquals(Instant.parse("2025-02-11T00:00:00Z"), feed.entries().get(1).published());
    }

    @Test
    void atom() {
        Feed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title>Security desk</title><link href="https://news.example/security/"/>
                  <entry>
                    <title type="html">Pentagon &lt;em&gt;reviews&lt;/em&gt; Europe posture</title>
                    <link rel="edit" href="https://news.example/api/entries/77"/>
                    <link rel="alternate" type="text/html" href="/security/pentagon-reviews-europe-posture"/>
                    <id>tag:news.example,2025:77</id>
                    <published>2025-02-12T07:00:00Z</published>
                    <updated>2025-02-12T09:00:00Z</updated>
                    <source><title>Other</title><link href="https://other.example/"/></source>
                  </entry>
                  <entry>
                    <title>Only updated</title>
                    <link href="https://news.example/security/black-sea-shipping-corridor-update"/>
                    <id>tag:news.example,2025:78</id>
                    <updated>2025-02-12T11:30:00.250+02:00</updated>
                  </entry>
                </feed>
                """);
        assertEquals(Feed.Format.ATOM, feed.format());
        assertTrue(feed.problem().isEmpty(), feed.problem().toString());
        assertEquals(List.of(
                new Entry("https://news.example/security/pentagon-reviews-europe-posture", "Pentagon reviews Europe posture",
                        Instant.parse("2025-02-12T07:00:00Z"), "tag:news.example,2025:77"),
                new Entry("https://news.example/security/black-sea-shipping-corridor-update", "Only updated",
                        Instant.parse("2025-02-12T09:30:00.250Z"), "tag:news.example,2025:78")),
                feed.entries());
    }

    @Test
    void truncatedKeepsWhatCameBeforeAndSaysWhere() {
        String whole = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel>
                <item><title>One</title><link>https://news.example/a/one-two-three-four</link></item>
                <item><title>Two</title><link>https://news.example/a/five-six-se""";
        Feed feed = parse(whole);
        assertEquals(List.of("https://news.example/a/one-two-three-four"), urls(feed));
        String problem = feed.problem().orElseThrow();
        assertTrue(problem.matches("malformed XML at line 4:\\d+: .+"), problem);
        assertFalse(problem.contains("\n"));
    }

    @Test
    void htmlServedAsFeed() {
        Feed feed = parse("<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Hi</body></html>");
        assertEquals(Feed.Format.NONE, feed.format());
        assertEquals("not a feed (HTML page)", feed.problem().orElseThrow());
        Feed xhtml = parse("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        assertEquals("not a feed (HTML page)", xhtml.problem().orElseThrow());
        assertEquals("not a feed (root element <urlset>)", parse("<urlset/>").problem().orElseThrow());
    }

    @Test
    void billionLaughsIsNotExpanded() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title>"
                + "<link>https://news.example/a/laughs-one-two-three</link></item></channel></rss>");
        // A guard against expansion, not a speed figure: expanded, the title alone would be 3 GB of "lol".
        Feed feed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(dtd.toString()));
        for (Entry e : feed.entries()) {
            assertTrue(e.title() == null || !e.title().contains("lollol"), e.title());
        }
        assertTrue(feed.problem().orElseThrow().contains("lol9"), feed.problem().toString());
    }

    @Test
    void externalEntityIsNotRead() {
        Feed feed = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>Leak &xxe; here</title>
                <link>https://news.example/a/xxe-one-two-three</link></item></channel></rss>
                """);
        for (Entry e : feed.entries()) {
            assertFalse(e.title() != null && e.title().contains("root:"), e.title());
        }
        assertFalse(feed.problem().orElse("").contains("root:"));
        assertTrue(feed.problem().orElseThrow().contains("xxe"), feed.problem().toString());
    }

    @Test
    void latin1DeclaredFeed() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item>"
                + "<title>Zelensky à Bruxelles, Scholz für Hilfe</title>"
                + "<link>https://news.example/eu/zelensky-bruxelles-scholz-hilfe</link></item></channel></rss>";
        Feed feed = parser.parse(BASE, xml.getBytes(StandardCharsets.ISO_8859_1), null);
        assertTrue(feed.problem().isEmpty(), feed.problem().toString());
        assertEquals("Zelensky à Bruxelles, Scholz für Hilfe", feed.entries().get(0).title());
    }

    @Test
    void unknownCharsetFallsBackToUtf8WithAProblem() {
        String xml = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><item>"
                + "<title>Kyiv’s reply</title><link>https://news.example/a/kyivs-reply-to-the-envoy</link></item>"
                + "</channel></rss>";
        Feed feed = parse(xml);
        assertEquals("Kyiv’s reply", feed.entries().get(0).title());
        assertEquals("unknown charset 'x-no-such-charset'; read as UTF-8", feed.problem().orElseThrow());
    }

    @Test
    void entryLimitAndTitleCap() {
        StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel>");
        for (int i = 0; i < 5; i++) {
            b.append("<item><title>").append("t".repeat(2000)).append("</title><link>https://news.example/a/")
                    .append(i).append("</link></item>");
        }
        Feed feed = new FeedParser(3).parse(BASE, b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(3, feed.entries().size());
        assertEquals(FeedItem.MAX_TITLE, feed.entries().get(0).title().length());
        assertEquals("more than 3 entries; kept the first 3", feed.problem().orElseThrow());
    }

    @Test
    void emptyAndGarbage() {
        assertEquals("empty body", parser.parse(BASE, new byte[0], null).problem().orElseThrow());
        Feed garbage = parser.parse(BASE, new byte[] {1, 2, 3, (byte) 0xFF}, null);
        assertTrue(garbage.entries().isEmpty());
        assertTrue(garbage.problem().isPresent());
    }

    private static List<String> urls(Feed feed) {
        return feed.entries().stream().map(Entry::url).toList();
    }
}
