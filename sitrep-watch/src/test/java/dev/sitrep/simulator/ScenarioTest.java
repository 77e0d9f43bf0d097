package dev.sitrep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void theScriptedDayHasEveryHabitOnce() throws Exception {
        Scenario day = Scenario.scriptedDay(Scenario.DEFAULT_START);
        List<SiteSpec> s = day.sites();
        assertEquals(17, s.size());
        assertTrue(s.stream().anyMatch(SiteSpec::lyingEtag));
        assertTrue(s.stream().anyMatch(SiteSpec::neverAnswers));
        assertTrue(s.stream().anyMatch(x -> x.trickle().isPresent()));
        assertTrue(s.stream().anyMatch(x -> x.robots() == SiteSpec.RobotsMode.ERROR));
        assertTrue(s.stream().anyMatch(x -> x.rateLimit().map(r -> !r.retryAfter()).orElse(false)));
        assertTrue(s.stream().anyMatch(x -> x.outages().stream().anyMatch(o -> o.retryAfter().isEmpty())));
        SimClock clock = new SimClock(day.start());
        try (NewsSimulator sim = NewsSimulator.start(clock, s, 7)) {
            SimHttp http = new SimHttp(sim);
            for (SiteSpec site : s) {
                if (!site.neverAnswers()) {
                    assertEquals(200, http.get("http://" + site.host() + "/feed.xml").statusCode(), site.name());
                }
            }
            int atStart = sim.published().size();
            clock.advance(day.length());
            assertTrue(sim.published().size() > atStart + 500, "a day of news: " + sim.published().size());
        }
    }

    @Test
    void fiveHundredSitesAnswerConcurrently() throws Exception {
        Scenario many = Scenario.manySites(500, 11);
        assertEquals(500, new HashSet<>(many.sites().stream().map(SiteSpec::name).toList()).size());
        SimClock clock = new SimClock(many.start());
        try (NewsSimulator sim = NewsSimulator.start(clock, many.sites(), 11)) {
            SimHttp http = new SimHttp(sim);
            clock.advance(Duration.ofHours(3));
            List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
            for (SiteSpec site : many.sites()) {
                if (!site.neverAnswers()) {
                    calls.add(http.client.sendAsync(HttpRequest.newBuilder(URI.create("http://" + site.host()
                            + "/news-sitemap.xml")).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.discarding()));
                }
            }
            long ok = 0;
            for (CompletableFuture<HttpResponse<Void>> c : calls) {
                int status = c.get().statusCode();
                assertTrue(status == 200 || status == 503, "status " + status);
                ok += status == 200 ? 1 : 0;
            }
            assertTrue(ok > 450, ok + " sitemaps");
            assertEquals(calls.size(), sim.requests().size());
        }
    }
}
