package dev.sitrep.server;

import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides when a request refreshes the store's view: at most once per interval, so that a burst of requests
 * costs one look at the index folder, and a commit made by another process is visible within the interval.
 */
final class Freshness {
    /** How stale a view may be: short against a human, long against a burst of requests. */
    static final Duration DEFAULT = Duration.ofMillis(250);

    private final long intervalNanos;
    private final AtomicLong last = new AtomicLong(System.nanoTime());

    Freshness(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    void maybeRefresh(StoreSearch store) throws IOException {
        long now = System.nanoTime();
        long before = last.get();
        if (now - before >= intervalNanos && last.compareAndSet(before, now)) {
            store.refresh();
        }
    }
}
