package dev.sitrep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolitenessTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");
    private SimClock clock;
    private NewsSimulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws IOException {
        clock = new SimClock(T0);
        sim = NewsSimulator.start(clock, List.of(
                SiteSpec.builder("careful").disallow("/private/").crawlDelay(Duration.ofSeconds(10)).build(),
                SiteSpec.builder("strict").rateLimit(Duration.ofSeconds(20), true).build(),
                SiteSpec.builder("down").unavailable(T0, T0.plus(Duration.ofHours(1)), Duration.ofMinutes(5)).build(),
                SiteSpec.builder("broken").robots(SiteSpec.RobotsMode.ERROR).build(),
                SiteSpec.builder("open").robots(SiteSpec.RobotsMode.MISSING).disallow("/private/").build()), 5);
        http = new SimHttp(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aPoliteClientBreaksNoRule() {
        for (String site : List.of("careful", "strict")) {
            http.get("http://" + site + ".sim/robots.txt");
            for (String path : List.of("/feed.xml", "/", "/news-sitemap.xml")) {
                http.get("http://" + site + ".sim" + path);
                clock.advance(Duration.ofSeconds(20));
            }
        }
        http.get("http://down.sim/feed.xml");
        clock.advance(Duration.ofMinutes(5));
        http.get("http://down.sim/feed.xml");
        http.get("http://open.sim/private/");
        Politeness.Report report = sim.politeness().check(sim.requests());
        assertTrue(report.isClean(), report.violations().toString());
        assertTrue(sim.requests().stream().noneMatch(e -> e.status() == 429));
    }

    @Test
    void tooFastIsCountedOncePerRequest() {
        http.get("http://careful.sim/robots.txt");
        http.get("http://careful.sim/feed.xml");
        clock.advance(Duration.ofSeconds(3));
        http.get("http://www.careful.sim/"); // another name, the same server
        clock.advance(Duration.ofSeconds(15));
        http.get("http://careful.sim/sitemap.xml");
        Politeness.Report report = sim.politeness().check(sim.requests());
        assertEquals(1, report.count(Violation.Kind.TOO_SOON), report.violations().toString());
        assertTrue(report.violations().get(0).reason().contains("3 s after the previous request"));
    }

    @Test
    void disallowedPathsAndABrokenRobotsTxtAreCounted() {
        http.get("http://careful.sim/private/");
        http.get("http://broken.sim/robots.txt");
        http.get("http://broken.sim/feed.xml");
        Politeness.Report report = sim.politeness().check(sim.requests());
        assertEquals(2, report.count(Violation.Kind.DISALLOWED), report.violations().toString());
    }

    @Test
    void requestsDuringAnAnnouncedBackOffAreCounted() {
        http.get("http://down.sim/feed.xml");
        clock.advance(Duration.ofMinutes(2));
        http.get("http://down.sim/feed.xml");
        http.get("http://strict.sim/feed.xml");
        http.get("http://strict.sim/feed.xml"); // 429, Retry-After: 20
        clock.advance(Duration.ofSeconds(10));
        http.get("http://strict.sim/feed.xml"); // 429 again, inside the back-off
        Politeness.Report report = sim.politeness().check(sim.requests());
        assertEquals(2, report.count(Violation.Kind.DURING_BACK_OFF), report.violations().toString());
        assertEquals(2, report.count(Violation.Kind.TOO_SOON), report.violations().toString());
    }

    @Test
    void realTimeGapsAndCustomRules() {
        http.get("http://open.sim/feed.xml");
        http.get("http://open.sim/");
        Politeness strictRules = Politeness.builder().minRealGap(Duration.ofSeconds(30)).minGap(Duration.ZERO)
                .disallow("open", "/feed").build();
        Politeness.Report report = strictRules.check(sim.requests());
        assertEquals(1, report.count(Violation.Kind.TOO_SOON));
        assertEquals(1, report.count(Violation.Kind.DISALLOWED));
        assertTrue(sim.politeness().check(sim.requests()).isClean(), "the site itself asks for nothing");
    }
}
