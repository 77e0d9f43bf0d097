package dev.sitrep.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * Retries a call to the cluster with exponential back-off, for the failures a cluster has while it heals (a node
 * restarting, a leader being elected, ZooKeeper briefly away); gives up after a time budget with one
 * {@link IOException} line naming what could not be reached. A failure that retrying cannot mend (a query
 * Solr refused as malformed) is not retried.
 *
 * @param budget how long to keep trying
 * @param first  the first pause; each next pause doubles, up to {@code max}
 * @param max    the longest pause
 */
public record Retry(Duration budget, Duration first, Duration max) {
    /** The default: up to two minutes, pausing 0.5 s, 1 s, 2 s … 8 s; a node restart fits in it. */
    public static final Retry DEFAULT = new Retry(Duration.ofMinutes(2), Duration.ofMillis(500), Duration.ofSeconds(8));

    /** One call to the cluster. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    /** The budget given by {@code sitrep.solr.retrySeconds} when set, else {@link #DEFAULT}. */
    public static Retry fromSystemProperties() {
        String s = System.getProperty("sitrep.solr.retrySeconds");
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        return new Retry(Duration.ofSeconds(Long.parseLong(s.strip())), DEFAULT.first(), DEFAULT.max());
    }

    /**
     * Runs {@code call} until it succeeds, it fails in a way retrying cannot mend, or the budget is spent. A
     * request Solr refused as malformed (400) is thrown as the {@link org.apache.solr.common.SolrException} it is.
     *
     * @param what what the call does, for the message ("sending 500 articles to solr://…")
     */
    public <T> T run(String what, Call<T> call) throws IOException {
        long deadline = System.nanoTime() + budget.toNanos();
        Duration pause = first;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return call.run();
            } catch (org.apache.solr.common.SolrException e) {
                if (e.code() == 400) {
                    throw e; // a request Solr refused as malformed: the caller says what was wrong with it
                }
                if (!SolrErrors.transientFailure(e) || System.nanoTime() + pause.toNanos() > deadline) {
                    throw SolrErrors.describe(what, e, attempts);
                }
            } catch (Exception e) {
                if (!SolrErrors.transientFailure(e) || System.nanoTime() + pause.toNanos() > deadline) {
                    throw SolrErrors.describe(what, e, attempts);
                }
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(what + ": interrupted");
            }
            pause = pause.multipliedBy(2).compareTo(max) > 0 ? max : pause.multipliedBy(2);
        }
    }
}
