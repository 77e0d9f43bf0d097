package dev.sitrep.pipeline;

import dev.sitrep.ingest.SourceItem;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a {@link Pipeline} over many source items on several threads while handing results to the sink in
 * input order and on the caller's thread, so output is deterministic and the sink needs no locking.
 *
 * <p>At most {@code 4 × threads} items are in flight: reading never runs far ahead of analysis, so memory
 * stays bounded on a crawl of any size.
 */
public final class ParallelAnalyzer implements AutoCloseable {
    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private final Consumer<? super Result> sink;

    /**
     * @param threads how many items to analyse at once; 1 analyses on the caller's thread
     */
    public ParallelAnalyzer(Pipeline pipeline, int threads, Consumer<? super Result> sink) {
        this.pipeline = pipeline;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-analyze");
            t.setDaemon(true);
            return t;
        }) : null;
        this.window = Math.max(1, threads * 4);
        this.sink = sink;
    }

    /** A thread count that suits this machine: one per available core. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Queues one item; may block while the window is full, delivering earlier results meanwhile. */
    public void accept(SourceItem item) {
        if (pool == null) {
            pipeline.analyze(item, sink);
            return;
        }
        inFlight.add(new InFlight(item.source(), pool.submit(() -> pipeline.analyze(item))));
        while (inFlight.size() >= window) {
            deliverHead();
        }
    }

    /** Delivers every result still in flight. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    private void deliverHead() {
        InFlight head = inFlight.poll();
        List<Result> results;
        try {
            results = head.results().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            // The pipeline turns every throwable into a failed result; should one still escape, it fails this
            // document alone, named, and the batch goes on.
            results = List.of(Result.Failed.of(head.source(), e.getCause()));
        }
        results.forEach(sink);
    }

    /** A document being analysed, with its name for the failure line should its task die. */
    private record InFlight(String source, Future<List<Result>> results) {
    }

    @Override
    public void close() {
        finish();
        if (pool != null) {
            pool.shutdown();
        }
    }
}
