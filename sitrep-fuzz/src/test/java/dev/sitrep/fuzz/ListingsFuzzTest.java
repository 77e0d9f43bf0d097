package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.sitrep.listing.Discovery;
import dev.sitrep.listing.Entry;
import dev.sitrep.listing.Feed;
import dev.sitrep.listing.FeedParser;
import dev.sitrep.listing.PageLinks;
import dev.sitrep.listing.FrontPage;
import dev.sitrep.listing.Sitemap;
import dev.sitrep.listing.SitemapParser;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Arbitrary bytes through the listing parsers and the robots.txt parser the watcher relies on. Each promises
 * never to throw on bad input, to keep at most its limit of entries, to hand back only absolute http(s)
 * addresses and to say what went wrong in one line.
 */
class ListingsFuzzTest {
    /** Small limits, so that the fuzzer reaches the code that enforces them. */
    private static final int MAX = 16;
    private static final URI FEED_BASE = URI.create("https://news.example/feeds/world.xml");
    private static final URI SITEMAP_BASE = URI.create("https://news.example/news-sitemap.xml");
    private static final URI PAGE_BASE = URI.create("https://www.news.example/world/");
    private static final FeedParser FEEDS = new FeedParser(MAX);
    private static final SitemapParser SITEMAPS = new SitemapParser(MAX);

    @FuzzTest(maxDuration = "2m")
    void feed(byte[] bytes) {
        Feed feed = FEEDS.parse(FEED_BASE, bytes, null);
        assertNotNull(feed.format());
        entries(feed.entries());
        problem(feed.problem());
    }

    @FuzzTest(maxDuration = "2m")
    void sitemap(byte[] bytes) {
        Sitemap sitemap = SITEMAPS.parse(SITEMAP_BASE, bytes, null);
        assertNotNull(sitemap.type());
        entries(sitemap.entries());
        assertTrue(sitemap.sitemaps().size() <= MAX, "more child sitemaps than the limit");
        sitemap.sitemaps().forEach(ListingsFuzzTest::httpUrl);
        problem(sitemap.problem());
        assertNotNull(Discovery.kind(bytes, null));
    }

    /** crawler-commons' robots.txt parser, which {@link Discovery} hands arbitrary bytes from the web. */
    @FuzzTest(maxDuration = "2m")
    void robots(byte[] bytes) {
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent("https://news.example/robots.txt", bytes,
                "text/plain", List.of("sitrep"));
        assertNotNull(rules);
        long delay = rules.getCrawlDelay();
        assertTrue(delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay >= 0, "negative crawl delay " + delay);
        rules.isAllowed("https://news.example/2025/02/12/nato-summit");
        Discovery.robotsSitemaps(URI.create("https://news.example/"), bytes).forEach(ListingsFuzzTest::httpUrl);
    }

    @FuzzTest(maxDuration = "2m")
    void frontPage(byte[] bytes) {
        PageLinks links = FrontPage.parse(PAGE_BASE, bytes, null);
        links.articles().forEach(ListingsFuzzTest::httpUrl);
        links.sections().forEach(ListingsFuzzTest::httpUrl);
        assertTrue(links.articles().stream().noneMatch(links.sections()::contains), "a link both article and section");
        problem(links.problem());
        Discovery.announcedFeeds(PAGE_BASE, bytes, null).forEach(ListingsFuzzTest::httpUrl);
    }

    private static void entries(List<Entry> entries) {
        assertTrue(entries.size() <= MAX, () -> entries.size() + " entries over the limit of " + MAX);
        for (Entry e : entries) {
            httpUrl(e.url());
            if (e.title() != null) {
                assertTrue(!e.title().isBlank(), "a blank title instead of none");
            }
        }
    }

    private static void httpUrl(String url) {
        URI u = URI.create(url); // throws on an address that is not one
        assertTrue(u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme())),
                () -> "not an absolute http(s) address: " + url);
        assertNotNull(u.getHost(), () -> "no host: " + url);
    }

    private static void problem(Optional<String> problem) {
        problem.ifPresent(Contracts::oneLine);
    }
}
