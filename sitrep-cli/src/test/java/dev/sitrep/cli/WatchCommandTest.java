package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.simulator.NewsSimulator;
import dev.sitrep.simulator.PublishedArticle;
import dev.sitrep.simulator.RequestLogEntry;
import dev.sitrep.simulator.SimClock;
import dev.sitrep.simulator.SiteSpec;
import dev.sitrep.watch.SourcesFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep watch --once}, {@code sources status} and {@code sources discover} through the command line,
 * against simulated news sites behind a proxy in this JVM; and {@code ingest} of the watcher's archive.
 */
class WatchCommandTest {
    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");

    @TempDir
    Path tmp;
    private NewsSimulator sim;
    private Path data;

    @BeforeEach
    void start() throws IOException {
        List<SiteSpec> sites = List.of(
                SiteSpec.builder("site1").backlog(6).trackingParams(true).wwwVariant(true).build(),
                SiteSpec.builder("site2").backlog(5).amp(true).redirects(true).build(),
                SiteSpec.builder("site3").backlog(2).crawlDelay(Duration.ofSeconds(1)).build());
        sim = NewsSimulator.start(new SimClock(T0), sites, 3); // the clock stands still: a fixed news day
        data = tmp.resolve("store");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A sources file following the feed and news sitemap of site1 and site2, plus {@code extra} YAML lines. */
    private Path sources(String userAgent, String... extra) throws IOException {
        StringBuilder yaml = new StringBuilder("user_agent: \"" + userAgent + "\"\n"
                + "defaults: {interval: 1s, min_interval: 1s, max_interval: 1m, delay: 100ms}\nsites:\n");
        for (String site : List.of("site1", "site2")) {
            yaml.append("  - name: ").append(site).append("\n    feeds: [http://").append(site)
                    .append(".sim/feed.xml]\n    sitemaps: [http://").append(site).append(".sim/news-sitemap.xml]\n");
        }
        for (String line : extra) {
            yaml.append(line).append('\n');
        }
        return Files.writeString(tmp.resolve("sources.yaml"), yaml);
    }

    private Path sources() throws IOException {
        return sources("Sitrep/0.1 (+mailto:desk@example.org)");
    }

    private CliRun watchOnce(Path sources) {
        return CliRun.of("watch", sources.toString(), "--once", "--data", data.toString(), "--proxy", proxy(),
                "--progress", "NEVER");
    }

    private String proxy() {
        return "127.0.0.1:" + sim.port();
    }

    /** Canonical keys of what site1 and site2 published. */
    private Set<String> publishedKeys() {
        return sim.published().stream().filter(a -> !a.site().equals("site3"))
                .map(PublishedArticle::url).map(URI::toString).map(UrlCanon::key).collect(Collectors.toSet());
    }

    @Test
    void onceStoresEveryPublishedArticleAndEndsWithASummary() throws IOException {
        CliRun run = watchOnce(sources());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        List<String> summary = run.err().lines().filter(l -> l.startsWith("sitrep: watch: ")).toList();
        assertEquals(1, summary.size(), run.err());
        assertTrue(summary.get(0).matches("sitrep: watch: 4 listing polls \\(0 unchanged\\), 11 new pages, \\d+ "
                + "requests, \\d+ KiB, 0 problems; read 11 documents \\(11 articles\\): 11 stored, 0 already present, "
                + "0 failed into .*store \\(all committed\\)"), summary.get(0));
        StoredArticles stored = StoredArticles.read(data);
        assertEquals(publishedKeys(), stored.keys());
        assertEquals(11, stored.all().size(), "each once");

        CliRun again = watchOnce(sources());
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertTrue(again.err().contains("0 new pages") && again.err().contains(": 0 stored"), again.err());
        assertEquals(11, StoredArticles.read(data).all().size());
    }

    @Test
    void aSourceWithAProblemIsOneLineAndExitCodeOne() throws IOException {
        Path sources = sources("Sitrep/0.1 (+mailto:desk@example.org)", "  - name: broken",
                "    feeds: [http://site1.sim/no-such-feed.xml]");
        CliRun run = watchOnce(sources);
        assertEquals(ExitCodes.FAILED, run.exit(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("sitrep: watch: http://site1.sim/no-such-feed.xml")
                && l.contains("404")), run.err());
        assertTrue(run.err().contains(", 1 problems;"), run.err());
        assertEquals(publishedKeys(), StoredArticles.read(data).keys(), "the other sources were followed");
    }

    @Test
    void aUserAgentWithoutContactIsAUsageErrorNamingTheFile() throws IOException {
        Path sources = sources("Sitrep/0.1");
        CliRun run = watchOnce(sources);
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("sitrep: " + sources + ": user_agent"), run.err());
        assertTrue(lines.get(0).contains("contact"), run.err());
        assertFalse(Files.exists(data), "nothing was fetched or stored");
        assertTrue(sim.requests().isEmpty());
    }

