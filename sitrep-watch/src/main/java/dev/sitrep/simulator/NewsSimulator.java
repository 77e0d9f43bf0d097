package dev.sitrep.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Many simulated news sites behind one HTTP proxy on 127.0.0.1. A client sends its requests through
 * {@link #proxy()} and asks for {@code http://site3.sim/feed.xml} as if the site were real; what each site
 * shows depends on the {@link SimClock}, which the caller moves.
 *
 * <pre>{@code
 * SimClock clock = new SimClock(Instant.parse("2026-12-05T06:00:00Z"));
 * try (NewsSimulator sim = NewsSimulator.start(clock, List.of(SiteSpec.builder("site1").feedSize(10).build()), 42)) {
 *     HttpClient client = HttpClient.newBuilder().proxy(sim.proxy()).build();
 *     ... fetch, clock.advance(Duration.ofMinutes(15)), fetch again ...
 *     Politeness.Report report = sim.politeness().check(sim.requests());
 *     List<PublishedArticle> truth = sim.published();
 * }
 * }</pre>
 *
 * <p>Only plain {@code http://} is simulated: a proxied {@code https://} request would be a CONNECT tunnel,
 * which the JDK's server does not offer. Each request runs on its own virtual thread, so a trickled or
 * withheld answer costs a parked thread and never holds up the other sites.
 *
 * <p>Headers are real except for one: {@code Date} is the machine's time, written by the JDK's server, while
 * every date in a body, Last-Modified included, is simulated time.
 */
public final class NewsSimulator implements AutoCloseable {
    private final SimClock clock;
    private final List<SiteSpec> specs;
    private final List<Site> sites;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Dispatcher dispatcher;
    private final CountDownLatch closing = new CountDownLatch(1);

    private NewsSimulator(SimClock clock, List<SiteSpec> specs, long seed) throws IOException {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.specs = List.copyOf(specs);
        Instant start = clock.instant();
        Map<String, Site> byHost = new LinkedHashMap<>();
        List<Site> all = new ArrayList<>();
        for (SiteSpec spec : this.specs) {
            Site site = new Site(spec, start, seed);
            if (byHost.putIfAbsent(spec.host(), site) != null) {
                throw new IllegalArgumentException("two sites are named " + spec.name());
            }
            byHost.put(spec.wwwHost(), site);
            all.add(site);
        }
        this.sites = List.copyOf(all);
        this.dispatcher = new Dispatcher(clock, Map.copyOf(byHost), closing);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", dispatcher);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a simulator serving {@code sites} on an ephemeral port of 127.0.0.1. Sites without a start of
     * their own begin at the clock's current time.
     *
     * @param seed fixes every schedule's jitter and every article's text: one seed, one news day
     * @throws IllegalArgumentException if two sites share a name
     */
    public static NewsSimulator start(SimClock clock, List<SiteSpec> sites, long seed) throws IOException {
        return new NewsSimulator(clock, sites, seed);
    }

    /** The port the proxy listens on, on 127.0.0.1. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** A proxy selector that sends every request to the simulator. */
    public ProxySelector proxy() {
        return ProxySelector.of(new InetSocketAddress(server.getAddress().getAddress(), port()));
    }

    public SimClock clock() {
        return clock;
    }

    /** The sites as configured. */
    public List<SiteSpec> sites() {
        return specs;
    }

    /** Every request so far, in the order the answers were decided. A copy: later requests do not appear in it. */
    public List<RequestLogEntry> requests() {
        return dispatcher.log();
    }

    /** Every article visible at the clock's current time, all sites, oldest first. */
    public List<PublishedArticle> published() {
        return publishedUntil(clock.instant());
    }

    /** Every article published at or before {@code until}, all sites, oldest first (then by site and number). */
    public List<PublishedArticle> publishedUntil(Instant until) {
        List<PublishedArticle> out = new ArrayList<>();
        for (Site site : sites) {
            int n = site.visible(until);
            for (int i = 0; i < n; i++) {
                out.add(site.article(i));
            }
        }
        out.sort(Comparator.comparing(PublishedArticle::published).thenComparing(PublishedArticle::site)
                .thenComparingInt(PublishedArticle::index));
        return out;
    }

    /** The politeness rules the sites announce or enforce; see {@link Politeness#forSites(List)}. */
    public Politeness politeness() {
        return Politeness.forSites(specs);
    }

    /** Stops the server; trickling and withheld answers are cut off at once. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
