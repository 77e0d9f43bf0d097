package dev.sitrep.server.bench;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.bench.Latencies;
import dev.sitrep.query.bench.QueryMix;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Query latency of the embedded store: builds (or reuses) a store of {@link SyntheticCorpus} articles through
 * {@link ArticleStore#add} (the store's real write path, copy and story decisions included) and measures it with
 * {@link Latencies}, which asks through {@link StoreSearch}, the layer every endpoint calls (the HTTP layer adds a
 * JSON rendering on top). Only the building is particular to the embedded store.
 */
public final class LatencyBenchmark {
    /** Articles committed at once while building: few commits, few segments. */
    static final int BUILD_BATCH = 20_000;

    private final Path dir;
    private final SyntheticCorpus corpus = new SyntheticCorpus(42);

    public LatencyBenchmark(Path dir) {
        this.dir = dir;
    }

    /**
     * Whether the store in the folder has the current index layout: quote documents carrying their context
     * ({@link StoreFields#QUOTE_CONTEXT}), without which topic queries over quotes would be measured on less, and
     * event documents ({@link StoreFields#EVENT_KEY}), without which event listings would find nothing, and speakers
     * as doc values ({@link StoreFields#SPEAKER_ID}), without which statement counts would count none, and statements'
     * stances ({@link StoreFields#QUOTE_STANCE}), without which positions on the default issues would find none.
     */
    public boolean currentLayout() throws IOException {
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            FieldInfos fields = FieldInfos.getMergedFieldInfos(r);
            var speakers = fields.fieldInfo(StoreFields.SPEAKER_ID);
            return fields.fieldInfo(StoreFields.QUOTE_CONTEXT) != null && fields.fieldInfo(StoreFields.EVENT_KEY) != null
                    && fields.fieldInfo(StoreFields.QUOTE_STANCE) != null && speakers != null && speakers.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE;
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

    /** Bytes of the store's files on disk. */
    public long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Runs the {@linkplain QueryMix#synthetic synthetic mix} at each concurrency in turn, {@code runs} questions per
     * thread after as many warm-up ones, over one opened store; each concurrency's figures are reported as soon as
     * they are measured.
     */
    public void measure(int runs, List<Integer> concurrency, Consumer<Latencies.Figures> report) throws IOException {
        try (StoreSearch store = LuceneStoreSearch.open(dir)) {
            QueryMix mix = QueryMix.synthetic(store);
            for (int threads : concurrency) {
                Latencies.measure(store, mix, runs, threads).forEach(report);
            }
        }
    }
}
