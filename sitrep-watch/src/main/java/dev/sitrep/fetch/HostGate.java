package dev.sitrep.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Politeness per host: who may send the next request, and when.
 *
 * <p>The contract for one request: {@link #tryAcquire} (refused while the host has a request in flight, is
 * inside its delay, or is backing off), the request, {@link #release}, then {@link #success} or one of the
 * {@code backOff} methods depending on the answer. Hosts are named by {@link #key}: the authority
 * {@code host:port}, lowercase, so http and https of one server share a gate.
 *
 * <p>The rules:
 * <ul>
 *   <li>One request in flight per host.</li>
 *   <li>Between the end of one request and the start of the next: the larger of the host's delay
 *       ({@link #DEFAULT_DELAY} unless {@link #setDelay} says otherwise) and its robots.txt Crawl-delay
 *       ({@link #setCrawlDelay}).</li>
 *   <li>After a 429 or 503 with Retry-After, nothing until that time ({@link #backOff(String, Duration)},
 *       at most {@link #MAX_RETRY_AFTER}, so a far-future date cannot silence a host forever).</li>
 *   <li>After other failures, exponential back-off with full jitter ({@link #backOff(String)}): a wait drawn
 *       uniformly from zero to {@code min(BACKOFF_CAP, BACKOFF_BASE * 2^(failures - 1))}, so that hosts that
 *       failed together are not retried together. A success resets the count.</li>
 * </ul>
 * The gate keeps one small entry per host it has seen. It is thread-safe.
 */
public final class HostGate {
    /** The pause between two requests to one host unless the host is given another. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(5);
    /** The ceiling of the first back-off wait. */
    public static final Duration BACKOFF_BASE = Duration.ofSeconds(30);
    /** The largest back-off ceiling, reached after about ten consecutive failures. */
    public static final Duration BACKOFF_CAP = Duration.ofHours(6);
    /** The longest Retry-After obeyed as given. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private static final class Host {
        Duration delay;
        Duration crawlDelay = Duration.ZERO;
        boolean inFlight;
        Instant lastEnd = Instant.MIN;
        Instant backOffUntil = Instant.MIN;
        int failures;

        Host(Duration delay) {
            this.delay = delay;
        }
    }

    private final InstantSource clock;
    private final Duration defaultDelay;
    private final RandomGenerator random;
    private final Map<String, Host> hosts = new HashMap<>();

    /** A gate with {@link #DEFAULT_DELAY} and an unseeded jitter. */
    public HostGate(InstantSource clock) {
        this(clock, DEFAULT_DELAY, new Random());
    }

    /** A gate with its own default delay and jitter source (seed it for repeatable tests). */
    public HostGate(InstantSource clock, Duration defaultDelay, RandomGenerator random) {
        if (defaultDelay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + defaultDelay);
        }
        this.clock = clock;
        this.defaultDelay = defaultDelay;
        this.random = random;
    }

    /**
     * The gate key of {@code uri}: its host, lowercase and without a leading {@code www.}, and its port when it
     * is not the scheme's default. {@code www.example.com} and {@code example.com}, over http or https, are
     * almost always one server, and a polite client spaces its requests to that server, not to each name.
     */
    public static String key(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.") && host.indexOf('.', 4) > 0) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        boolean standard = port < 0 || port == ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        return standard ? host : host + ":" + port;
    }

    /** Sets the pause between requests to {@code host}, replacing the default. */
    public synchronized void setDelay(String host, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay + " for " + host);
        }
        host(host).delay = delay;
    }

    /** Sets the robots.txt Crawl-delay of {@code host}; the larger of it and the delay applies. */
    public synchronized void setCrawlDelay(String host, Duration crawlDelay) {
        host(host).crawlDelay = crawlDelay.isNegative() ? Duration.ZERO : crawlDelay;
    }

    /**
     * Takes {@code host}'s single slot when it is free and the host may be asked now.
     *
     * @return whether the caller may send the request; if so it must call {@link #release} afterwards
     */
    public synchronized boolean tryAcquire(String host) {
        Host h = host(host);
        if (h.inFlight || clock.instant().isBefore(nextAllowed(h))) {
            return false;
        }
        h.inFlight = true;
        return true;
    }

    /** Ends the request in flight to {@code host}; the delay counts from now. */
    public synchronized void release(String host) {
        Host h = host(host);
        if (!h.inFlight) {
            throw new IllegalStateException("no request in flight to " + host);
        }
        h.inFlight = false;
        h.lastEnd = clock.instant();
    }

    /** Whether a request to {@code host} is in flight. */
    public synchronized boolean inFlight(String host) {
        return host(host).inFlight;
    }

    /** Records a successful answer from {@code host}: the failure count and any back-off are cleared. */
    public synchronized void success(String host) {
        Host h = host(host);
        h.failures = 0;
        h.backOffUntil = Instant.MIN;
    }

    /**
     * Backs off after a failure that carried a Retry-After of {@code retryAfter} (see {@link #parseRetryAfter}).
     * A {@code null} wait falls back to {@link #backOff(String)}.
     *
     * @return the instant before which {@code host} is not asked again
     */
    public synchronized Instant backOff(String host, Duration retryAfter) {
        if (retryAfter == null) {
            return backOff(host);
        }
        Host h = host(host);
        h.failures++;
        Duration wait = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        return extend(h, wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    /**
     * Backs off after a failure without Retry-After (timeout, refused connection, 5xx), exponentially with full
     * jitter.
     *
     * @return the instant before which {@code host} is not asked again
     */
    public synchronized Instant backOff(String host) {
        Host h = host(host);
        h.failures++;
        long ceiling = BACKOFF_CAP.toMillis();
        if (h.failures <= 30) { // beyond that 2^n overflows, and the cap was reached long before
            ceiling = Math.min(ceiling, BACKOFF_BASE.toMillis() << (h.failures - 1));
        }
        return extend(h, Duration.ofMillis(random.nextLong(ceiling + 1)));
    }

    /** The consecutive failures of {@code host} since its last success. */
    public synchronized int failures(String host) {
        return host(host).failures;
    }

    /**
     * The earliest instant at which {@code host} may be asked, from its delay, Crawl-delay and back-off. A
     * request in flight is not counted: {@link #tryAcquire} also waits for it to end.
     */
    public synchronized Instant nextAllowed(String host) {
        return nextAllowed(host(host));
    }

    /**
     * The wait a Retry-After header asks for, relative to {@code now}: delta-seconds or an HTTP-date (RFC 9110,
     * section 10.2.3). A date in the past means zero.
     *
     * @return the wait, or empty when {@code value} is absent or neither form
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // more digits than a long holds is still a clear "a very long time"
            return Optional.of(v.length() > 12 ? Duration.ofSeconds(999_999_999_999L) : Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an unreadable header is the same as none; the caller backs off by itself
        }
    }

    private Instant extend(Host h, Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(h.backOffUntil)) {
            h.backOffUntil = until;
        }
        return h.backOffUntil;
    }

    private static Instant nextAllowed(Host h) {
        Duration pause = h.delay.compareTo(h.crawlDelay) >= 0 ? h.delay : h.crawlDelay;
        Instant afterPause = h.lastEnd.equals(Instant.MIN) ? Instant.MIN : h.lastEnd.plus(pause);
        return afterPause.isAfter(h.backOffUntil) ? afterPause : h.backOffUntil;
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(defaultDelay));
    }
}
