package dev.sitrep.server.bench;

import dev.sitrep.query.HitMarks;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Query latency of the API's main endpoints over a synthetic store: builds (or reuses) a store of
 * {@link SyntheticCorpus} articles, runs each kind of query with varied arguments after a warm-up, and reports
 * the 50th and 99th percentile in milliseconds, of wall time and of the thread's CPU time. Queries run through {@link StoreSearch}, the layer every
 * endpoint calls; the HTTP layer adds a JSON rendering on top.
 */
public final class LatencyBenchmark {
    /** Articles committed at once while building: few commits, few segments. */
    static final int BUILD_BATCH = 20_000;
    /**
     * CPU time of the measuring thread, reported beside wall time: on a shared machine wall time includes waits
     * for a core, CPU time is what the query itself costs.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One kind of query's latencies. */
    public record Figures(String query, int runs, double p50Millis, double p99Millis, double cpuP50Millis,
                          double cpuP99Millis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s runs %5d  p50 %7.2f ms  p99 %7.2f ms  (cpu p50 %6.2f ms  p99 %6.2f ms)",
                    query, runs, p50Millis, p99Millis, cpuP50Millis, cpuP99Millis);
        }
    }

    private final Path dir;
    private final SyntheticCorpus corpus = new SyntheticCorpus(42);

    public LatencyBenchmark(Path dir) {
        this.dir = dir;
    }

    /**
     * Whether the store in the folder has the current index layout: quote documents carrying their context
     * ({@link StoreFields#QUOTE_CONTEXT}), without which topic queries over quotes would be measured on less.
     */
    public boolean currentLayout() throws IOException {
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return FieldInfos.getMergedFieldInfos(r).fieldInfo(StoreFields.QUOTE_CONTEXT) != null;
        }
    }

    /** Adds synthetic articles until the store holds {@code articles}; returns the seconds it took. */
    public double build(int articles, PrintWriter log) throws IOException {
        long t0 = System.nanoTime();
        try (ArticleStore store = ArticleStore.open(dir, BUILD_BATCH)) {
            for (int i = 0; i < articles; i++) {
                store.add(corpus.article(i));
                if ((i + 1) % BUILD_BATCH == 0) {
                    log.printf(Locale.ROOT, "latency: %,d articles stored%n", i + 1);
                    log.flush();
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Runs every kind of query {@code runs} times (after as many warm-up runs) and returns the figures. */
    public List<Figures> measure(int runs) throws IOException {
        List<Figures> figures = new ArrayList<>();
        try (StoreSearch store = LuceneStoreSearch.open(dir)) {
            Map<String, Query> queries = new LinkedHashMap<>();
            List<String> people = corpus.people();
            queries.put("search", r -> store.search(new SearchRequest(words(r, 2), null, null, null, null, 20), 0, HitMarks.PLAIN));
            queries.put("quotes", r -> store.quotes(new QuoteRequest(null, words(r, 2), null, null, 20), 0));
            queries.put("speaker", r -> store.quotes(new QuoteRequest(pick(r, people), null, null, null, 20), 0));
            queries.put("entities", r -> store.entities(null, null, 0, 20));
            queries.put("entity", r -> store.entity(pick(r, people), 20, RoleLookup.NONE));
            queries.put("timeline", r -> store.timeline(words(r, 1), null, null, 20));
            for (Map.Entry<String, Query> q : queries.entrySet()) {
                SplittableRandom r = new SplittableRandom(7);
                for (int i = 0; i < runs; i++) {
                    q.getValue().run(r);
                }
                long[] nanos = new long[runs];
                long[] cpu = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    q.getValue().run(r);
                    nanos[i] = System.nanoTime() - t0;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                }
                Arrays.sort(nanos);
                Arrays.sort(cpu);
                figures.add(new Figures(q.getKey(), runs, percentile(nanos, 0.50), percentile(nanos, 0.99),
                        percentile(cpu, 0.50), percentile(cpu, 0.99)));
            }
        }
        return figures;
    }

    @FunctionalInterface
    private interface Query {
        Object run(SplittableRandom r) throws IOException;
    }

    private static String words(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Words drawn as the texts draw them: common words often, rare ones seldom, like real queries.
            sb.append(i == 0 ? "" : " ").append(SyntheticCorpus.word(r));
        }
        return sb.toString();
    }

    private static String pick(SplittableRandom r, List<String> names) {
        return names.get(r.nextInt(names.size()));
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }
}
