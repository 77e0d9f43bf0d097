package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A window of simulated time in which every URL of a site, robots.txt included, answers 503 Service
 * Unavailable: the maintenance hour or the overloaded night that real sites have.
 *
 * @param from       first instant of the window (inclusive)
 * @param until      end of the window (exclusive)
 * @param retryAfter the {@code Retry-After} the 503 announces; absent when the site says nothing about when to
 *                   come back
 */
public record Outage(Instant from, Instant until, Optional<Duration> retryAfter) {
    public Outage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("an outage must end after it starts: " + from + " .. " + until);
        }
        if (retryAfter.isPresent() && retryAfter.get().isNegative()) {
            throw new IllegalArgumentException("Retry-After cannot be negative: " + retryAfter.get());
        }
    }

    /** Whether {@code t} falls inside the window. */
    public boolean covers(Instant t) {
        return !t.isBefore(from) && t.isBefore(until);
    }
}
