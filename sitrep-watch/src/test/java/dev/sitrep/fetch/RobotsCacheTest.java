package dev.sitrep.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /private/
            Crawl-delay: 7

            User-agent: sitrep
            Disallow: /not-for-sitrep/
            Crawl-delay: 3

            Sitemap: https://x.com/news-sitemap.xml
            Sitemap: https://x.com/sitemap-index.xml
            """;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T00:00:00Z"));
    private final RobotsCache cache = new RobotsCache(clock);

    private static URI u(String s) {
        return URI.create(s);
    }

    @Test
    void rulesOfTheMatchingGroupApply() {
        cache.store(u("https://x.com/"), 200, ROBOTS.getBytes(UTF_8), "sitrep");
        assertTrue(cache.allowed(u("https://x.com/world/story")));
        assertFalse(cache.allowed(u("https://x.com/not-for-sitrep/a")));
        assertTrue(cache.allowed(u("https://x.com/private/a")), "the sitrep group replaces the * group");
        assertEquals(Duration.ofSeconds(3), cache.crawlDelay(u("https://x.com/a")));
        assertEquals(List.of("https://x.com/news-sitemap.xml", "https://x.com/sitemap-index.xml"),
                cache.sitemaps(u("https://x.com/")));
    }

    @Test
    void otherAgentsFallBackToTheStarGroup() {
        cache.store(u("https://x.com/"), 200, ROBOTS.getBytes(UTF_8), "otherbot");
        assertFalse(cache.allowed(u("https://x.com/private/a")));
        assertEquals(Duration.ofSeconds(7), cache.crawlDelay(u("https://x.com/a")));
    }

    @Test
    void clientErrorsAllowEverything() {
        cache.store(u("https://a.com/"), 404, null, "sitrep");
        cache.store(u("https://b.com/"), 403, "denied".getBytes(UTF_8), "sitrep");
        assertTrue(cache.allowed(u("https://a.com/anything")));
        assertTrue(cache.allowed(u("https://b.com/anything")));
        clock.advance(Duration.ofHours(23));
        assertTrue(cache.cached(u("https://a.com/")).isPresent());
    }

    @Test
    void serverErrorsAndFailuresDisallowForAnHour() {
        cache.store(u("https://a.com/"), 503, null, "sitrep");
        cache.store(u("https://b.com/"), 429, null, "sitrep");
        cache.storeFailure(u("https://c.com/"));
        for (String site : List.of("https://a.com/x", "https://b.com/x", "https://c.com/x")) {
            assertFalse(cache.allowed(u(site)), site);
            assertTrue(cache.cached(u(site)).orElseThrow().isDeferVisits(), site);
        }
        clock.advance(RobotsCache.RETRY_UNREACHABLE);
        assertTrue(cache.cached(u("https://a.com/")).isEmpty(), "time to fetch robots.txt again");
    }

    @Test
    void crawlDelayIsCapped() {
        cache.store(u("https://slow.com/"), 200, "User-agent: *\nCrawl-delay: 3600\n".getBytes(UTF_8), "sitrep");
        assertTrue(cache.allowed(u("https://slow.com/a")), "a long delay slows the crawl, it does not stop it");
        assertEquals(RobotsCache.MAX_CRAWL_DELAY, cache.crawlDelay(u("https://slow.com/a")));
        cache.store(u("https://plain.com/"), 200, "User-agent: *\nDisallow:\n".getBytes(UTF_8), "sitrep");
        assertEquals(Duration.ZERO, cache.crawlDelay(u("https://plain.com/a")));
    }

    @Test
    void verdictsExpireAfterADay() {
        cache.store(u("https://x.com/"), 200, ROBOTS.getBytes(UTF_8), "sitrep");
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertTrue(cache.cached(u("https://x.com/a")).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.cached(u("https://x.com/a")).isEmpty());
        assertFalse(cache.allowed(u("https://x.com/world/story")), "no current verdict: fetch robots.txt first");
        assertTrue(cache.allowed(u("https://x.com/robots.txt")));
        assertEquals(List.of(), cache.sitemaps(u("https://x.com/")));
    }

    @Test
    void sitesAreSchemeHostAndPort() {
        cache.store(u("https://x.com/"), 200, "User-agent: *\nDisallow: /\n".getBytes(UTF_8), "sitrep");
        assertFalse(cache.allowed(u("https://X.com:443/a")));
        assertTrue(cache.cached(u("http://x.com/a")).isEmpty());
        assertTrue(cache.cached(u("https://x.com:8443/a")).isEmpty());
        assertEquals(u("https://x.com:8443/robots.txt"), RobotsCache.robotsUri(u("https://x.com:8443/a/b?c")));
    }

    @Test
    void leastRecentlyUsedSitesAreForgotten() {
        RobotsCache small = new RobotsCache(clock, 2);
        small.store(u("https://a.com/"), 404, null, "sitrep");
        small.store(u("https://b.com/"), 404, null, "sitrep");
        small.cached(u("https://a.com/"));
        small.store(u("https://c.com/"), 404, null, "sitrep");
        assertTrue(small.cached(u("https://a.com/")).isPresent());
        assertTrue(small.cached(u("https://b.com/")).isEmpty());
        assertTrue(small.cached(u("https://c.com/")).isPresent());
    }

    @Test
    void fetchResultsAreReadAsTheRfcSays() {
        URI site = u("https://r.com/");
        FetchResult.Failed loop = new FetchResult.Failed(site, clock.instant(), List.of(),
                FetchResult.Cause.REDIRECT_LOOP, "redirect loop");
        cache.store(site, loop, "sitrep");
        assertTrue(cache.allowed(u("https://r.com/a")), "a redirect loop means no robots.txt");
        FetchResult.Failed timeout = new FetchResult.Failed(site, clock.instant(), List.of(),
                FetchResult.Cause.TIMEOUT, "timeout");
        cache.store(site, timeout, "sitrep");
        assertFalse(cache.allowed(u("https://r.com/a")), "a timeout means unreachable");
    }
}
