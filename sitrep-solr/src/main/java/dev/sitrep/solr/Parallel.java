package dev.sitrep.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests of one answer sent at once rather than one after the other, each on a virtual thread: a profile's
 * counts, co-mentions and statements do not depend on each other, and the cluster answers them in parallel.
 */
final class Parallel implements AutoCloseable {
    /** One request. */
    @FunctionalInterface
    interface Request<T> {
        T send() throws IOException;
    }

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    /** Starts a request. */
    <T> Future<T> start(Request<T> request) {
        return threads.submit(request::send);
    }

    /** The answer of a started request, with its failure as it was thrown. */
    static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for SolrCloud");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
