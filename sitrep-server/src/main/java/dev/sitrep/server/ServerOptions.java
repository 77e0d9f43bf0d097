package dev.sitrep.server;

import java.time.Duration;
import java.util.List;

/**
 * How {@link SitrepServer} guards itself: which Host names it answers to, and how many requests it runs at
 * once. The connection-level bounds (timeouts for slow clients, header sizes) are JVM-wide and live in
 * {@link HttpLimits}.
 *
 * @param allowedHosts  Host names (without port) accepted besides the bound address and, on loopback, the
 *                      loopback names; for a deployment behind a proxy that forwards its public name
 * @param maxConcurrent requests answered at once; more wait for a slot
 * @param queueWait     how long a request waits for a slot before a 503 with Retry-After
 */
public record ServerOptions(List<String> allowedHosts, int maxConcurrent, Duration queueWait) {
    /** The defaults: no extra hosts, four requests per core (at least 8), a 2-second queue. */
    public static final ServerOptions DEFAULTS = new ServerOptions(List.of(),
            Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(2));

    public ServerOptions {
        allowedHosts = List.copyOf(allowedHosts);
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, not " + maxConcurrent);
        }
    }

    /** These options with {@code hosts} accepted as Host names too. */
    public ServerOptions withAllowedHosts(List<String> hosts) {
        return new ServerOptions(hosts, maxConcurrent, queueWait);
    }

    /** These options with another concurrency bound and queue wait. */
    public ServerOptions withConcurrency(int max, Duration wait) {
        return new ServerOptions(allowedHosts, max, wait);
    }
}
