package dev.sitrep.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidatorsTest {
    private SimClock clock;
    private NewsSimulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws IOException {
        clock = new SimClock(Instant.parse("2026-12-05T06:00:00Z"));
        sim = NewsSimulator.start(clock, List.of(
                SiteSpec.builder("honest").articleEvery(Duration.ofMinutes(15)).build(),
                SiteSpec.builder("liar").articleEvery(Duration.ofMinutes(15)).lyingEtag(true).build()), 1);
        http = new SimHttp(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void matchingValidatorsGet304UntilTheFeedChanges() {
        for (String path : List.of("/feed.xml", "/sitemap.xml", "/news-sitemap.xml")) {
            String url = "http://honest.sim" + path;
            HttpResponse<byte[]> first = http.get(url);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(304, http.get(url, "If-None-Match", etag).statusCode(), path);
            assertEquals(304, http.get(url, "If-Modified-Since", modified).statusCode(), path);
            assertEquals(200, http.get(url, "If-None-Match", "\"something-else\"").statusCode(), path);
        }
        HttpResponse<byte[]> before = http.get("http://honest.sim/feed.xml");
        clock.advance(Duration.ofMinutes(20));
        HttpResponse<byte[]> after = http.get("http://honest.sim/feed.xml", "If-None-Match",
                before.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, after.statusCode(), "a new article changes the feed");
        assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
        assertEquals(200, http.get("http://honest.sim/feed.xml", "If-Modified-Since",
                before.headers().firstValue("Last-Modified").orElseThrow()).statusCode());
    }

    @Test
    void aLyingSiteKeepsItsValidatorsOverAChangedBody() {
        HttpResponse<byte[]> before = http.get("http://liar.sim/feed.xml");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String modified = before.headers().firstValue("Last-Modified").orElseThrow();
        clock.advance(Duration.ofHours(2));
        HttpResponse<byte[]> after = http.get("http://liar.sim/feed.xml", "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "the lie is in the validators, not a false 304");
        assertEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(modified, after.headers().firstValue("Last-Modified").orElseThrow());
        assertFalse(java.util.Arrays.equals(before.body(), after.body()), "yet the body changed");
    }

    @Test
    void unchangedBodiesAreByteForByteTheSame() {
        assertArrayEquals(http.get("http://honest.sim/feed.xml").body(), http.get("http://honest.sim/feed.xml").body());
    }
}
