package dev.sitrep.fetch;

import java.net.ProxySelector;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves. Build with {@link #builder(String)}; only the User-Agent is required, since a
 * polite crawler says who it is and how to reach its operator.
 *
 * @param userAgent      the User-Agent header, for example {@code Sitrep/0.1 (+mailto:you@example.org)}
 * @param connectTimeout the longest wait for a TCP connection
 * @param deadline       the longest a whole fetch may take, redirects and body included; a server trickling
 *                       its body cannot hold the fetcher past it
 * @param maxBytes       the cap on a body, as received and as decoded
 * @param maxRedirects   how many redirects are followed before the fetch fails
 * @param proxy          an HTTP proxy, or {@code null}; through a proxy the {@link AddressGuard} is off, as the
 *                       proxy resolves names and decides what may be reached
 * @param clock          the source of the start instants reported and of "now" for Retry-After dates
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration deadline, long maxBytes,
        int maxRedirects, ProxySelector proxy, InstantSource clock) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public FetchOptions {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a User-Agent is required");
        }
        if (!connectTimeout.isPositive() || !deadline.isPositive()) {
            throw new IllegalArgumentException("timeouts must be positive: connect " + connectTimeout
                    + ", deadline " + deadline);
        }
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and about 2 GiB, was " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
        }
        Objects.requireNonNull(clock, "clock");
    }

    public static Builder builder(String userAgent) {
        return new Builder(userAgent);
    }

    /** Defaults as the constants of {@link FetchOptions} say; the system clock; no proxy. */
    public static final class Builder {
        private final String userAgent;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration deadline = DEFAULT_DEADLINE;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private ProxySelector proxy;
        private InstantSource clock = InstantSource.system();

        private Builder(String userAgent) {
            this.userAgent = userAgent;
        }

        public Builder connectTimeout(Duration d) {
            connectTimeout = d;
            return this;
        }

        public Builder deadline(Duration d) {
            deadline = d;
            return this;
        }

        public Builder maxBytes(long n) {
            maxBytes = n;
            return this;
        }

        public Builder maxRedirects(int n) {
            maxRedirects = n;
            return this;
        }

        public Builder proxy(ProxySelector p) {
            proxy = p;
            return this;
        }

        public Builder clock(InstantSource c) {
            clock = c;
            return this;
        }

        public FetchOptions build() {
            return new FetchOptions(userAgent, connectTimeout, deadline, maxBytes, maxRedirects, proxy, clock);
        }
    }
}
