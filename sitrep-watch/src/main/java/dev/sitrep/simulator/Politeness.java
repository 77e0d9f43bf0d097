package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a request log against the rules a polite client keeps, and counts what it broke. The rules hold per
 * site: {@code site3.sim} and {@code www.site3.sim} are one server, and a client that splits its queue by host
 * name hits it twice as hard.
 *
 * <ul>
 *   <li><b>Gaps.</b> Successive requests to a site must be at least the site's gap apart, in simulated time
 *       ({@code minGap}) and in real time ({@code minRealGap}). robots.txt is left out on both sides, since
 *       fetching it just before the first page is what a crawler should do.</li>
 *   <li><b>Robots.</b> No request for a path under a disallowed prefix (plain prefixes; robots.txt itself is
 *       always allowed).</li>
 *   <li><b>Back-off.</b> After a 429 or 503 that carried Retry-After, no request to the site until that time
 *       has passed; after one without, none for {@code backOffWithoutRetryAfter} (zero by default: the site
 *       announced nothing, so nothing is counted).</li>
 * </ul>
 *
 * Immutable; build with {@link #builder()} or take the sites' own rules from {@link #forSites(List)}.
 */
public final class Politeness {
    private final Duration minGap;
    private final Duration minRealGap;
    private final Map<String, Duration> siteGaps;
    private final Map<String, Duration> siteRealGaps;
    private final Map<String, List<String>> disallow;
    private final TimeBase backOffIn;
    private final Duration backOffWithoutRetryAfter;

    private Politeness(Builder b) {
        minGap = b.minGap;
        minRealGap = b.minRealGap;
        siteGaps = Map.copyOf(b.siteGaps);
        siteRealGaps = Map.copyOf(b.siteRealGaps);
        Map<String, List<String>> d = new HashMap<>();
        b.disallow.forEach((k, v) -> d.put(k, List.copyOf(v)));
        disallow = Map.copyOf(d);
        backOffIn = b.backOffIn;
        backOffWithoutRetryAfter = b.backOffWithoutRetryAfter;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules the sites themselves state, for a client that reads what it is told: a site's gap is the larger
     * of its {@code Crawl-delay} (only when robots.txt is served) and its rate limit, in the rate limit's time
     * base; its disallowed prefixes are those robots.txt lists, none when robots.txt is missing, and everything
     * when robots.txt answers a server error (RFC 9309: an unreachable robots.txt means complete disallow).
     * Back-off is measured in simulated time.
     */
    public static Politeness forSites(List<SiteSpec> sites) {
        Builder b = builder();
        for (SiteSpec s : sites) {
            Duration gap = Duration.ZERO;
            if (s.robots() == SiteSpec.RobotsMode.SERVED && s.crawlDelay().isPresent()) {
                gap = s.crawlDelay().get();
            }
            if (s.rateLimit().isPresent()) {
                RateLimit limit = s.rateLimit().get();
                if (limit.timeBase() == TimeBase.REAL) {
                    b.minRealGap(s.name(), limit.minGap());
                } else if (limit.minGap().compareTo(gap) > 0) {
                    gap = limit.minGap();
                }
            }
            if (!gap.isZero()) {
                b.minGap(s.name(), gap);
            }
            switch (s.robots()) {
                case SERVED -> s.disallow().forEach(prefix -> b.disallow(s.name(), prefix));
                case ERROR -> b.disallow(s.name(), "/");
                case MISSING -> { }
            }
        }
        return b.build();
    }

    /** The violations in {@code log}, in the order the requests arrived. */
    public Report check(List<RequestLogEntry> log) {
        List<RequestLogEntry> ordered = new ArrayList<>(log);
        ordered.sort(Comparator.comparingLong(RequestLogEntry::nanoTime));
        Map<String, RequestLogEntry> previous = new HashMap<>();
        Map<String, Instant> backOffUntil = new HashMap<>();
        Map<String, Long> backOffUntilNanos = new HashMap<>();
        List<Violation> out = new ArrayList<>();
        for (RequestLogEntry e : ordered) {
            String site = e.site();
            if (site.isEmpty()) {
                continue;
            }
            if (!e.isRobotsTxt()) {
                for (String prefix : disallow.getOrDefault(site, List.of())) {
                    if (e.path().startsWith(prefix)) {
                        out.add(new Violation(Violation.Kind.DISALLOWED, e, "robots.txt disallows " + prefix));
                        break;
                    }
                }
            }
            boolean inBackOff = backOffIn == TimeBase.SIMULATED
                    ? backOffUntil.containsKey(site) && e.simulated().isBefore(backOffUntil.get(site))
                    : backOffUntilNanos.containsKey(site) && e.nanoTime() - backOffUntilNanos.get(site) < 0;
            if (inBackOff) {
                out.add(new Violation(Violation.Kind.DURING_BACK_OFF, e, "the site asked to be left alone until "
                        + (backOffIn == TimeBase.SIMULATED ? backOffUntil.get(site) : "later (real time)")));
            }
            RequestLogEntry last = previous.get(site);
            if (!e.isRobotsTxt() && last != null) {
                Duration sim = Duration.between(last.simulated(), e.simulated());
                Duration need = siteGaps.getOrDefault(site, minGap);
                Duration real = Duration.ofNanos(e.nanoTime() - last.nanoTime());
                Duration needReal = siteRealGaps.getOrDefault(site, minRealGap);
                if (sim.compareTo(need) < 0) {
                    out.add(new Violation(Violation.Kind.TOO_SOON, e, seconds(sim)
                            + " after the previous request in simulated time, " + seconds(need) + " required"));
                } else if (real.compareTo(needReal) < 0) {
                    out.add(new Violation(Violation.Kind.TOO_SOON, e, seconds(real)
                            + " after the previous request in real time, " + seconds(needReal) + " required"));
                }
            }
            if (!e.isRobotsTxt()) {
                previous.put(site, e);
            }
            if (e.status() == 429 || e.status() == 503) {
                Duration wait = e.retryAfter().orElse(backOffWithoutRetryAfter);
                if (!wait.isZero()) {
                    backOffUntil.merge(site, e.simulated().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
                    backOffUntilNanos.merge(site, e.nanoTime() + wait.toNanos(), (a, b) -> a - b > 0 ? a : b);
                }
            }
        }
        return new Report(out);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.3f s",
                d.toNanos() / 1e9);
    }

    /**
     * What {@link #check(List)} found.
     *
     * @param violations every violation, in the order the requests arrived
     */
    public record Report(List<Violation> violations) {
        public Report {
            violations = List.copyOf(violations);
        }

        /** How many violations of {@code kind}. */
        public long count(Violation.Kind kind) {
            return violations.stream().filter(v -> v.kind() == kind).count();
        }

        /** Counts per kind, every kind present (zero where none). */
        public Map<Violation.Kind, Long> counts() {
            Map<Violation.Kind, Long> m = new EnumMap<>(Violation.Kind.class);
            for (Violation.Kind k : Violation.Kind.values()) {
                m.put(k, count(k));
            }
            return m;
        }

        public boolean isClean() {
            return violations.isEmpty();
        }
    }

    /** Builds {@link Politeness} rules; by default nothing is required. */
    public static final class Builder {
        private Duration minGap = Duration.ZERO;
        private Duration minRealGap = Duration.ZERO;
        private final Map<String, Duration> siteGaps = new HashMap<>();
        private final Map<String, Duration> siteRealGaps = new HashMap<>();
        private final Map<String, List<String>> disallow = new HashMap<>();
        private TimeBase backOffIn = TimeBase.SIMULATED;
        private Duration backOffWithoutRetryAfter = Duration.ZERO;

        private Builder() {
        }

        /** The gap in simulated time every site without a gap of its own requires. */
        public Builder minGap(Duration v) { minGap = Objects.requireNonNull(v); return this; }
        /** The gap in simulated time one site requires. */
        public Builder minGap(String site, Duration v) { siteGaps.put(site, Objects.requireNonNull(v)); return this; }
        /** The gap in real time every site without a gap of its own requires. */
        public Builder minRealGap(Duration v) { minRealGap = Objects.requireNonNull(v); return this; }
        /** The gap in real time one site requires. */
        public Builder minRealGap(String site, Duration v) { siteRealGaps.put(site, Objects.requireNonNull(v)); return this; }
        /** A path prefix one site disallows. */
        public Builder disallow(String site, String prefix) {
            disallow.computeIfAbsent(site, k -> new ArrayList<>()).add(prefix);
            return this;
        }
        /** Which clock a Retry-After is counted on (simulated by default). */
        public Builder backOffIn(TimeBase v) { backOffIn = Objects.requireNonNull(v); return this; }
        /** The back-off assumed after a 429 or 503 without Retry-After (zero by default: none). */
        public Builder backOffWithoutRetryAfter(Duration v) { backOffWithoutRetryAfter = Objects.requireNonNull(v); return this; }

        public Politeness build() {
            return new Politeness(this);
        }
    }
}
