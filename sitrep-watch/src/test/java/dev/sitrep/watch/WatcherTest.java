package dev.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.simulator.ClockDriver;
import dev.sitrep.simulator.NewsSimulator;
import dev.sitrep.simulator.Politeness;
import dev.sitrep.simulator.PublishedArticle;
import dev.sitrep.simulator.SimClock;
import dev.sitrep.simulator.SiteSpec;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher end to end against the news-site simulator: a real HTTP proxy, a real store, a real archive. */
class WatcherTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");
    private static final double SPEED = 200; // simulated seconds per real second

    @TempDir
    Path tmp;
    private SimClock clock;
    private NewsSimulator sim;
    private ClockDriver driver;

    @BeforeEach
    void start() throws IOException {
        clock = new SimClock(T0);
        List<SiteSpec> sites = List.of(
                SiteSpec.builder("alpha").articleEvery(Duration.ofMinutes(20)).backlog(4).feedSize(10)
                        .trackingParams(true).wwwVariant(true).build(),
                SiteSpec.builder("beta").articleEvery(Duration.ofMinutes(30)).backlog(3).feedSize(10).amp(true)
                        .redirects(true).disallow("/private/").crawlDelay(Duration.ofSeconds(8)).build());
        sim = NewsSimulator.start(clock, sites, 7);
        driver = ClockDriver.start(clock, SPEED);
    }

    @AfterEach
    void stop() throws InterruptedException {
        driver.close();
        sim.close();
    }

    private SourcesFile sources() throws SourcesFile.SourcesException {
        return SourcesFile.parse("sources.yaml", """
                user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
                defaults: {interval: 5m, min_interval: 5m, max_interval: 1h, delay: 5s}
                sites:
                  - name: alpha
                    feeds: [http://alpha.sim/feed.xml]
                    sitemaps: [http://alpha.sim/news-sitemap.xml]
                  - name: beta
                    feeds: [http://beta.sim/feed.xml]
                    front_pages: [http://beta.sim/]
                """);
    }

    private WatchOptions options() {
        return WatchOptions.builder(tmp.resolve("watch")).clock(clock, SPEED).proxy(sim.proxy()).build();
    }

    private Ingestion.Summary round(Path store, List<String> problems) throws IOException {
        Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().textOnly(true)
                .build()), 2);
        try (Watcher w = Watcher.open(sources(), options(), problems::add);
             ArticleStore s = ArticleStore.open(store)) {
            Ingestion.Summary summary = ingestion.run(w.documents(true), s, f -> problems.add(f.describe()),
                    p -> {
                        if (p.committed() == p.stored()) {
                            w.committed(p.done());
                        }
                    });
            w.committed(summary.documents());
            return summary;
        }
    }

    @Test
    void oneRoundStoresEveryPublishedArticleOncePolitely() throws IOException {
        Instant start = clock.instant();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Path store = tmp.resolve("store");
        Ingestion.Summary s = round(store, problems);

        Map<String, String> urls = storedUrls(store);
        Set<String> storedKeys = urls.values().stream().map(UrlCanon::key).collect(Collectors.toSet());
        List<PublishedArticle> truth = sim.publishedUntil(start);
        Set<String> missing = new TreeSet<>();
        for (PublishedArticle a : truth) {
            if (!storedKeys.contains(UrlCanon.key(a.url().toString()))) {
                missing.add(a.url().toString());
            }
        }
        assertTrue(truth.size() >= 7, "the backlogs: " + truth.size());
        assertEquals(Set.of(), missing, "every article published before the round: " + urls + " " + problems + " " + s + " " + sim.requests());
        assertEquals(urls.size(), storedKeys.size(), "no article twice under two URLs: " + urls.values());
        assertEquals(s.stored(), urls.size());

        Politeness.Report report = sim.politeness().check(sim.requests());
        assertTrue(report.isClean(), () -> report.violations().toString());
        assertTrue(sim.requests().stream().noneMatch(r -> r.path().startsWith("/private/")));

        // A second round, once the sources are due again, asks with validators and fetches only what is new.
        clock.advance(Duration.ofMinutes(10));
        int requestsBefore = sim.requests().size();
        List<String> again = Collections.synchronizedList(new ArrayList<>());
        Ingestion.Summary second = round(store, again);
        assertEquals(0, second.alreadyPresent(), "nothing fetched twice: " + again);
        assertTrue(sim.requests().stream().skip(requestsBefore).anyMatch(r -> r.ifNoneMatch().isPresent()),
                "conditional requests on the second poll");
        assertTrue(sim.politeness().check(sim.requests()).isClean());
    }

    @Test
    void theArchiveRebuildsTheSameArticles() throws IOException {
        Path store = tmp.resolve("store");
        round(store, Collections.synchronizedList(new ArrayList<>()));
        List<String> files = new ArrayList<>();
        for (Path f : new Archive(tmp.resolve("watch/archive"), 1, Duration.ZERO, clock, "x").files()) {
            files.add(f.toString());
        }
        Path rebuilt = tmp.resolve("rebuilt");
        Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().textOnly(true)
                .build()), 2);
        try (ArticleStore s = ArticleStore.open(rebuilt)) {
            ingestion.run(files, s, f -> { });
        }
        assertEquals(storedUrls(store), storedUrls(rebuilt), "same ids, same URLs");
    }

    @Test
    void aRestartAnalysesWhatTheArchiveHoldsAndTheStoreLacks() throws IOException {
        Path store = tmp.resolve("store");
        round(store, Collections.synchronizedList(new ArrayList<>()));
        Map<String, String> before = storedUrls(store);
        // The store is lost (or the process died before its commit) while the archive and state survived,
        // minus the note that the archive files were analysed.
        WatchState state = WatchState.load(tmp.resolve("watch/state.json"));
        new WatchState(state.sources(), List.of()).save(tmp.resolve("watch/state.json"));
        Path fresh = tmp.resolve("store2");
        Ingestion.Summary s = round(fresh, Collections.synchronizedList(new ArrayList<>()));
        Map<String, String> after = storedUrls(fresh);
        assertTrue(after.keySet().containsAll(before.keySet()), "recovered from the archive: " + s);
    }

    @Test
    void aSiteAnswering503IsLeftAloneAndCaughtUpWithAfterwards() throws Exception {
        driver.close();
        sim.close();
        clock = new SimClock(T0);
        Instant down = T0.plus(Duration.ofMinutes(15));
        Instant up = T0.plus(Duration.ofMinutes(45));
        List<SiteSpec> sites = List.of(
                SiteSpec.builder("gamma").articleEvery(Duration.ofMinutes(10)).backlog(2).feedSize(5)
                        .unavailable(down, up, Duration.ofMinutes(10)).build(),
                SiteSpec.builder("delta").articleEvery(Duration.ofMinutes(10)).backlog(2).feedSize(5)
                        .unavailable(down, up, null).build());
        sim = NewsSimulator.start(clock, sites, 11);
        driver = ClockDriver.start(clock, SPEED);
        SourcesFile sources = SourcesFile.parse("s.yaml", """
                user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
                defaults: {interval: 5m, min_interval: 5m, max_interval: 1h, delay: 5s}
                sites:
                  - name: gamma
                    feeds: [http://gamma.sim/feed.xml]
                  - name: delta
                    feeds: [http://delta.sim/feed.xml]
                """);
        Instant end = T0.plus(Duration.ofMinutes(80));
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().textOnly(true)
                .build()), 2).committingEvery(Duration.ofMillis(20));
        Path store = tmp.resolve("store");
        try (Watcher w = Watcher.open(sources, options(), problems::add); ArticleStore s = ArticleStore.open(store)) {
            Thread stopper = Thread.ofPlatform().daemon().start(() -> {
                while (clock.instant().isBefore(end)) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                w.stop();
            });
            ingestion.run(w.documents(false), s, f -> problems.add(f.describe()), p -> { });
            stopper.join();
        }
        Politeness.Report report = sim.politeness().check(sim.requests());
        assertTrue(report.isClean(), () -> report.violations().toString());
        assertTrue(sim.requests().stream().anyMatch(r -> r.status() == 503), "the outage was met");
        Set<String> stored = storedUrls(store).values().stream().map(UrlCanon::key).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (PublishedArticle a : sim.publishedUntil(end.minus(Duration.ofMinutes(15)))) {
            if (!stored.contains(UrlCanon.key(a.url().toString()))) {
                missing.add(a.url().toString());
            }
        }
        assertEquals(Set.of(), missing, "caught up after the outage: " + problems);
    }

    /** Article id to URL, for every article in the store. */
    static Map<String, String> storedUrls(Path store) throws IOException {
        Map<String, String> out = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(store))) {
            StoredFields fields = r.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                var doc = fields.document(i);
                if (doc.get(StoreFields.JSON) != null) { // only articles carry their JSON
                    JsonNode a = json.readTree(doc.get(StoreFields.JSON));
                    out.put(a.path("id").asText(), a.path("url").asText());
                }
            }
        }
        return out;
    }
}
