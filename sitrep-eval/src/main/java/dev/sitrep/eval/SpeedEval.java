package dev.sitrep.eval;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.pipeline.ParallelAnalyzer;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Whole-pipeline throughput: decode, extraction, cleaning, metadata, entities and quotes over real news pages
 * (the article-extraction-benchmark's HTML), on every core, after a warm-up pass. Prints articles per second,
 * per core, and the mean article length in words, so the figure can be compared with "N articles of about
 * 800 words per second".
 *
 * <p>Next to the wall-clock rate it prints articles per CPU-second of this process (analysis threads, garbage
 * collector and JIT together): on a machine shared with other jobs the wall-clock rate falls with their load,
 * while the CPU-time rate stays put. On an idle machine with {@code T} cores the wall-clock rate is at most
 * {@code T} times the CPU-time rate.
 */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = "Measures whole-pipeline throughput (articles/s) on the article-extraction-benchmark pages.")
public final class SpeedEval implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", description = "analysis threads (default: one per core)")
    int threads = ParallelAnalyzer.defaultThreads();

    @Option(names = "--rounds", description = "measured passes over the pages after one warm-up pass (default 3)")
    int rounds = 3;

    @Option(names = "--text-only", description = "skip entities and quotes")
    boolean textOnly;

    /** One throughput measurement. */
    public record Figures(int articles, double seconds, double cpuSeconds, double meanWords, int threads) {
        public double perSecond() {
            return articles / seconds;
        }

        /** Articles per CPU-second of the whole process; 0 when the JVM cannot tell its CPU time. */
        public double perCpuSecond() {
            return cpuSeconds > 0 ? articles / cpuSeconds : 0;
        }

        public double perSecondPerCore() {
            return perSecond() / threads;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path set = SharedData.dataSet("article-extraction-benchmark").orElse(null);
        if (set == null) {
            spec.commandLine().getErr().println("sitrep: ../shared/data/article-extraction-benchmark not found");
            return 1;
        }
        List<RawDocument> pages = loadPages(set.resolve("html"));
        Figures f = measure(pages, PipelineOptions.builder().textOnly(textOnly).build(), threads, rounds);
        out.printf(Locale.ROOT, "speed %s: %d articles x %d rounds, mean %.0f words, %d threads: %.1f articles/s"
                        + " (%.1f per core), %.1f articles per CPU-second%n",
                textOnly ? "text-only" : "full pipeline", pages.size(), rounds, f.meanWords(), f.threads(),
                f.perSecond(), f.perSecondPerCore(), f.perCpuSecond());
        return 0;
    }

    /** The benchmark's pages as raw HTML documents, read once into memory so disk speed is not measured. */
    public static List<RawDocument> loadPages(Path htmlDir) throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(htmlDir)) {
            for (Path p : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    docs.add(RawDocument.ofFile(p.getFileName().toString(), in.readAllBytes(), MediaKind.HTML));
                }
            }
        }
        return docs;
    }

    /**
     * Runs one warm-up pass, which also counts the words, then {@code rounds} timed passes whose results are
     * only counted, so the timed work is the pipeline's alone. The warm-up's garbage is collected before timing.
     */
    public static Figures measure(List<RawDocument> pages, PipelineOptions options, int threads, int rounds) {
        Pipeline pipeline = new Pipeline(options);
        LongAdder words = new LongAdder();
        LongAdder articles = new LongAdder();
        run(pipeline, pages, threads, r -> {
            if (r instanceof Result.Analyzed a) {
                articles.increment();
                words.add(a.article().text().split("\\s+").length);
            }
        });
        System.gc();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            run(pipeline, pages, threads, result -> { });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu < 0 ? 0 : (processCpuNanos() - cpu) / 1e9;
        int n = pages.size() * rounds;
        return new Figures(n, seconds, cpuSeconds, articles.sum() == 0 ? 0 : (double) words.sum() / articles.sum(),
                threads);
    }

    /** CPU time used so far by every thread of this JVM, or -1 where the platform does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static void run(Pipeline pipeline, List<RawDocument> pages, int threads, Consumer<Result> sink) {
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(pipeline, threads, sink)) {
            pages.forEach(analyzer::accept);
        }
    }
}
