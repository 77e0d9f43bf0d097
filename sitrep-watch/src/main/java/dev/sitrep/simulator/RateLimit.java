package dev.sitrep.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast a site lets one client in: a request that comes sooner than {@code minGap} after the last request
 * the site served is answered 429 Too Many Requests. robots.txt is exempt, as most servers exempt it.
 *
 * @param minGap     the shortest gap between served requests to the site (its bare and {@code www.} hosts together)
 * @param retryAfter whether the 429 carries {@code Retry-After} (the whole seconds left until the gap has passed,
 *                   at least 1); sites without it leave the client to guess
 * @param timeBase   which clock the gap is measured on
 */
public record RateLimit(Duration minGap, boolean retryAfter, TimeBase timeBase) {
    public RateLimit {
        Objects.requireNonNull(minGap, "minGap");
        Objects.requireNonNull(timeBase, "timeBase");
        if (minGap.isNegative() || minGap.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive gap, not " + minGap);
        }
    }
}
