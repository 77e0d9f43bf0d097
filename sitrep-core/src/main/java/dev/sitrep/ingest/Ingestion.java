package dev.sitrep.ingest;

import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.Result;
import dev.sitrep.stores.StoreWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads inputs, analyses them and stores the articles: the work of {@code sitrep ingest}.
 *
 * <pre>
 *  reader thread     SourceReader walks the inputs; each document goes to the pool and its pending result
 *                    joins a queue in input order, which holds at most {@code 4 × workers} (bounded memory)
 *  analysis pool     {@code workers} threads run the Pipeline, one document each
 *  calling thread    the single writer: takes the results in input order, adds articles to the store (which
 *                    commits every batch), reports failures and progress
 * </pre>
 *
 * Results are stored in input order whatever the number of workers, so a run is deterministic: the same
 * inputs give the same copies and stories, and a run that was killed and is started again continues exactly
 * where the last commit left it (the articles already stored are skipped).
 *
 * <p>Nothing a document does stops the run: the pipeline turns every throwable into a failure of that
 * document, and a document still running long after its time budget is given up as a failure (its thread is
 * left to finish; Java cannot stop it safely). A failure of the store itself (disk full, lock lost, cluster gone) ends the
 * run with an exception, after which the store holds exactly its last commit.
 */
public final class Ingestion {
    /** How long past its budget a document may run before the writer stops waiting for it. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final SourceReader reader;
    private final Pipeline pipeline;
    private final int workers;
    /** When not null, the writer also commits once this long has passed with articles not yet committed. */
    private final Duration commitInterval;

    /**
     * Where documents come from: the file readers for {@code ingest}, a watcher for {@code watch}. {@code read}
     * hands every document or failure to the sink, in the order they are to be stored, and returns when there
     * are no more; it runs on a thread of its own and is interrupted when the writer stops early.
     */
    @FunctionalInterface
    public interface Documents {
        void read(Consumer<? super SourceItem> sink);
    }

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

    /**
     * Where a run stands, handed to a progress listener on the writing thread after every document.
     *
     * @param documents documents read so far (the reader runs ahead of the writer by at most the queue)
     * @param done      documents whose results were handled
     * @param articles  articles handled
     * @param stored    articles newly stored
     * @param committed of those, how many a commit has made durable
     * @param failed    failures so far
     * @param nanos     time since the run started
     */
    public record Progress(int documents, int done, int articles, int stored, int committed, int failed, long nanos) {
        /** Documents per second since the start. */
        public double rate() {
            return nanos <= 0 ? 0 : done * 1e9 / nanos;
        }
    }

