package dev.sitrep.cli;

import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.simulator.ClockDriver;
import dev.sitrep.simulator.NewsSimulator;
import dev.sitrep.simulator.Politeness;
import dev.sitrep.simulator.PublishedArticle;
import dev.sitrep.simulator.Scenario;
import dev.sitrep.simulator.SimClock;
import dev.sitrep.simulator.SiteSpec;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.watch.SeenUrls;
import dev.sitrep.watch.SourcesFile;
import dev.sitrep.watch.WatchOptions;
import dev.sitrep.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval watch}: the watcher against the news-site simulator, on a simulated clock that runs
 * {@code --speed} times faster than real time, and the figures that say whether it follows the news: recall,
 * duplicates, politeness violations, latency from publication to committed, bytes per new article, the share of
 * polls answered 304, and the articles a second it sustains.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Runs sitrep watch against simulated news sites (a scripted day of 17 sites with every trap, or "
                + "--sites N drawn at random) and prints recall, duplicates, politeness violations, latency p50/p95, "
                + "bytes per new article, the share of 304s and articles per second.",
                "--check fails (exit 1) below the floors: recall 0.995, 0 duplicates, 0 violations, p95 under twice "
                        + "the poll interval."})
final class WatchEval implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMinutes(5);

    @Spec
    CommandSpec spec;

    @Option(names = "--hours", defaultValue = "24", description = "simulated hours of publication (default: ${DEFAULT-VALUE})")
    double hours;

    @Option(names = "--speed", defaultValue = "120",
            description = "simulated seconds per real second (default: ${DEFAULT-VALUE}: a day in 12 minutes)")
    double speed;

    @Option(names = "--sites", defaultValue = "0",
            description = "0 for the scripted day of 17 sites, else this many sites with habits drawn at random")
    int sites;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the sites' schedules and texts")
    long seed;

    @Option(names = "--text-only", description = "skip entities and quotes (measures the watcher rather than the analysis)")
    boolean textOnly;

    @Option(names = "--check", description = "exit 1 when a figure is below its floor")
    boolean check;

    @Option(names = "--dir", paramLabel = "DIR", description = "work folder (default: a new temporary one)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = sites == 0 ? Scenario.scriptedDay(Scenario.DEFAULT_START) : Scenario.manySites(sites, seed);
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitrep-eval-watch");
        Duration length = Duration.ofMinutes(Math.round(hours * 60));
        Duration tail = POLL.multipliedBy(3);
        SimClock clock = new SimClock(scenario.start());
        out.printf(Locale.ROOT, "watch: %s, %d sites, %.1f simulated hours at %.0fx, work folder %s%n",
                scenario.name(), scenario.sites().size(), hours, speed, work);
        try (NewsSimulator sim = NewsSimulator.start(clock, scenario.sites(), seed)) {
            SourcesFile sources = SourcesFile.parse("eval sources", sourcesYaml(scenario.sites()));
            WatchOptions options = WatchOptions.builder(work.resolve("watch")).clock(clock, speed).proxy(sim.proxy())
                    .build();
            Run run = new Run(clock);
            long realStart = System.nanoTime();
            ClockDriver driver = ClockDriver.until(clock, speed, scenario.start().plus(length).plus(tail));
            Ingestion.Summary summary;
            dev.sitrep.watch.WatchStats stats;
            PrintWriter log = new PrintWriter(Files.newBufferedWriter(work.resolve("problems.log")), true);
            try (log; Watcher watcher = Watcher.open(sources, options, line -> {
                     run.problems.incrementAndGet();
                     log.println(clock.instant() + " " + line);
                 });
                 ArticleStore store = ArticleStore.open(work.resolve("store"))) {
                Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(textOnly).build());
                Ingestion ingestion = new Ingestion(new SourceReader(), pipeline, 2)
                        .committingEvery(Duration.ofMillis(Math.max(50, Math.round(2000 / speed))));
                Thread stopper = Thread.ofPlatform().daemon().start(() -> {
                    try {
                        driver.awaitEnd();
                    } catch (InterruptedException e) {
                        return;
                    }
                    watcher.stop();
                });
                Ingestion.Documents docs = watcher.documents(false);
                summary = ingestion.run(sink -> docs.read(item -> {
                    run.handedOn(item);
                    sink.accept(item);
                }), store, f -> {
                    run.problems.incrementAndGet();
                    log.println(clock.instant() + " " + f.describe());
                }, p -> {
                    if (p.committed() == p.stored()) {
                        run.committed(p.done());
                        watcher.committed(p.done());
                    }
                });
                stopper.join();
                stats = watcher.stats();
            }
            double realSeconds = (System.nanoTime() - realStart) / 1e9;
            List<PublishedArticle> truth = sim.publishedUntil(scenario.start().plus(length));
            return report(out, run, truth, sim, summary, stats, realSeconds, scenario, work);
        }
    }

    private int report(PrintWriter out, Run run, List<PublishedArticle> truth, NewsSimulator sim,
                       Ingestion.Summary summary, dev.sitrep.watch.WatchStats stats, double realSeconds, Scenario scenario,
                       Path work) throws IOException {
        Map<String, Instant> committedAt = run.firstCommitByKey();
        Map<String, Integer> storedTimes = run.storedByKey();
        // Sites that refuse every fetch (robots.txt answering 500 all day means "disallow all") or never answer
        // cannot be followed by anyone; recall is reported over the others, and over all beside it.
        java.util.Set<String> closed = new java.util.HashSet<>();
        scenario.sites().stream().filter(s -> s.robots() == SiteSpec.RobotsMode.ERROR || s.neverAnswers())
                .forEach(s -> closed.add(s.name()));
        int found = 0;
        int reachable = 0;
        int foundReachable = 0;
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> missedBySite = new java.util.TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (PublishedArticle a : truth) {
            String key = UrlCanon.key(a.url().toString());
            Instant at = committedAt.get(key);
            boolean open = !closed.contains(a.site());
            reachable += open ? 1 : 0;
            if (at != null) {
                found++;
                foundReachable += open ? 1 : 0;
                if (!a.published().isBefore(scenario.start())) { // a backlog waited for the watcher to start
                    latencies.add(Duration.between(a.published(), at).toSeconds());
                }
            } else {
                missedBySite.merge(a.site(), 1, Integer::sum);
                missed.add(a.published() + " " + a.url());
            }
        }
        Files.write(work.resolve("missed.txt"), missed);
        long duplicates = storedTimes.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        Politeness.Report politeness = politeness(scenario.sites()).check(sim.requests());
        Files.write(work.resolve("violations.txt"), politeness.violations().stream()
                .map(v -> v.kind() + " " + v.request().simulated() + " " + v.request().host() + v.request().target()
                        + " " + v.reason()).toList());
        long notModified = sim.requests().stream().filter(r -> r.status() == 304).count();
        long conditional = sim.requests().stream().filter(r -> r.ifNoneMatch().isPresent()
                || r.ifModifiedSince().isPresent()).count();
        Collections.sort(latencies);
        double recallAll = truth.isEmpty() ? 1 : (double) found / truth.size();
        double recall = reachable == 0 ? 1 : (double) foundReachable / reachable;
        long p50 = percentile(latencies, 0.50);
        long p95 = percentile(latencies, 0.95);
        SeenMemory seen = SeenMemory.measure();
        out.printf(Locale.ROOT, "watch: published %d, stored %d: recall %.4f on the %d sites that can be fetched "
                        + "(%.4f of all; closed by robots.txt or silent: %s), duplicates stored %d%n", truth.size(),
                summary.stored(), recall, scenario.sites().size() - closed.size(), recallAll, closed, duplicates);
        out.printf(Locale.ROOT, "watch: missed by site %s (list: %s)%n", missedBySite, work.resolve("missed.txt"));
        out.printf(Locale.ROOT, "watch: politeness violations %d %s%n", politeness.violations().size(), politeness.counts());
        out.printf(Locale.ROOT, "watch: latency publication to committed p50 %d s, p95 %d s (poll interval %d s)%n",
                p50, p95, POLL.toSeconds());
        out.printf(Locale.ROOT, "watch: %d requests, %.1f KiB fetched per new article, %d listing polls, %d answered 304 "
                        + "of %d conditional (%.1f%%), %d unchanged in all%n", stats.requests(),
                stats.bytes() / 1024.0 / Math.max(1, stats.pages()), stats.listingPolls(), notModified, conditional,
                100.0 * notModified / Math.max(1, conditional), stats.notModified());
        out.printf(Locale.ROOT, "watch: %.1f real s, %.2f articles/s stored, %.1f requests/s; %d problem lines%n",
                realSeconds, summary.stored() / realSeconds, stats.requests() / realSeconds, run.problems.get());
        out.printf(Locale.ROOT, "watch: seen URLs in memory: %.1f MiB per million%n", seen.mibPerMillion());
        out.flush();
        if (!check) {
            return ExitCodes.OK;
        }
        List<String> below = new ArrayList<>();
        if (recall < 0.995) {
            below.add("recall " + recall + " < 0.995");
        }
        if (duplicates > 0) {
            below.add(duplicates + " duplicates");
        }
        if (!politeness.isClean()) {
            below.add(politeness.violations().size() + " politeness violations: "
                    + politeness.violations().stream().limit(3).toList());
        }
        if (p95 >= 2 * POLL.toSeconds()) {
            below.add("latency p95 " + p95 + " s >= " + 2 * POLL.toSeconds() + " s");
        }
        below.forEach(b -> spec.commandLine().getErr().println("sitrep: eval watch: below the floor: " + b));
        return below.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * The rules a crawler can know: the delay between requests (5 s, or the robots.txt Crawl-delay when longer)
     * on every site, robots.txt disallow rules (all of a site whose robots.txt answers 500), Retry-After
     * windows. A site's undeclared rate limit is not among them: the crawler learns of it from a 429.
     */
    static Politeness politeness(List<SiteSpec> specs) {
        Politeness.Builder b = Politeness.builder().minGap(Duration.ofSeconds(5));
        for (SiteSpec s : specs) {
            if (s.robots() == SiteSpec.RobotsMode.SERVED && s.crawlDelay().isPresent()
                    && s.crawlDelay().get().compareTo(Duration.ofSeconds(5)) > 0) {
                b.minGap(s.name(), s.crawlDelay().get());
            }
            switch (s.robots()) {
                case SERVED -> s.disallow().forEach(prefix -> b.disallow(s.name(), prefix));
                case ERROR -> b.disallow(s.name(), "/");
                case MISSING -> { }
            }
        }
        return b.build();
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    /** A feed and the news sitemap for every site, and the front page for every third. */
    static String sourcesYaml(List<SiteSpec> specs) {
        StringBuilder y = new StringBuilder("""
                user_agent: "Sitrep/0.1 (+mailto:eval@sitrep.invalid)"
                defaults: {interval: 5m, min_interval: 5m, max_interval: 1h, delay: 5s}
                sites:
                """);
        for (int i = 0; i < specs.size(); i++) {
            SiteSpec s = specs.get(i);
            y.append("  - name: ").append(s.name()).append('\n');
            y.append("    feeds: [http://").append(s.host()).append("/feed.xml]\n");
            y.append("    sitemaps: [http://").append(s.host()).append("/news-sitemap.xml]\n");
            if (i % 3 == 2) {
                y.append("    front_pages: [http://").append(s.host()).append("/]\n");
            }
        }
        return y.toString();
    }

    /** What the run handed on and when the store committed it. */
    private static final class Run {
        final SimClock clock;
        final List<String> keys = Collections.synchronizedList(new ArrayList<>());
        final List<Instant> committed = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong problems = new AtomicLong();

        Run(SimClock clock) {
            this.clock = clock;
        }

        void handedOn(SourceItem item) {
            keys.add(item instanceof RawDocument d && d.url() != null ? UrlCanon.key(d.url()) : null);
        }

        void committed(int done) {
            Instant now = clock.instant();
            synchronized (committed) {
                while (committed.size() < done) {
                    committed.add(now);
                }
            }
        }

        Map<String, Instant> firstCommitByKey() {
            Map<String, Instant> out = new HashMap<>();
            for (int i = 0; i < committed.size() && i < keys.size(); i++) {
                if (keys.get(i) != null) {
                    out.putIfAbsent(keys.get(i), committed.get(i));
                }
            }
            return out;
        }

        Map<String, Integer> storedByKey() {
            Map<String, Integer> out = new HashMap<>();
            synchronized (keys) {
                keys.stream().filter(k -> k != null).forEach(k -> out.merge(k, 1, Integer::sum));
            }
            return out;
        }
    }

    /** Memory the seen-URL set takes per million URLs, measured on a million synthetic ones. */
    private record SeenMemory(long bytes, int urls) {
        static SeenMemory measure() {
            try {
                Path f = Files.createTempFile("sitrep-seen", "");
                try (SeenUrls s = SeenUrls.open(f)) {
                    for (int i = 0; i < 1_000_000; i++) {
                        s.add("news" + (i % 500) + ".example/2026/12/05/article-with-a-slug-" + i);
                    }
                    s.sync();
                    return new SeenMemory(s.memoryBytes(), s.size());
                } finally {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                return new SeenMemory(-1, 1);
            }
        }

        double mibPerMillion() {
            return bytes / 1048576.0 * 1_000_000 / urls;
        }
    }
}