    @Test
    void statusListsEverySourceWithItsLastPollAndNextDue() throws IOException {
        CliRun before = CliRun.of("sources", "status", "--data", data.toString());
        assertEquals(ExitCodes.FAILED, before.exit(), "no state yet: " + before.err());
        assertTrue(before.err().contains("run sitrep watch first"), before.err());

        assertEquals(ExitCodes.OK, watchOnce(sources()).exit());
        CliRun status = CliRun.of("sources", "status", "--data", data.toString());
        assertEquals(ExitCodes.OK, status.exit(), status.err());
        List<String> lines = status.out().lines().toList();
        assertTrue(lines.get(0).matches("source +last poll +next due +interval.*"), lines.get(0));
        for (String source : List.of("feed http://site1.sim/feed.xml", "sitemap http://site1.sim/news-sitemap.xml",
                "feed http://site2.sim/feed.xml", "sitemap http://site2.sim/news-sitemap.xml")) {
            String line = lines.stream().filter(l -> l.startsWith(source + " ")).findFirst().orElse(null);
            assertTrue(line != null, source + " in\n" + status.out());
            // last poll and next due are times, the interval the configured second
            assertTrue(line.matches(".* \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ +\\d{4}-\\d\\d-\\d\\d "
                    + "\\d\\d:\\d\\d:\\d\\dZ +1s .*"), line);
        }
    }

    @Test
    void discoverPrintsASourcesFileWithTheFeedAndSitemap() throws Exception {
        CliRun run = CliRun.of("sources", "discover", "http://site1.sim/", "--contact", "desk@example.org",
                "--proxy", proxy(), "--delay", "0");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        SourcesFile file = SourcesFile.parse("discovered", run.out());
        assertTrue(file.userAgent().contains("mailto:desk@example.org"), file.userAgent());
        assertEquals(1, file.sites().size());
        SourcesFile.Site site = file.sites().get(0);
        assertEquals(List.of(URI.create("http://site1.sim/feed.xml")), site.feeds(), run.out());
        assertFalse(site.sitemaps().isEmpty(), run.out());
        assertTrue(site.sitemaps().stream().allMatch(u -> u.getHost().equals("site1.sim")
                && u.getPath().contains("sitemap")), run.out());
        assertTrue(sim.requests().get(0).target().equals("/robots.txt"), "robots.txt first");
    }

    @Test
    void discoverKeepsTheCrawlDelayOfRobotsTxt() throws Exception {
        CliRun run = CliRun.of("sources", "discover", "http://site3.sim/", "--contact", "desk@example.org",
                "--proxy", proxy(), "--delay", "0");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        List<RequestLogEntry> requests = sim.requests();
        assertTrue(requests.size() >= 3, requests.toString());
        for (int i = 1; i < requests.size(); i++) {
            long gapMillis = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
            assertTrue(gapMillis >= 950, "Crawl-delay: 1 kept before " + requests.get(i).target() + ": " + gapMillis);
        }
    }

    @Test
    void ingestingTheArchiveRebuildsTheSameArticles() throws IOException {
        assertEquals(ExitCodes.OK, watchOnce(sources()).exit());
        Path archive = tmp.resolve("store-watch/archive");
        List<String> args = new ArrayList<>(List.of("ingest", "--data", tmp.resolve("rebuilt").toString(),
                "--progress", "NEVER"));
        try (Stream<Path> files = Files.list(archive)) {
            files.filter(f -> f.getFileName().toString().endsWith(".warc.gz")).map(Path::toString).forEach(args::add);
        }
        try (Stream<Path> listings = Files.list(archive.resolve("listings"))) {
            assertTrue(listings.anyMatch(f -> f.getFileName().toString().endsWith(".warc.gz")),
                    "listings and robots.txt are archived apart");
        }
        CliRun ingest = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, ingest.exit(), ingest.err());
        assertEquals(StoredArticles.read(data).ids(), StoredArticles.read(tmp.resolve("rebuilt")).ids());
        assertEquals(11, StoredArticles.read(tmp.resolve("rebuilt")).all().size());
    }
}
