package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the simulator received, as the server saw it: the ground truth for politeness checks. Entries
 * are logged when the answer is decided, before its body is sent, so a trickled answer is logged at its start.
 *
 * @param nanoTime        {@link System#nanoTime()} when the request arrived (compare entries, never wall clocks)
 * @param simulated       the {@link SimClock}'s time when the request arrived
 * @param host            the host asked for, lower case, without a port
 * @param site            the site's name, the same for {@code site3.sim} and {@code www.site3.sim}; empty for a
 *                        host that is no site
 * @param target          the path and query as sent ({@code /feed.xml}, {@code /2026/...-4?utm_source=rss})
 * @param method          the request method
 * @param userAgent       the {@code User-Agent} header, if sent
 * @param ifNoneMatch     the {@code If-None-Match} header, if sent
 * @param ifModifiedSince the {@code If-Modified-Since} header, if sent
 * @param status          the status answered; {@link #NO_ANSWER} for a request the site never answered
 * @param retryAfter      the {@code Retry-After} the answer announced, if any
 */
public record RequestLogEntry(long nanoTime, Instant simulated, String host, String site, String target,
                              String method, Optional<String> userAgent, Optional<String> ifNoneMatch,
                              Optional<String> ifModifiedSince, int status, Optional<Duration> retryAfter) {
    /** The status logged for a request that was accepted and never answered. */
    public static final int NO_ANSWER = 0;

    public RequestLogEntry {
        Objects.requireNonNull(simulated, "simulated");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(ifNoneMatch, "ifNoneMatch");
        Objects.requireNonNull(ifModifiedSince, "ifModifiedSince");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** The target without its query. */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** Whether the request asked for robots.txt, which politeness gaps and rate limits leave out. */
    public boolean isRobotsTxt() {
        return path().equals("/robots.txt");
    }
}
