package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A ready-made set of sites and the stretch of simulated time to run them for.
 *
 * <pre>{@code
 * Scenario day = Scenario.scriptedDay(Instant.parse("2026-12-05T00:00:00Z"));
 * SimClock clock = new SimClock(day.start());
 * try (NewsSimulator sim = NewsSimulator.start(clock, day.sites(), 7)) { ... }
 * }</pre>
 *
 * @param name   a short label for reports
 * @param start  where the clock should start
 * @param length how long to run
 * @param sites  the sites
 */
public record Scenario(String name, Instant start, Duration length, List<SiteSpec> sites) {
    /** Where {@link #manySites(int, long)} starts its clock. */
    public static final Instant DEFAULT_START = Instant.parse("2026-12-05T00:00:00Z");

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        sites = List.copyOf(sites);
    }

    /**
     * One day of seventeen sites, each with one habit, so that every feature of the simulator shows up once:
     *
     * <pre>
     *  site1  plain, Atom feed, gzipped news sitemap        site10 robots.txt 404
     *  site2  a 5-item feed scrolling every 3 minutes       site11 robots.txt 500
     *  site3  tracking parameters, www. links, AMP pages   site12 article pages trickle
     *  site4  lying ETag and Last-Modified                  site13 short-link redirects, a loop, a PDF
     *  site5  rate limit 30 s with Retry-After              site14 Windows-1252 bytes declared UTF-8
     *  site6  rate limit 60 s without Retry-After           site15 double-encoded UTF-8
     *  site7  503 from 10:00 to 12:00, Retry-After 10 min   site16 never answers
     *  site8  503 from 14:00 to 15:00, no Retry-After       site17 bursts of 6 every 2 hours
     *  site9  Disallow /private/, Crawl-delay 10 s
     * </pre>
     */
    public static Scenario scriptedDay(Instant start) {
        Instant t = Objects.requireNonNull(start, "start");
        int perDay = 72;
        List<SiteSpec> s = new ArrayList<>();
        s.add(site("site1", t, 20, perDay).atom(true).gzipSitemap(true).build());
        s.add(SiteSpec.builder("site2").start(t).articleEvery(Duration.ofMinutes(3)).articles(480).feedSize(5).build());
        s.add(site("site3", t, 30, perDay).trackingParams(true).wwwVariant(true).amp(true).build());
        s.add(site("site4", t, 30, perDay).lyingEtag(true).build());
        s.add(site("site5", t, 30, perDay).rateLimit(Duration.ofSeconds(30), true).crawlDelay(Duration.ofSeconds(30))
                .build());
        s.add(site("site6", t, 30, perDay).rateLimit(Duration.ofSeconds(60), false).build());
        s.add(site("site7", t, 30, perDay).unavailable(t.plus(Duration.ofHours(10)), t.plus(Duration.ofHours(12)),
                Duration.ofMinutes(10)).build());
        s.add(site("site8", t, 30, perDay).unavailable(t.plus(Duration.ofHours(14)), t.plus(Duration.ofHours(15)),
                null).build());
        s.add(site("site9", t, 30, perDay).disallow("/private/").crawlDelay(Duration.ofSeconds(10)).build());
        s.add(site("site10", t, 30, perDay).robots(SiteSpec.RobotsMode.MISSING).build());
        s.add(site("site11", t, 30, perDay).robots(SiteSpec.RobotsMode.ERROR).build());
        s.add(site("site12", t, 45, perDay).trickle(new Trickle(20, Duration.ofMillis(200))).build());
        s.add(site("site13", t, 30, perDay).redirects(true).pdf(true).build());
        s.add(site("site14", t, 40, perDay).mojibake(SiteSpec.Mojibake.WINDOWS_1252).build());
        s.add(site("site15", t, 40, perDay).mojibake(SiteSpec.Mojibake.DOUBLE_UTF8).build());
        s.add(site("site16", t, 60, perDay).neverAnswers(true).build());
        s.add(SiteSpec.builder("site17").start(t).articleEvery(Duration.ofHours(2)).bursts(6).articles(90).backlog(6)
                .build());
        return new Scenario("scripted day", t, Duration.ofDays(1), s);
    }

    /**
     * {@code n} sites for a load run, their habits drawn from {@code seed}: publication every 5 to 120 minutes,
     * feeds of 5 to 50 items, and each habit on a share of the sites (trickling and dead sites on 1 in 100 so
     * that they test timeouts without dominating the run).
     */
    public static Scenario manySites(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one site, not " + n);
        }
        Random r = new Random(seed);
        Instant t = DEFAULT_START;
        List<SiteSpec> s = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            int every = 5 + r.nextInt(116);
            SiteSpec.Builder b = SiteSpec.builder("site" + i).start(t).articleEvery(Duration.ofMinutes(every))
                    .jitter(Duration.ofMinutes(every / 3)).articles(24 * 60 / every + 10).backlog(r.nextInt(10))
                    .feedSize(5 + r.nextInt(46)).atom(r.nextInt(4) == 0).gzipSitemap(r.nextInt(5) == 0)
                    .trackingParams(r.nextInt(4) == 0).wwwVariant(r.nextInt(4) == 0).amp(r.nextInt(3) == 0)
                    .lyingEtag(r.nextInt(10) == 0).redirects(r.nextInt(10) == 0).pdf(r.nextInt(20) == 0);
            if (r.nextInt(5) == 0) {
                b.disallow("/private/").crawlDelay(Duration.ofSeconds(5 + r.nextInt(26)));
            }
            switch (r.nextInt(20)) {
                case 0 -> b.robots(SiteSpec.RobotsMode.MISSING);
                case 1 -> b.robots(SiteSpec.RobotsMode.ERROR);
                default -> { }
            }
            if (r.nextInt(8) == 0) {
                b.rateLimit(Duration.ofSeconds(10 + r.nextInt(50)), r.nextBoolean());
            }
            if (r.nextInt(15) == 0) {
                Instant from = t.plus(Duration.ofMinutes(r.nextInt(20 * 60)));
                b.unavailable(from, from.plus(Duration.ofMinutes(15 + r.nextInt(120))),
                        r.nextBoolean() ? Duration.ofMinutes(5) : null);
            }
            if (r.nextInt(25) == 0) {
                b.mojibake(r.nextBoolean() ? SiteSpec.Mojibake.WINDOWS_1252 : SiteSpec.Mojibake.DOUBLE_UTF8);
            }
            if (r.nextInt(100) == 0) {
                b.trickle(new Trickle(10, Duration.ofMillis(200)));
            }
            if (r.nextInt(100) == 0) {
                b.neverAnswers(true);
            }
            s.add(b.build());
        }
        return new Scenario(n + " sites", t, Duration.ofDays(1), s);
    }

    private static SiteSpec.Builder site(String name, Instant start, int everyMinutes, int perDay) {
        return SiteSpec.builder(name).start(start).articleEvery(Duration.ofMinutes(everyMinutes))
                .jitter(Duration.ofMinutes(everyMinutes / 4)).articles(perDay * 30 / everyMinutes + 10).backlog(5);
    }
}
