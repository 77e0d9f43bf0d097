package dev.sitrep.server;

import com.sun.net.httpserver.HttpServer;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.StoreSearch;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP API of API.md and the web page, over a store.
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver.HttpServer} with one virtual thread per request:
 * the API is a handful of GET endpoints answered from an embedded index in milliseconds, which needs routing,
 * query strings and static files and nothing a framework adds (no sessions, templates, TLS or HTTP/2 — a
 * reverse proxy does those where wanted), and it adds no dependency. Virtual threads read requests and wait
 * for a slot cheaply; the queries themselves run on {@link ServerOptions#maxConcurrent()} platform threads.
 *
 * <p>Under load and abuse: queries are bounded ({@code QueryLimits}), slow and silent clients are dropped
 * ({@link HttpLimits}), requests beyond {@link ServerOptions#maxConcurrent()} wait briefly and then get a 503,
 * Host headers are checked ({@link HostCheck}), and no failure of a handler leaves a connection open
 * ({@link Router}).
 *
 * <p>{@link #close()} shuts down gracefully: it stops accepting connections, lets requests in flight finish
 * within the grace period, then closes the store.
 */
public final class SitrepServer implements Closeable {
    /** How long {@link #close()} waits for requests in flight. */
    public static final Duration GRACE = Duration.ofSeconds(3);

    private final HttpServer http;
    private final ExecutorService executor;
    private final ExecutorService workers;
    private final StoreSearch store;

    private SitrepServer(HttpServer http, ExecutorService executor, ExecutorService workers, StoreSearch store) {
        this.http = http;
        this.executor = executor;
        this.workers = workers;
        this.store = store;
    }

    /**
     * Starts serving {@code store} (which the server then owns and closes) on {@code address}; port 0 picks a
     * free one (see {@link #port()}).
     */
    public static SitrepServer start(StoreSearch store, InetSocketAddress address, RoleLookup roles) throws IOException {
        return start(store, address, roles, ServerOptions.DEFAULTS);
    }

    /**
     * Like {@link #start(StoreSearch, InetSocketAddress, RoleLookup)}, with the Host names and concurrency of
     * {@code options}. The connection bounds of {@link HttpLimits} are set first: they take effect for the first
     * server of the JVM.
     */
    public static SitrepServer start(StoreSearch store, InetSocketAddress address, RoleLookup roles, ServerOptions options)
            throws IOException {
        HttpLimits.apply();
        HttpServer http = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(executor);
        // Queries are CPU-bound and a virtual thread keeps its carrier until it blocks: run on the virtual
        // threads, a few busy queries would leave no carrier to read the next request heads, and under load
        // healthy connections would run into the request-head timeout. On platform threads the OS shares the
        // cores, so heads are read at once and a request beyond the bound gets its 503 in time.
        ExecutorService workers = Executors.newFixedThreadPool(options.maxConcurrent(),
                Thread.ofPlatform().name("sitrep-query-", 1).daemon().factory());
        http.createContext("/", new Router(store, new Api(store, roles),
                new StaticFiles(SitrepServer.class.getClassLoader()), new Freshness(Freshness.DEFAULT),
                new HostCheck(http.getAddress(), options.allowedHosts()), options, workers));
        http.start();
        return new SitrepServer(http, executor, workers, store);
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Stops accepting, waits up to {@link #GRACE} for requests in flight, closes the store. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (executor.isShutdown()) {
            return;
        }
        // stop() closes the listener at once, then waits for exchanges in flight to finish, at most the delay.
        http.stop((int) GRACE.toSeconds());
        executor.shutdown();
        workers.shutdown();
        try {
            executor.awaitTermination(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            workers.awaitTermination(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
