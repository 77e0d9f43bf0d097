package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One simulated news site: when it publishes and which habits of real sites it has. Built with
 * {@link #builder(String)}; every habit is off unless asked for, so a plain site is a well-behaved one.
 *
 * <p>A site named {@code site3} answers on {@code site3.sim} and on its alias {@code www.site3.sim}. Its canonical
 * URLs always use the bare host.
 *
 * <p><b>Schedule.</b> Articles come every {@code articleEvery}, each moved later by a random part of
 * {@code jitter}; with {@code burstSize > 1} they come in bursts of that many, 30 seconds apart, one burst per
 * {@code articleEvery}. About {@code backlog} articles (rounded up to whole bursts) are already out when the
 * clock reads {@code start}, the last of them half an interval before; the next comes half an interval after.
 * {@code articles} is the total the site ever publishes. Jitter and a burst's span together stay under half
 * an interval.
 *
 * @param name           the site's name, lower-case letters, digits and hyphens; the host is {@code name + ".sim"}
 * @param start          when the site's schedule begins; absent means the clock's time when the simulator starts
 * @param articleEvery   time between articles (or between bursts)
 * @param jitter         how much later than its slot an article may come
 * @param burstSize      articles per burst, 1 for an even schedule
 * @param articles       how many articles the site publishes in all
 * @param backlog        how many were published before {@code start}
 * @param feedSize       items the RSS and Atom feeds keep (the newest ones)
 * @param atom           whether {@code /atom.xml} is served
 * @param gzipSitemap    whether {@code /news-sitemap.xml.gz} is served and the sitemap index points to it
 * @param trackingParams whether feed links carry {@code ?utm_source=rss&utm_medium=feed}
 * @param wwwVariant     whether feed links use the {@code www.} host (the sitemap keeps the bare one)
 * @param amp            whether article pages have an AMP variant under {@code /amp/}
 * @param lyingEtag      whether the feeds and sitemaps keep one ETag and Last-Modified forever and ignore
 *                       conditional requests (the client sees 200 with unchanged validators over a changed body)
 * @param robots         how robots.txt answers
 * @param disallow       path prefixes robots.txt disallows for every user agent
 * @param crawlDelay     the {@code Crawl-delay} robots.txt announces, if any
 * @param robotsSitemaps whether robots.txt names the sitemap index in a {@code Sitemap:} line
 * @param rateLimit      the site's rate limit, if any
 * @param outages        windows of simulated time in which the site answers 503
 * @param trickle        how article pages trickle, if they do
 * @param redirects      whether the site has short links {@code /r/N} that 301 to article N, and the redirect
 *                       loop {@code /loop/a} ⇄ {@code /loop/b}; the front page links to both
 * @param pdf            whether the front page links a report served as {@code application/pdf}
 * @param mojibake       how article pages garble their encoding
 * @param neverAnswers   whether the site accepts requests and never answers them (until the simulator closes)
 */
public record SiteSpec(String name, Optional<Instant> start, Duration articleEvery, Duration jitter, int burstSize,
                       int articles, int backlog, int feedSize, boolean atom, boolean gzipSitemap,
                       boolean trackingParams, boolean wwwVariant, boolean amp, boolean lyingEtag,
                       RobotsMode robots, List<String> disallow, Optional<Duration> crawlDelay,
                       boolean robotsSitemaps, Optional<RateLimit> rateLimit, List<Outage> outages,
                       Optional<Trickle> trickle, boolean redirects, boolean pdf, Mojibake mojibake,
                       boolean neverAnswers) {

    /** Time between two articles of one burst. */
    static final Duration BURST_SPACING = Duration.ofSeconds(30);

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /** How a site's robots.txt answers. */
    public enum RobotsMode {
        /** 200 with the site's rules. */
        SERVED,
        /** 404: no rules, everything may be fetched. */
        MISSING,
        /** 500: the rules are unknown, and RFC 9309 says to assume everything is disallowed. */
        ERROR
    }

    /** How an article page misrepresents its encoding; every variant declares UTF-8. */
    public enum Mojibake {
        /** Honest UTF-8. */
        NONE,
        /** The bytes are Windows-1252 (characters it lacks become {@code ?}). */
        WINDOWS_1252,
        /** The UTF-8 bytes were read as Windows-1252 and encoded to UTF-8 again ({@code Ã©} for {@code é}). */
        DOUBLE_UTF8
    }

    public SiteSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a site name is a DNS label in lower case, not '" + name + "'");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(articleEvery, "articleEvery");
        Objects.requireNonNull(jitter, "jitter");
        if (articleEvery.isNegative() || articleEvery.isZero()) {
            throw new IllegalArgumentException("articleEvery must be positive, not " + articleEvery);
        }
        if (burstSize < 1 || jitter.isNegative()) {
            throw new IllegalArgumentException("need burstSize >= 1 and jitter >= 0, not " + burstSize + ", " + jitter);
        }
        // a slot's articles stay inside its half of the interval, so that the backlog is out at start and
        // the next slot is not: see Site's schedule
        if (jitter.plus(BURST_SPACING.multipliedBy(burstSize - 1L)).compareTo(articleEvery.dividedBy(2)) >= 0) {
            throw new IllegalArgumentException("jitter " + jitter + " and a burst of " + burstSize
                    + " must fit in less than half of " + articleEvery);
        }
        if (articles < 0 || backlog < 0 || backlog > articles || feedSize < 1) {
            throw new IllegalArgumentException("need 0 <= backlog <= articles and feedSize >= 1, not backlog "
                    + backlog + ", articles " + articles + ", feedSize " + feedSize);
        }
        Objects.requireNonNull(robots, "robots");
        disallow = List.copyOf(disallow);
        for (String prefix : disallow) {
            if (!prefix.startsWith("/")) {
                throw new IllegalArgumentException("a disallowed path starts with '/', not '" + prefix + "'");
            }
        }
        Objects.requireNonNull(crawlDelay, "crawlDelay");
        Objects.requireNonNull(rateLimit, "rateLimit");
        outages = List.copyOf(outages);
        Objects.requireNonNull(trickle, "trickle");
        Objects.requireNonNull(mojibake, "mojibake");
    }

    /** A builder for a well-behaved site publishing every 30 minutes. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The bare host, {@code name.sim}. */
    public String host() {
        return name + ".sim";
    }

    /** The alias host, {@code www.name.sim}. */
    public String wwwHost() {
        return "www." + host();
    }

    /** The name readers see on the front page and in feeds: "Site3 News". */
    public String displayName() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " News";
    }

    /** Builds a {@link SiteSpec}; the defaults describe a plain, polite site. */
    public static final class Builder {
        private final String name;
        private Instant start;
        private Duration articleEvery = Duration.ofMinutes(30);
        private Duration jitter = Duration.ZERO;
        private int burstSize = 1;
        private int articles = 100;
        private int backlog = 5;
        private int feedSize = 20;
        private boolean atom;
        private boolean gzipSitemap;
        private boolean trackingParams;
        private boolean wwwVariant;
        private boolean amp;
        private boolean lyingEtag;
        private RobotsMode robots = RobotsMode.SERVED;
        private final List<String> disallow = new ArrayList<>();
        private Duration crawlDelay;
        private boolean robotsSitemaps = true;
        private RateLimit rateLimit;
        private final List<Outage> outages = new ArrayList<>();
        private Trickle trickle;
        private boolean redirects;
        private boolean pdf;
        private Mojibake mojibake = Mojibake.NONE;
        private boolean neverAnswers;

        private Builder(String name) {
            this.name = name;
        }

        public Builder start(Instant v) { start = v; return this; }
        public Builder articleEvery(Duration v) { articleEvery = v; return this; }
        public Builder jitter(Duration v) { jitter = v; return this; }
        /** Articles in bursts of {@code size}, one burst per {@link #articleEvery}. */
        public Builder bursts(int size) { burstSize = size; return this; }
        public Builder articles(int v) { articles = v; return this; }
        public Builder backlog(int v) { backlog = v; return this; }
        public Builder feedSize(int v) { feedSize = v; return this; }
        public Builder atom(boolean v) { atom = v; return this; }
        public Builder gzipSitemap(boolean v) { gzipSitemap = v; return this; }
        public Builder trackingParams(boolean v) { trackingParams = v; return this; }
        public Builder wwwVariant(boolean v) { wwwVariant = v; return this; }
        public Builder amp(boolean v) { amp = v; return this; }
        public Builder lyingEtag(boolean v) { lyingEtag = v; return this; }
        public Builder robots(RobotsMode v) { robots = v; return this; }
        /** Adds a disallowed path prefix to robots.txt. */
        public Builder disallow(String prefix) { disallow.add(prefix); return this; }
        public Builder crawlDelay(Duration v) { crawlDelay = v; return this; }
        public Builder robotsSitemaps(boolean v) { robotsSitemaps = v; return this; }
        /** A rate limit in simulated time. */
        public Builder rateLimit(Duration minGap, boolean retryAfter) {
            return rateLimit(new RateLimit(minGap, retryAfter, TimeBase.SIMULATED));
        }
        public Builder rateLimit(RateLimit v) { rateLimit = v; return this; }
        /** Adds a 503 window; {@code retryAfter} may be null for a 503 that says nothing about when to return. */
        public Builder unavailable(Instant from, Instant until, Duration retryAfter) {
            outages.add(new Outage(from, until, Optional.ofNullable(retryAfter)));
            return this;
        }
        public Builder trickle(Trickle v) { trickle = v; return this; }
        public Builder redirects(boolean v) { redirects = v; return this; }
        public Builder pdf(boolean v) { pdf = v; return this; }
        public Builder mojibake(Mojibake v) { mojibake = v; return this; }
        public Builder neverAnswers(boolean v) { neverAnswers = v; return this; }

        public SiteSpec build() {
            return new SiteSpec(name, Optional.ofNullable(start), articleEvery, jitter, burstSize, articles, backlog,
                    feedSize, atom, gzipSitemap, trackingParams, wwwVariant, amp, lyingEtag, robots, disallow,
                    Optional.ofNullable(crawlDelay), robotsSitemaps, Optional.ofNullable(rateLimit), outages,
                    Optional.ofNullable(trickle), redirects, pdf, mojibake, neverAnswers);
        }
    }
}
