package dev.sitrep.watch;

import java.util.concurrent.atomic.AtomicLong;

/** What a watcher has done since it started, for the status line and the figures. */
public final class WatchStats {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong notModified = new AtomicLong();
    final AtomicLong listingPolls = new AtomicLong();
    final AtomicLong pages = new AtomicLong();
    final AtomicLong problems = new AtomicLong();
    final AtomicLong recovered = new AtomicLong();

    public long requests() {
        return requests.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long notModified() {
        return notModified.get();
    }

    public long listingPolls() {
        return listingPolls.get();
    }

    public long pages() {
        return pages.get();
    }

    public long problems() {
        return problems.get();
    }

    public long recovered() {
        return recovered.get();
    }
}