    public Ingestion(SourceReader reader, Pipeline pipeline, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker, not " + workers);
        }
        this.reader = reader;
        this.pipeline = pipeline;
        this.workers = workers;
        this.commitInterval = null;
    }

    private Ingestion(Ingestion base, Duration commitInterval) {
        this.reader = base.reader;
        this.pipeline = base.pipeline;
        this.workers = base.workers;
        this.commitInterval = commitInterval;
    }

    /**
     * The same ingestion, committing as well whenever {@code interval} has passed since the last commit with
     * articles waiting, even while no document arrives: what a long-running source needs so that what it
     * fetched becomes searchable within seconds rather than at the next full batch.
     */
    public Ingestion committingEvery(Duration interval) {
        return new Ingestion(this, interval);
    }

    /** Ingests every input into {@code store}; each failure goes to {@code onFailure} on the calling thread. */
    public Summary run(List<String> inputs, StoreWriter store, Consumer<? super ReadFailure> onFailure)
            throws IOException {
        return run(inputs, store, onFailure, p -> { });
    }

    /**
     * Ingests every input into {@code store}; failures go to {@code onFailure} and progress to
     * {@code onProgress}, both on the calling thread.
     */
    public Summary run(List<String> inputs, StoreWriter store, Consumer<? super ReadFailure> onFailure,
                       Consumer<? super Progress> onProgress) throws IOException {
        return run(new Documents() {
            @Override
            public void read(Consumer<? super SourceItem> sink) {
                reader.read(inputs, sink);
            }

            @Override
            public String toString() {
                return String.join(" ", inputs);
            }
        }, store, onFailure, onProgress);
    }

    /**
     * Ingests every document {@code documents} hands on into {@code store}; failures go to {@code onFailure} and
     * progress to {@code onProgress}, both on the calling thread. A progress whose {@code committed} equals its
     * {@code stored} says that every document handled so far is durable.
     */
    public Summary run(Documents documents, StoreWriter store, Consumer<? super ReadFailure> onFailure,
                       Consumer<? super Progress> onProgress) throws IOException {
        long start = System.nanoTime();
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(workers * 4);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sitrep-analysis");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger count = new AtomicInteger();
        Thread producer = Thread.ofPlatform().name("sitrep-reader").daemon().start(
                () -> produce(documents, pool, queue, count));
        long wait = pipeline.options().limits().timeBudget().plus(GRACE).toMillis();
        int done = 0;
        int articles = 0;
        int stored = 0;
        int present = 0;
        int failed = 0;
        long lastCommit = System.nanoTime();
        try {
            for (Pending p = next(queue, store, lastCommit); p != Pending.END; p = next(queue, store, lastCommit)) {
                if (p == Pending.IDLE) {
                    store.commit();
                    lastCommit = System.nanoTime();
                    onProgress.accept(new Progress(count.get(), done, articles, stored, stored, failed,
                            System.nanoTime() - start));
                    continue;
                }
                for (Result r : p.await(wait)) {
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
                done++;
                if (store.uncommitted() == 0) {
                    lastCommit = System.nanoTime(); // the store committed a full batch
                }
                onProgress.accept(new Progress(count.get(), done, articles, stored,
                        stored - store.uncommitted(), failed, System.nanoTime() - start));
            }
            store.commit();
        } finally {
            producer.interrupt();
            pool.shutdownNow();
        }
        onProgress.accept(new Progress(count.get(), done, articles, stored, stored, failed, System.nanoTime() - start));
        return new Summary(count.get(), articles, stored, present, failed);
    }

    /**
     * The next document's results; with a commit interval, {@link Pending#IDLE} when the interval has passed
     * with articles waiting to be committed.
     */
    private Pending next(BlockingQueue<Pending> queue, StoreWriter store, long lastCommit) throws IOException {
        if (commitInterval == null) {
            return take(queue);
        }
        while (true) {
            long due = lastCommit + commitInterval.toNanos() - System.nanoTime();
            if (store.uncommitted() > 0 && due <= 0) {
                return Pending.IDLE;
            }
            try {
                Pending p = queue.poll(store.uncommitted() > 0 ? due : commitInterval.toNanos(),
                        TimeUnit.NANOSECONDS);
                if (p != null) {
                    return p;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("ingest interrupted");
            }
        }
    }

    private void produce(Documents inputs, ExecutorService pool, BlockingQueue<Pending> queue,
                         AtomicInteger documents) {
        try {
            inputs.read(item -> {
                documents.incrementAndGet();
                Future<List<Result>> f = item instanceof ReadFailure failure
                        ? CompletableFuture.completedFuture(List.of(new Result.Failed(failure)))
                        : pool.submit(() -> analyze(item));
                put(queue, new Pending(item.source(), f));
            });
        } catch (CancelledException e) {
            return;
        } catch (Throwable e) { // NOPMD: SourceReader promises not to throw; if it does, say so and keep what was read
            put(queue, new Pending(inputs.toString(), CompletableFuture.completedFuture(List.of(
                    new Result.Failed(ReadFailure.of(inputs.toString(), "reading stopped: " + e))))));
        }
        try {
            queue.put(Pending.END);
        } catch (InterruptedException e) {
            // The writer gave up (store error); nothing left to do.
        }
    }

    /** The pipeline's results for one item; whatever escapes it becomes a failure of that item, not of the run. */
    private List<Result> analyze(SourceItem item) {
        try {
            return pipeline.analyze(item);
        } catch (Throwable e) { // NOPMD: the pipeline promises not to throw; an Error must still not be lost
            return List.of(Result.Failed.of(sourceOf(item), e));
        }
    }

    private static String sourceOf(SourceItem item) {
        return switch (item) {
            case RawDocument d -> d.source();
            case ReadFailure f -> f.source();
        };
    }

    /** One document's results to come, in input order. */
    private record Pending(String source, Future<List<Result>> results) {
        static final Pending END = new Pending("", CompletableFuture.completedFuture(List.of()));
        /** Not a document: the writer's turn to commit. */
        static final Pending IDLE = new Pending("", CompletableFuture.completedFuture(List.of()));

        /** The results, or a failure naming the document when it ran far past its budget or its task died. */
        List<Result> await(long millis) throws java.io.InterruptedIOException {
            try {
                return results.get(millis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                results.cancel(true);
                return List.of(new Result.Failed(ReadFailure.of(source,
                        "analysis stopped after " + millis / 1000 + " s (the document did not stop at its budget)")));
            } catch (ExecutionException e) {
                return List.of(Result.Failed.of(source, e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("ingest interrupted");
            }
        }
    }

    private static void put(BlockingQueue<Pending> q, Pending p) {
        try {
            q.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private static Pending take(BlockingQueue<Pending> q) throws IOException {
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
