package dev.sitrep.cli;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.server.bench.LatencyBenchmark;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval latency}: p50 and p99 of the API's queries over a synthetic store of N articles, asked by one or
 * more threads at once.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = {"Builds (or reuses) a store of synthetic articles and measures the p50 and p99 latency of",
                "search, quotes, entity list, entity profile, timeline, story list, story, events and positions queries; prints the",
                "build time and the store's size, then one line per query and concurrency."})
final class LatencyEval implements Callable<Integer> {
    /** Suffix of the default store folder, changed with the index layout so that an old store is not reused. */
    static final String LAYOUT = "-v5";

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "articles in the store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", defaultValue = "300", description = "measured queries of each kind, after as many warm-up ones (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--concurrency", split = ",", defaultValue = "1", paramLabel = "N[,N...]",
            description = "threads asking at once; each runs --runs queries of each kind and their latencies are pooled;"
                    + " several (1,4) are measured in turn (default: ${DEFAULT-VALUE})")
    List<Integer> concurrency;

    @Option(names = "--store", paramLabel = "DIR", description = "where the synthetic store is kept (default: a folder per size in the temporary directory)")
    Path store;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || concurrency.stream().anyMatch(n -> n < 1)) {
            spec.commandLine().getErr().println("sitrep: --runs and --concurrency must be at least 1");
            return ExitCodes.USAGE;
        }
        Path dir = store != null ? store : Path.of(System.getProperty("java.io.tmpdir"), "sitrep-latency-" + articles + LAYOUT);
        LatencyBenchmark bench = new LatencyBenchmark(dir);
        int have = 0;
        if (Files.isDirectory(dir)) {
            try (StoreSearch s = LuceneStoreSearch.open(dir)) {
                have = s.articleCount();
            } catch (IOException e) {
                have = 0;
            }
        }
        if (have > 0 && !bench.currentLayout()) {
            spec.commandLine().getErr().println("sitrep: the store in " + dir
                    + " was built by an older Sitrep (quotes without context or stances, no events, or speakers not countable); remove it or choose another --store");
            return ExitCodes.USAGE;
        }
        if (have < articles) {
            double seconds = bench.build(articles, out);
            out.printf(Locale.ROOT, "latency: built %,d synthetic articles in %.1f s (%s)%n", articles, seconds, dir);
        } else {
            out.printf(Locale.ROOT, "latency: reusing %,d synthetic articles in %s%n", have, dir);
        }
        long bytes = bench.sizeOnDisk();
        out.printf(Locale.ROOT, "latency: store %,d bytes on disk (%.2f GiB)%n", bytes, bytes / (double) (1L << 30));
        out.flush();
        bench.measure(runs, concurrency, f -> {
            out.println("latency: " + f);
            out.flush();
        });
        return ExitCodes.OK;
    }
}
