package dev.sitrep.watch;

import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * How a {@link Watcher} runs. {@link #builder(Path)} gives the defaults an operator of a news crawler expects.
 *
 * @param dir             the watcher's folder: {@code archive/} (the WARC files of the pages; those of robots.txt,
 *                        feeds, sitemaps and front pages in {@code archive/listings/}), {@code state.json},
 *                        {@code seen}
 * @param clock           the time the watcher goes by (the system clock; a simulated one in tests)
 * @param speed           how many of the clock's seconds pass in one real second (1 unless the clock is
 *                        simulated and runs faster): waits are divided by it
 * @param proxy           an HTTP proxy for every request, or null to connect directly
 * @param archiveBytes    an archive file is closed once it holds this many bytes
 * @param archiveAge      or once it has been open this long
 * @param maxNewPerPoll   at most this many new article URLs are taken from one poll of one listing (the rest
 *                        wait for the next poll), so that a sitemap of a million URLs does not become a million
 *                        fetches at once
 * @param sectionsPerPoll section and tag pages of a front page followed per poll (not stored)
 * @param pageAttempts    fetches of one page before it is given up when the host keeps failing
 * @param maxBytes        the largest body fetched
 * @param deadline        the longest one fetch may take, a slow body included
 */
public record WatchOptions(Path dir, InstantSource clock, double speed, ProxySelector proxy, long archiveBytes,
                           Duration archiveAge, int maxNewPerPoll, int sectionsPerPoll, int pageAttempts,
                           long maxBytes, Duration deadline) {
    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    public Builder toBuilder() {
        Builder b = new Builder(dir);
        b.clock = clock;
        b.speed = speed;
        b.proxy = proxy;
        b.archiveBytes = archiveBytes;
        b.archiveAge = archiveAge;
        b.maxNewPerPoll = maxNewPerPoll;
        b.sectionsPerPoll = sectionsPerPoll;
        b.pageAttempts = pageAttempts;
        b.maxBytes = maxBytes;
        b.deadline = deadline;
        return b;
    }

    Path archiveDir() {
        return dir.resolve("archive");
    }

    Path listingArchiveDir() {
        return archiveDir().resolve("listings");
    }

    Path stateFile() {
        return dir.resolve("state.json");
    }

    Path seenFile() {
        return dir.resolve("seen");
    }

    /** Builds {@link WatchOptions}. */
    public static final class Builder {
        private final Path dir;
        private InstantSource clock = InstantSource.system();
        private double speed = 1;
        private ProxySelector proxy;
        private long archiveBytes = 1L << 30;
        private Duration archiveAge = Duration.ofHours(1);
        private int maxNewPerPoll = 500;
        private int sectionsPerPoll = 3;
        private int pageAttempts = 4;
        private long maxBytes = 16L << 20;
        private Duration deadline = Duration.ofSeconds(30);

        private Builder(Path dir) {
            this.dir = dir;
        }

        public Builder clock(InstantSource clock, double speed) {
            if (!(speed > 0)) {
                throw new IllegalArgumentException("speed must be positive, not " + speed);
            }
            this.clock = clock;
            this.speed = speed;
            return this;
        }

        public Builder proxy(ProxySelector proxy) {
            this.proxy = proxy;
            return this;
        }

        public Builder archive(long bytes, Duration age) {
            this.archiveBytes = bytes;
            this.archiveAge = age;
            return this;
        }

        public Builder maxNewPerPoll(int n) {
            this.maxNewPerPoll = n;
            return this;
        }

        public Builder sectionsPerPoll(int n) {
            this.sectionsPerPoll = n;
            return this;
        }

        public Builder pageAttempts(int n) {
            this.pageAttempts = n;
            return this;
        }

        public Builder maxBytes(long n) {
            this.maxBytes = n;
            return this;
        }

        public Builder deadline(Duration d) {
            this.deadline = d;
            return this;
        }

        public WatchOptions build() {
            return new WatchOptions(dir, clock, speed, proxy, archiveBytes, archiveAge, maxNewPerPoll,
                    sectionsPerPoll, pageAttempts, maxBytes, deadline);
        }
    }
}
