package dev.sitrep.store;

import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.Result;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads inputs, analyses them and stores the articles: the work of {@code sitrep ingest}.
 *
 * <pre>
 *  reader thread     SourceReader walks the inputs and hands each document to the pool, waiting while
 *                    {@code 4 × workers} documents are in flight (bounded memory on a large crawl)
 *  analysis pool     {@code workers} threads run the Pipeline, one document each, in any order
 *  calling thread    the single writer: takes results as they come, adds articles to the store (which
 *                    commits every batch), reports failures
 * </pre>
 *
 * Arrival order does not matter: ids come from the text, and the store keeps the first copy it sees.
 */
public final class Ingestion {
    /** End of results; compared by identity, so its own instance (a stage may well return List.of()). */
    private static final List<Result> END = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());

    private final SourceReader reader;
    private final Pipeline pipeline;
    private final int workers;

    /**
     * What one run did.
     *
     * @param documents      documents read from the inputs
     * @param articles       articles the analysis produced from them
     * @param stored         articles newly stored
     * @param alreadyPresent articles whose id was already stored (or seen earlier in this run)
     * @param failed         inputs or records that could not be read or analysed
     */
    public record Summary(int documents, int articles, int stored, int alreadyPresent, int failed) {
        /** One line for stderr. */
        public String describe() {
            return "read %d document%s (%d article%s): %d stored, %d already present, %d failed".formatted(
                    documents, documents == 1 ? "" : "s", articles, articles == 1 ? "" : "s",
                    stored, alreadyPresent, failed);
        }
    }

    public Ingestion(SourceReader reader, Pipeline pipeline, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker, not " + workers);
        }
        this.reader = reader;
        this.pipeline = pipeline;
        this.workers = workers;
    }

    /** Ingests every input into {@code store}; each failure goes to {@code onFailure} on the calling thread. */
    public Summary run(List<String> inputs, ArticleStore store, Consumer<? super ReadFailure> onFailure)
            throws IOException {
        BlockingQueue<List<Result>> results = new ArrayBlockingQueue<>(workers * 4);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sitrep-analysis");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger documents = new AtomicInteger();
        Thread producer = Thread.ofPlatform().name("sitrep-reader").daemon().start(
                () -> produce(inputs, pool, results, documents));
        int articles = 0;
        int stored = 0;
        int present = 0;
        int failed = 0;
        try {
            for (List<Result> batch = take(results); batch != END; batch = take(results)) {
                for (Result r : batch) {
                    switch (r) {
                        case Result.Analyzed a -> {
                            articles++;
                            if (store.add(a.article())) {
                                stored++;
                            } else {
                                present++;
                            }
                        }
                        case Result.Failed f -> {
                            failed++;
                            onFailure.accept(f.failure());
                        }
                    }
                }
            }
            store.commit();
        } finally {
            producer.interrupt();
            pool.shutdownNow();
        }
        return new Summary(documents.get(), articles, stored, present, failed);
    }

    private void produce(List<String> inputs, ExecutorService pool, BlockingQueue<List<Result>> results,
                         AtomicInteger documents) {
        Semaphore inFlight = new Semaphore(workers * 4);
        List<Result> last = END;
        try {
            reader.read(inputs, item -> {
                documents.incrementAndGet();
                acquire(inFlight);
                pool.execute(() -> {
                    try {
                        put(results, analyze(item));
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } catch (CancelledException e) {
            return;
        } catch (RuntimeException e) {
            // SourceReader promises not to throw; if it does, say so and still store what was analysed.
            last = List.of(new Result.Failed(ReadFailure.of(String.join(" ", inputs), "reading stopped: " + e)));
        }
        try {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A slow document; keep waiting, the writer is still draining results.
            }
            if (last != END) {
                results.put(last);
            }
            results.put(END);
        } catch (InterruptedException e) {
            // The writer gave up (store error); nothing left to do.
        }
    }

    /** The pipeline's results for one item; a bug in a stage becomes a failure of that item, not of the run. */
    private List<Result> analyze(SourceItem item) {
        try {
            return pipeline.analyze(item);
        } catch (RuntimeException e) {
            String source = switch (item) {
                case RawDocument d -> d.source();
                case ReadFailure f -> f.source();
            };
            return List.of(new Result.Failed(ReadFailure.of(source, "analysis failed: " + e)));
        }
    }

    private static void acquire(Semaphore s) {
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private static void put(BlockingQueue<List<Result>> q, List<Result> r) {
        try {
            q.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Result> take(BlockingQueue<List<Result>> q) throws IOException {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("ingest interrupted");
        }
    }

    /** Unwinds the reader when the writer has stopped. */
    private static final class CancelledException extends RuntimeException {
        CancelledException() {
            super(null, null, false, false);
        }
    }
}
