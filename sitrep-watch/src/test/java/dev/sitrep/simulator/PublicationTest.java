package dev.sitrep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicationTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");
    private static final Pattern ITEM_LINK = Pattern.compile("<item>\\s*<title>[^<]*</title>\\s*<link>([^<]+)</link>");

    private SimClock clock;
    private NewsSimulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws IOException {
        clock = new SimClock(T0);
        sim = NewsSimulator.start(clock, List.of(
                SiteSpec.builder("site1").articleEvery(Duration.ofMinutes(20)).backlog(3).feedSize(4).atom(true)
                        .gzipSitemap(true).build(),
                SiteSpec.builder("site2").articleEvery(Duration.ofMinutes(10)).jitter(Duration.ofMinutes(4))
                        .backlog(0).articles(200).build()), 42);
        http = new SimHttp(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void articlesBecomeVisibleAsTheClockMoves() {
        List<PublishedArticle> before = sim.published();
        assertEquals(3, before.stream().filter(a -> a.site().equals("site1")).count(), "the backlog is out");
        String late = sim.publishedUntil(T0.plus(Duration.ofHours(2))).stream()
                .filter(a -> a.site().equals("site1")).reduce((a, b) -> b).orElseThrow().url().toString();
        assertEquals(404, http.get(late).statusCode(), "not published yet");
        assertFalse(http.text("http://site1.sim/").contains(pathOf(late)));

        clock.advance(Duration.ofHours(2));
        assertEquals(200, http.get(late).statusCode());
        assertTrue(http.text("http://site1.sim/").contains(pathOf(late)));
        for (PublishedArticle a : sim.published()) {
            assertFalse(a.published().isAfter(clock.instant()));
        }
    }

    @Test
    void theFeedKeepsOnlyTheLastItems() {
        clock.advance(Duration.ofHours(3));
        List<PublishedArticle> site1 = sim.published().stream().filter(a -> a.site().equals("site1")).toList();
        List<String> links = links(http.text("http://site1.sim/feed.xml"));
        assertEquals(4, links.size());
        assertEquals(site1.get(site1.size() - 1).url().toString(), links.get(0), "newest first");
        assertEquals(site1.get(site1.size() - 4).url().toString(), links.get(3));
        assertTrue(http.text("http://site1.sim/atom.xml").contains(site1.get(site1.size() - 1).url().toString()));
        assertEquals(404, http.get("http://site2.sim/atom.xml").statusCode(), "Atom only where enabled");
    }

    @Test
    void sitemapsListTheLastTwoDays() throws IOException {
        clock.advance(Duration.ofHours(60));
        String news = http.text("http://site1.sim/news-sitemap.xml");
        Instant cutoff = clock.instant().minus(Duration.ofHours(48));
        long expected = sim.published().stream()
                .filter(a -> a.site().equals("site1") && a.published().isAfter(cutoff)).count();
        assertEquals(expected, count(news, "<news:publication_date>"));
        assertTrue(expected < sim.published().stream().filter(a -> a.site().equals("site1")).count());
        HttpResponse<byte[]> gz = http.get("http://site1.sim/news-sitemap.xml.gz");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertEquals(news, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(http.text("http://site1.sim/sitemap.xml").contains("http://site1.sim/news-sitemap.xml.gz"));
        assertTrue(http.text("http://site2.sim/sitemap.xml").contains("http://site2.sim/news-sitemap.xml<"));
    }

    @Test
    void sectionAndTagPagesListArticles() {
        clock.advance(Duration.ofHours(5));
        String front = http.text("http://site2.sim/");
        assertTrue(front.contains("href=\"/section/world\"") && front.contains("href=\"/tag/nato\""));
        PublishedArticle a = sim.published().get(sim.published().size() - 1);
        assertTrue(http.text("http://" + a.site() + ".sim/section/" + a.section()).contains(pathOf(a.url().toString())));
        assertTrue(http.text("http://" + a.site() + ".sim/tag/" + a.tags().get(0)).contains(pathOf(a.url().toString())));
        assertEquals(404, http.get("http://site2.sim/section/sport").statusCode());
    }

    @Test
    void articlePagesCarryTheGroundTruth() {
        clock.advance(Duration.ofHours(1));
        PublishedArticle a = sim.published().get(0);
        String html = http.text(a.url().toString());
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + a.url() + "\">"));
        assertTrue(html.contains("<time datetime=\"" + Markup.iso(a.published()) + "\">"));
        assertTrue(html.contains(Markup.esc(a.author())));
        for (String p : a.paragraphs()) {
            assertTrue(html.contains("<p>" + Markup.esc(p) + "</p>"), p);
        }
        assertTrue(a.url().getPath().matches("/2026/12/0[45]/[a-z0-9-]+-" + a.index()), a.url().getPath());
    }

    @Test
    void everyArticleBodyIsDistinct() {
        clock.advance(Duration.ofDays(1));
        List<PublishedArticle> all = sim.published();
        assertTrue(all.size() > 150, "enough articles to compare: " + all.size());
        Set<String> paragraphs = new HashSet<>();
        List<Set<String>> shingles = all.stream().map(a -> shingles(a.text())).toList();
        for (PublishedArticle a : all) {
            assertTrue(a.paragraphs().size() >= 3);
            for (String p : a.paragraphs()) {
                assertTrue(p.split("\\s+").length >= 40, p);
                assertTrue(paragraphs.add(p), "repeated paragraph: " + p);
            }
        }
        double worst = 0;
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                worst = Math.max(worst, jaccard(shingles.get(i), shingles.get(j)));
            }
        }
        assertTrue(worst < 0.5, "two articles are near-duplicates: " + worst);
    }

    @Test
    void oneSeedOneNewsDay() throws IOException {
        try (NewsSimulator twin = NewsSimulator.start(new SimClock(T0), sim.sites(), 42)) {
            assertEquals(sim.published(), twin.published());
        }
    }

    static List<String> links(String rss) {
        Matcher m = ITEM_LINK.matcher(rss);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getRawPath();
    }

    private static long count(String s, String needle) {
        return s.split(Pattern.quote(needle), -1).length - 1;
    }

    private static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(java.util.Locale.ROOT).split("\\W+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < w.length; i++) {
            out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
