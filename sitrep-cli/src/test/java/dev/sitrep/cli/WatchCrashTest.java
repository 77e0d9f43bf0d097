package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.simulator.ClockDriver;
import dev.sitrep.simulator.NewsSimulator;
import dev.sitrep.simulator.PublishedArticle;
import dev.sitrep.simulator.SimClock;
import dev.sitrep.simulator.SiteSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code sitrep watch} process, following four simulated news sites, killed with SIGKILL at random
 * moments; then {@code watch --once} until nothing new arrives. After every kill the store is clean, has lost
 * no article it held and holds none twice; at the end it holds every article the sites published exactly
 * once, each naming the archive record it was analysed from.
 *
 * <p>The sites publish while the kills happen (one simulated minute per real second, an article every 20 to 40
 * minutes, so most polls find their listing unchanged) and stand still for the last runs, so that what they
 * published is a fixed list to compare with.
 */
class WatchCrashTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");
    private static final int KILLS = 5;
    private static final int LAST_RUNS = 4;

    @TempDir
    Path tmp;
    private SimClock clock;
    private NewsSimulator sim;
    private ClockDriver driver;

    @BeforeEach
    void start() throws IOException {
        clock = new SimClock(T0);
        List<SiteSpec> sites = List.of(
                SiteSpec.builder("site1").articleEvery(Duration.ofMinutes(20)).backlog(25).feedSize(10)
                        .trackingParams(true).wwwVariant(true).build(),
                SiteSpec.builder("site2").articleEvery(Duration.ofMinutes(25)).backlog(25).amp(true).redirects(true)
                        .build(),
                SiteSpec.builder("site3").articleEvery(Duration.ofMinutes(30)).backlog(25).feedSize(15)
                        .wwwVariant(true).build(),
                SiteSpec.builder("site4").articleEvery(Duration.ofMinutes(40)).jitter(Duration.ofMinutes(5))
                        .backlog(25).build());
        sim = NewsSimulator.start(clock, sites, 17);
        driver = ClockDriver.start(clock, 60); // a minute a second: polls mostly find their listing unchanged
    }

    @AfterEach
    void stop() throws InterruptedException {
        driver.close();
        sim.close();
    }

    private Path sourcesFile() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
                defaults: {interval: 1s, min_interval: 1s, max_interval: 1m, delay: 100ms}
                sites:
                """);
        for (SiteSpec s : sim.sites()) {
            yaml.append("  - name: ").append(s.name()).append('\n')
                    .append("    feeds: [http://").append(s.host()).append("/feed.xml]\n")
                    .append("    sitemaps: [http://").append(s.host()).append("/news-sitemap.xml]\n");
            if (s.redirects()) {
                yaml.append("    front_pages: [http://").append(s.host()).append("/]\n"); // short links that redirect
            }
        }
        return Files.writeString(tmp.resolve("sources.yaml"), yaml);
    }

    @Test
    void killedWatchersLoseNothingAndDoubleNothing() throws Exception {
        Path sources = sourcesFile();
        Path store = tmp.resolve("store");
        Random random = new Random(20261205);
        StringBuilder log = new StringBuilder();
        Set<String> before = Set.of();
        int survived = 0;
        int lost = 0;
        int doubled = 0;
        for (int k = 1; k <= KILLS; k++) {
            long started = System.nanoTime();
            Process p = watch(sources, store, false, "kill-" + k);
            // One kill in four lands while the process starts; the others once it has committed something new,
            // after a random further wait, so that they hit fetching, archiving, analysing and committing alike.
            boolean early = random.nextInt(4) == 0;
            if (!early) {
                awaitCommit(p, store, before.size());
            }
            boolean ended = p.waitFor(random.nextInt(early ? 3000 : 2000), TimeUnit.MILLISECONDS);
            long wait = (System.nanoTime() - started) / 1_000_000;
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed watcher ends");
            StoreSnapshot snapshot = snapshot(store);
            StoredArticles now = StoredArticles.read(store);
            Set<String> gone = new TreeSet<>(before);
            gone.removeAll(now.ids());
            Map<String, Long> twice = now.doubledKeys();
            lost += gone.size();
            doubled += snapshot.doubled() + twice.size();
            if (snapshot.checkIndexClean() && gone.isEmpty() && snapshot.doubled() == 0 && twice.isEmpty()) {
                survived++;
            }
            log.append("kill %d after %d ms%s: %d articles, CheckIndex %s, lost %s, doubled %s%n".formatted(k, wait,
                    ended ? " (it had ended: " + p.exitValue() + ")" : "", now.all().size(),
                    snapshot.checkIndexClean() ? "clean" : "FAILED", gone, twice));
            before = new HashSet<>(now.ids());
        }

        driver.close(); // the sites stop publishing: what they published is now the list to match
        int runs = 0;
        int count = -1;
        for (int r = 1; r <= LAST_RUNS; r++) {
            long started = System.nanoTime();
            Process p = watch(sources, store, true, "once-" + r);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "watch --once ends by itself");
            int exit = p.exitValue();
            long took = (System.nanoTime() - started) / 1_000_000;
            int stored = StoredArticles.read(store).all().size();
            log.append("once %d: exit %d after %d ms, %d articles%n".formatted(r, exit, took, stored));
            assertTrue(exit == ExitCodes.OK || exit == ExitCodes.FAILED, "exit " + exit + "\n" + stderr("once-" + r));
            runs = r;
            if (stored == count) {
                break;
            }
            count = stored;
        }

        StoreSnapshot last = StoreSnapshot.read(store);
        StoredArticles fin = StoredArticles.read(store);
        Set<String> published = new TreeSet<>();
        for (PublishedArticle a : sim.published()) {
            published.add(UrlCanon.key(a.url().toString()));
        }
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(fin.keys());
        Set<String> unexpected = new TreeSet<>(fin.keys());
        unexpected.removeAll(published);
        List<String> badSources = new ArrayList<>();
        for (StoredArticles.Stored s : fin.all()) {
            if (!namesArchiveRecord(s.source())) {
                badSources.add(s.source());
            }
        }
        String summary = "watch crash: kills survived %d/%d, articles lost %d, doubled %d; after %d --once runs %d of %d published stored, missing %d, doubled %d"
                .formatted(survived, KILLS, lost, doubled, runs, fin.all().size(), published.size(), missing.size(),
                        fin.doubledKeys().size());
        System.out.println(log + summary);
        String context = summary + "\n" + log + "last stderr:\n" + stderr("once-" + runs);
        assertTrue(last.checkIndexClean(), context);
        assertEquals(0, lost, context);
        assertEquals(0, doubled, context);
        assertEquals(KILLS, survived, context);
        assertTrue(published.size() >= 100, "the backlogs and what came during the kills: " + published.size());
        assertEquals(Set.of(), missing, context);
        assertEquals(Map.of(), fin.doubledKeys(), context);
        assertEquals(0, last.doubled(), context);
        assertEquals(Set.of(), unexpected, "only articles are stored: " + context);
        assertEquals(List.of(), badSources, "each article names its archive record: " + context);
    }

    /** Waits until the store's last commit holds more than {@code count} articles (at most 12 s). */
    private static void awaitCommit(Process p, Path store, int count) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
        while (p.isAlive() && System.nanoTime() < until && StoreSnapshot.committedArticles(store) <= count) {
            Thread.sleep(50);
        }
    }

    /** The store as {@link CrashEval} checks it; clean and empty when the watcher died before its first commit. */
    private static StoreSnapshot snapshot(Path store) throws IOException {
        try (var d = org.apache.lucene.store.FSDirectory.open(store)) {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(d)) {
                return new StoreSnapshot(Map.of(), 0, true);
            }
        }
        return StoreSnapshot.read(store);
    }

    /** Whether {@code source} is {@code file.warc.gz#offset} of an archive file that exists and reaches the offset. */
    private static boolean namesArchiveRecord(String source) throws IOException {
        int hash = source == null ? -1 : source.lastIndexOf('#');
        if (hash < 0 || !source.substring(0, hash).endsWith(".warc.gz")) {
            return false;
        }
        Path file = Path.of(source.substring(0, hash));
        long offset = Long.parseLong(source.substring(hash + 1));
        return Files.isRegularFile(file) && offset < Files.size(file);
    }

    /** Starts {@code sitrep watch} in a JVM of its own, its stderr kept in a file named after the run. */
    private Process watch(Path sources, Path store, boolean once, String name) throws IOException {
        List<String> args = new ArrayList<>(List.of("watch", sources.toString(), "--data", store.toString(),
                "--proxy", "127.0.0.1:" + sim.port(), "--progress", "NEVER"));
        if (once) {
            args.add("--once");
        }
        return new ProcessBuilder(CrashEval.javaCommand(args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve(name + ".err").toFile()).start();
    }

    private String stderr(String name) {
        try {
            List<String> lines = Files.readAllLines(tmp.resolve(name + ".err"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
