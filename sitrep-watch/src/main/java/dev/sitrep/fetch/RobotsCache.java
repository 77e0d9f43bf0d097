package dev.sitrep.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The robots.txt rules of each site (scheme, host and port, as RFC 9309 scopes them), parsed by crawler-commons'
 * {@link SimpleRobotRulesParser}.
 *
 * <p>The cache never fetches: the caller asks {@link #cached}, fetches {@link #robotsUri} when nothing usable
 * is there, and hands the outcome to {@link #store} or {@link #storeFailure}. What an outcome means:
 * <ul>
 *   <li>2xx: the file's rules, kept {@link #MAX_AGE} (RFC 9309 asks crawlers not to use a copy older than a
 *       day).</li>
 *   <li>4xx other than 429, and redirects the fetcher gave up on: the site has no robots.txt, so everything is
 *       allowed, also for {@link #MAX_AGE}.</li>
 *   <li>429, 5xx and network failures: the site is unreachable, so nothing is allowed for now; the verdict is
 *       kept only {@link #RETRY_UNREACHABLE}, after which the caller tries again. (RFC 9309 treats 429 as
 *       a 4xx; a site that says "too many requests" is asked again later rather than crawled at once.)</li>
 * </ul>
 * A Crawl-delay is honoured up to {@link #MAX_CRAWL_DELAY}; a site asking for more is visited at that pace
 * rather than dropped, since news that waits hours is no longer news.
 *
 * <p>The cache holds at most a fixed number of sites, forgetting the least recently used. It is thread-safe.
 */
public final class RobotsCache {
    /** How long the rules of a fetched robots.txt (or of a missing one) are used. */
    public static final Duration MAX_AGE = Duration.ofHours(24);
    /** How long "unreachable, nothing allowed" stands before robots.txt is fetched again. */
    public static final Duration RETRY_UNREACHABLE = Duration.ofHours(1);
    /** The longest Crawl-delay honoured. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(120);
    /** The default number of sites kept. */
    public static final int DEFAULT_MAX_SITES = 10_000;

    private record Verdict(BaseRobotRules rules, Instant expires) {
    }

    private final InstantSource clock;
    private final Map<String, Verdict> sites;

    public RobotsCache(InstantSource clock) {
        this(clock, DEFAULT_MAX_SITES);
    }

    public RobotsCache(InstantSource clock, int maxSites) {
        if (maxSites < 1) {
            throw new IllegalArgumentException("maxSites must be positive, was " + maxSites);
        }
        this.clock = clock;
        this.sites = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
                return size() > maxSites;
            }
        };
    }

    /** The robots.txt URL that governs {@code uri}. */
    public static URI robotsUri(URI uri) {
        return URI.create(site(uri) + "/robots.txt");
    }

    /** The rules for {@code uri}'s site, when a verdict is stored and not yet expired. */
    public synchronized Optional<BaseRobotRules> cached(URI uri) {
        Verdict e = sites.get(site(uri));
        if (e == null || !clock.instant().isBefore(e.expires)) {
            return Optional.empty();
        }
        return Optional.of(e.rules);
    }

    /**
     * Records the outcome of fetching {@code uri}'s robots.txt.
     *
     * @param status         the HTTP status of the (final) response
     * @param body           the body of that response; only read for 2xx, may be {@code null} otherwise
     * @param userAgentToken the product token the rules are read for, for example {@code sitrep}
     */
    public void store(URI uri, int status, byte[] body, String userAgentToken) {
        BaseRobotRules rules;
        Duration keep = MAX_AGE;
        if (status >= 200 && status < 300) {
            rules = parse(robotsUri(uri), body == null ? new byte[0] : body, userAgentToken);
        } else if (status == 429 || status >= 500) {
            rules = unreachable();
            keep = RETRY_UNREACHABLE;
        } else {
            rules = new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
        }
        put(uri, rules, keep);
    }

    /**
     * Records what fetching {@code uri}'s robots.txt with a {@link Fetcher} gave. Besides the statuses, as
     * {@link #store(URI, int, byte[], String)} reads them: a redirect loop or chain too long means "no
     * robots.txt" (RFC 9309, section 2.3.1.2); a 304 keeps the last rules (expired or not) another {@link #MAX_AGE}; any
     * other failure, a refused address included, means unreachable.
     */
    public void store(URI uri, FetchResult result, String userAgentToken) {
        switch (result) {
            case FetchResult.Fetched f -> store(uri, f.status(), f.body(), userAgentToken);
            case FetchResult.HttpError e -> store(uri, e.status(), null, userAgentToken);
            case FetchResult.NotModified n -> {
                Optional<BaseRobotRules> previous = previous(uri);
                put(uri, previous.orElseGet(RobotsCache::unreachable),
                        previous.isPresent() ? MAX_AGE : RETRY_UNREACHABLE);
            }
            case FetchResult.Failed f when f.cause() == FetchResult.Cause.TOO_MANY_REDIRECTS
                    || f.cause() == FetchResult.Cause.REDIRECT_LOOP ->
                    put(uri, new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), MAX_AGE);
            case FetchResult.Failed f -> storeFailure(uri);
        }
    }

    /** Records that robots.txt for {@code uri} could not be fetched at all (timeout, refused connection…). */
    public void storeFailure(URI uri) {
        put(uri, unreachable(), RETRY_UNREACHABLE);
    }

    /**
     * Whether {@code uri} may be fetched. Without a current verdict for its site the answer is {@code false}:
     * the caller fetches robots.txt first. The robots.txt URL itself is always allowed.
     */
    public boolean allowed(URI uri) {
        if ("/robots.txt".equals(uri.getRawPath()) && uri.getRawQuery() == null) {
            return true;
        }
        return cached(uri).map(r -> r.isAllowed(uri.toString())).orElse(false);
    }

    /** The Crawl-delay of {@code uri}'s site, capped at {@link #MAX_CRAWL_DELAY}; zero when none is known. */
    public Duration crawlDelay(URI uri) {
        long millis = cached(uri).map(BaseRobotRules::getCrawlDelay).orElse(BaseRobotRules.UNSET_CRAWL_DELAY);
        if (millis <= 0) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofMillis(millis);
        return d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d;
    }

    /** The Sitemap lines of {@code uri}'s robots.txt, in file order; empty when none is known. */
    public List<String> sitemaps(URI uri) {
        return cached(uri).map(r -> List.copyOf(r.getSitemaps())).orElse(List.of());
    }

    private synchronized Optional<BaseRobotRules> previous(URI uri) {
        return Optional.ofNullable(sites.get(site(uri))).map(Verdict::rules);
    }

    private synchronized void put(URI uri, BaseRobotRules rules, Duration keep) {
        sites.put(site(uri), new Verdict(rules, clock.instant().plus(keep)));
    }

    private static BaseRobotRules parse(URI robots, byte[] body, String userAgentToken) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // the parser would turn a long Crawl-delay into "allow none"; the delay is capped here instead
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        String token = userAgentToken.strip().toLowerCase(Locale.ROOT);
        return parser.parseContent(robots.toString(), body, "text/plain", List.of(token));
    }

    private static BaseRobotRules unreachable() {
        SimpleRobotRules rules = new SimpleRobotRules(RobotRulesMode.ALLOW_NONE);
        rules.setDeferVisits(true);
        return rules;
    }

    /** {@code scheme://host[:port]}, lowercase, with the default port left out. */
    private static String site(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
