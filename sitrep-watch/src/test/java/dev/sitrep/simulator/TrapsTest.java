package dev.sitrep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One simulator with a site per habit; each test moves the clock only forward, so the order does not matter. */
class TrapsTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");
    private static SimClock clock;
    private static NewsSimulator sim;
    private static SimHttp http;

    @BeforeAll
    static void start() throws IOException {
        clock = new SimClock(T0);
        sim = NewsSimulator.start(clock, List.of(
                SiteSpec.builder("limited").rateLimit(Duration.ofSeconds(30), true).build(),
                SiteSpec.builder("curt").rateLimit(Duration.ofSeconds(30), false).build(),
                SiteSpec.builder("down").unavailable(T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(10).plusHours(1)),
                        Duration.ofMinutes(10)).unavailable(T0.plus(Duration.ofDays(11)),
                        T0.plus(Duration.ofDays(11).plusHours(1)), null).build(),
                SiteSpec.builder("rules").disallow("/private/").crawlDelay(Duration.ofSeconds(10)).build(),
                SiteSpec.builder("norules").robots(SiteSpec.RobotsMode.MISSING).build(),
                SiteSpec.builder("broken").robots(SiteSpec.RobotsMode.ERROR).build(),
                SiteSpec.builder("variants").trackingParams(true).wwwVariant(true).amp(true).build(),
                SiteSpec.builder("hops").redirects(true).pdf(true).build(),
                SiteSpec.builder("slow").trickle(new Trickle(8, Duration.ofMillis(250))).build(),
                SiteSpec.builder("latin").mojibake(SiteSpec.Mojibake.WINDOWS_1252).backlog(40).articles(60).build(),
                SiteSpec.builder("twice").mojibake(SiteSpec.Mojibake.DOUBLE_UTF8).backlog(40).articles(60).build(),
                SiteSpec.builder("dead").neverAnswers(true).build()), 3);
        http = new SimHttp(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static PublishedArticle first(String site) {
        return sim.published().stream().filter(a -> a.site().equals(site)).findFirst().orElseThrow();
    }

    @Test
    void tooFastGets429WithOrWithoutRetryAfter() {
        assertEquals(200, http.get("http://limited.sim/feed.xml").statusCode());
        HttpResponse<byte[]> refused = http.get("http://www.limited.sim/", new String[0]);
        assertEquals(429, refused.statusCode(), "www. is the same server");
        assertEquals(Optional.of("30"), refused.headers().firstValue("Retry-After"));
        assertEquals(200, http.get("http://limited.sim/robots.txt").statusCode(), "robots.txt is exempt");

        assertEquals(200, http.get("http://curt.sim/feed.xml").statusCode());
        HttpResponse<byte[]> curt = http.get("http://curt.sim/feed.xml");
        assertEquals(429, curt.statusCode());
        assertTrue(curt.headers().firstValue("Retry-After").isEmpty());

        clock.advance(Duration.ofSeconds(31));
        assertEquals(200, http.get("http://limited.sim/").statusCode());
        assertEquals(200, http.get("http://curt.sim/feed.xml").statusCode());
        assertEquals(Optional.of(Duration.ofSeconds(30)), sim.requests().stream()
                .filter(e -> e.site().equals("limited") && e.status() == 429).findFirst().orElseThrow().retryAfter());
    }

    @Test
    void outagesAnswer503OnlyInsideTheirWindow() {
        assertEquals(200, http.get("http://down.sim/feed.xml").statusCode());
        clock.set(max(clock.instant(), T0.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(5))));
        HttpResponse<byte[]> down = http.get("http://down.sim/feed.xml");
        assertEquals(503, down.statusCode());
        assertEquals(Optional.of("600"), down.headers().firstValue("Retry-After"));
        assertEquals(503, http.get("http://down.sim/robots.txt").statusCode(), "the whole site is down");
        clock.set(max(clock.instant(), T0.plus(Duration.ofDays(11)).plus(Duration.ofMinutes(5))));
        HttpResponse<byte[]> silent = http.get("http://down.sim/");
        assertEquals(503, silent.statusCode());
        assertTrue(silent.headers().firstValue("Retry-After").isEmpty());
        clock.set(max(clock.instant(), T0.plus(Duration.ofDays(11)).plus(Duration.ofHours(2))));
        assertEquals(200, http.get("http://down.sim/").statusCode());
    }

    @Test
    void robotsTxtComesInThreeKinds() {
        String robots = http.text("http://rules.sim/robots.txt");
        assertTrue(robots.contains("Disallow: /private/\n"), robots);
        assertTrue(robots.contains("Crawl-delay: 10\n"), robots);
        assertTrue(robots.contains("Sitemap: http://rules.sim/sitemap.xml\n"), robots);
        assertTrue(http.text("http://rules.sim/").contains("href=\"/private/\""), "the trap is linked");
        assertEquals(200, http.get("http://rules.sim/private/").statusCode(), "and served to whoever follows it");
        assertEquals(404, http.get("http://norules.sim/robots.txt").statusCode());
        assertEquals(500, http.get("http://broken.sim/robots.txt").statusCode());
    }

    @Test
    void feedVariantsAmpAndWwwResolveToOneArticle() {
        String rss = http.text("http://variants.sim/feed.xml");
        String link = PublicationTest.links(rss).get(0);
        assertTrue(link.startsWith("http://www.variants.sim/") && link.endsWith("?utm_source=rss&utm_medium=feed"), link);
        String sitemap = http.text("http://variants.sim/news-sitemap.xml");
        String canonical = link.replace("www.", "").replaceAll("\\?.*", "");
        assertTrue(sitemap.contains("<loc>" + canonical + "</loc>"), "the sitemap lists the bare, clean URL");

        String viaFeed = http.text(link);
        String plain = http.text(canonical);
        String amp = http.text(canonical.replace("variants.sim/", "variants.sim/amp/"));
        String tag = "<link rel=\"canonical\" href=\"" + canonical + "\">";
        assertTrue(viaFeed.contains(tag) && plain.contains(tag) && amp.contains(tag), "all point to the article");
        assertEquals(viaFeed, plain);
        assertTrue(plain.contains("rel=\"amphtml\"") && amp.contains("<html lang=\"en\" amp>"));
        assertEquals(body(plain), body(amp));
    }

    @Test
    void redirectsLeadToTheArticleOrInCircles() {
        PublishedArticle a = first("hops");
        HttpResponse<byte[]> hop = http.get("http://hops.sim/r/" + a.index());
        assertEquals(301, hop.statusCode());
        assertEquals(Optional.of(a.url().toString()), hop.headers().firstValue("Location"));
        long out = sim.published().stream().filter(x -> x.site().equals("hops")).count();
        if (out < 100) {
            assertEquals(404, http.get("http://hops.sim/r/" + out).statusCode(), "not published yet");
        }
        assertEquals(404, http.get("http://hops.sim/r/100").statusCode(), "never published");

        String url = "http://hops.sim/loop/a";
        for (int i = 0; i < 4; i++) {
            HttpResponse<byte[]> r = http.get(url);
            assertEquals(301, r.statusCode());
            url = r.headers().firstValue("Location").orElseThrow();
        }
        assertEquals("http://hops.sim/loop/a", url);

        HttpResponse<byte[]> pdf = http.get("http://hops.sim/files/annual-report.pdf");
        assertEquals(Optional.of("application/pdf"), pdf.headers().firstValue("Content-Type"));
        assertTrue(new String(pdf.body(), StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void trickledBodiesTakeTheirTime() throws Exception {
        PublishedArticle a = first("slow");
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = http.client.send(HttpRequest.newBuilder(a.url()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long headers = System.nanoTime() - t0;
        byte[] body;
        try (InputStream in = r.body()) {
            body = in.readAllBytes();
        }
        long total = System.nanoTime() - t0;
        assertEquals(200, r.statusCode());
        assertTrue(new String(body, StandardCharsets.UTF_8).contains(a.paragraphs().get(0).substring(0, 20)));
        assertTrue(Duration.ofNanos(total).compareTo(Duration.ofSeconds(1)) >= 0, "8 bytes at 250 ms take 1.75 s");
        assertTrue(total - headers > 0, "the headers came first");
        assertEquals(200, http.get("http://slow.sim/feed.xml").statusCode(), "feeds are not slowed");
    }

    @Test
    void mojibakePagesDeclareUtf8AndAreNot() {
        PublishedArticle a = sim.published().stream().filter(x -> x.site().equals("latin"))
                .filter(x -> x.text().matches("(?s).*[À-ÿ].*")).findFirst().orElseThrow();
        HttpResponse<byte[]> r = http.get(a.url().toString());
        assertEquals(Optional.of("text/html; charset=utf-8"), r.headers().firstValue("Content-Type"));
        String asDeclared = new String(r.body(), StandardCharsets.UTF_8);
        String asWritten = new String(r.body(), Charset.forName("windows-1252"));
        assertTrue(asDeclared.contains("\uFFFD"), "not valid UTF-8");
        assertTrue(asWritten.contains("<meta charset=\"utf-8\">"));

        PublishedArticle b = sim.published().stream().filter(x -> x.site().equals("twice"))
                .filter(x -> x.text().contains("é") || x.text().contains("á")).findFirst().orElseThrow();
        String doubled = http.text(b.url().toString());
        assertTrue(doubled.contains("Ã©") || doubled.contains("Ã¡"), "é read as two characters");
        String accented = b.paragraphs().stream().filter(p -> p.contains("é") || p.contains("á")).findFirst()
                .orElseThrow();
        assertFalse(doubled.contains(Markup.esc(accented)));
    }

    @Test
    void aDeadHostNeverAnswers() {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://dead.sim/feed.xml"))
                .timeout(Duration.ofMillis(700)).build();
        assertThrows(HttpTimeoutException.class, () -> http.client.send(req, HttpResponse.BodyHandlers.ofString()));
        assertTrue(sim.requests().stream().anyMatch(e -> e.site().equals("dead")
                && e.status() == RequestLogEntry.NO_ANSWER));
    }

    @Test
    void unknownHostsAreABadGateway() {
        assertEquals(502, http.get("http://nowhere.sim/").statusCode());
    }

    @Test
    void theLogRecordsWhatWasAsked() {
        http.get("http://rules.sim/feed.xml?x=1", "If-None-Match", "\"abc\"", "If-Modified-Since",
                "Sat, 05 Dec 2026 06:00:00 GMT");
        RequestLogEntry e = sim.requests().stream().filter(x -> x.target().equals("/feed.xml?x=1")).findFirst()
                .orElseThrow();
        assertEquals("rules.sim", e.host());
        assertEquals("rules", e.site());
        assertEquals("GET", e.method());
        assertEquals(Optional.of("sitrep-test/1"), e.userAgent());
        assertEquals(Optional.of("\"abc\""), e.ifNoneMatch());
        assertEquals(Optional.of("Sat, 05 Dec 2026 06:00:00 GMT"), e.ifModifiedSince());
        assertEquals(200, e.status());
        assertEquals("/feed.xml", e.path());
        assertFalse(e.simulated().isBefore(T0));
    }

    private static String body(String html) {
        return html.substring(html.indexOf("<article>"), html.indexOf("</article>"));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
