package dev.sitrep.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The proxy side of the simulator: finds the site a request is for, logs the request, and sends what the
 * {@link Responder} decided, trickling or withholding it where the site is slow or dead.
 *
 * <p>A client whose proxy is the simulator sends absolute-form targets ({@code GET http://site3.sim/feed.xml}),
 * which the JDK server hands over as an absolute request URI; the host comes from there, or from the
 * {@code Host} header when a client sends an origin-form target. A host that is no site gets 502, as from a
 * proxy that cannot resolve it.
 */
final class Dispatcher implements HttpHandler {
    /** How long a site that never answers holds a request when the simulator is not closed first. */
    private static final Duration HANG_LIMIT = Duration.ofMinutes(10);

    private final SimClock clock;
    private final Map<String, Site> byHost;
    private final CountDownLatch closing;
    private final List<RequestLogEntry> log = new ArrayList<>();

    Dispatcher(SimClock clock, Map<String, Site> byHost, CountDownLatch closing) {
        this.clock = clock;
        this.byHost = byHost;
        this.closing = closing;
    }

    List<RequestLogEntry> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            serve(ex);
        } catch (IOException e) {
            // the client went away mid-answer; that is its business, and the request is already logged
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        long nanos = System.nanoTime();
        Instant now = clock.instant();
        URI uri = ex.getRequestURI();
        String host = host(uri, ex.getRequestHeaders().getFirst("Host"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String method = ex.getRequestMethod();
        Optional<String> inm = header(ex, "If-None-Match");
        Optional<String> ims = header(ex, "If-Modified-Since");
        Site site = byHost.get(host);

        Answer answer;
        if (site == null) {
            answer = Answer.text(502, "No such host: " + host + "\n");
        } else if (site.spec.neverAnswers()) {
            record(ex, nanos, now, host, target, RequestLogEntry.NO_ANSWER, Optional.empty(), site);
            try {
                closing.await(HANG_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        } else {
            answer = Responder.answer(site, new Responder.Request(method, host, path, inm, ims, now, nanos));
        }
        record(ex, nanos, now, host, target, answer.status(), answer.retryAfter(), site);
        send(ex, answer, method.equals("HEAD"), site);
    }

    private void record(HttpExchange ex, long nanos, Instant now, String host, String target,
                        int status, Optional<Duration> retryAfter, Site site) {
        RequestLogEntry e = new RequestLogEntry(nanos, now, host, site == null ? "" : site.name(), target,
                ex.getRequestMethod(), header(ex, "User-Agent"), header(ex, "If-None-Match"),
                header(ex, "If-Modified-Since"), status, retryAfter);
        synchronized (log) {
            log.add(e);
        }
    }

    private void send(HttpExchange ex, Answer a, boolean head, Site site) throws IOException {
        a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] body = a.body();
        if (head || a.status() == 304 || a.status() == 204 || body.length == 0) {
            ex.sendResponseHeaders(a.status(), -1);
            return;
        }
        ex.sendResponseHeaders(a.status(), body.length);
        OutputStream out = ex.getResponseBody();
        int from = 0;
        if (a.trickle() && site.spec.trickle().isPresent()) {
            Trickle t = site.spec.trickle().get();
            long pause = t.every().toNanos();
            for (; from < Math.min(t.bytes(), body.length); from++) {
                out.write(body[from]);
                out.flush();
                if (from + 1 < t.bytes() && closed(pause)) {
                    return;
                }
            }
        }
        out.write(body, from, body.length - from);
    }

    /** Waits up to {@code nanos}; true if the simulator is closing meanwhile. */
    private boolean closed(long nanos) {
        try {
            return closing.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static Optional<String> header(HttpExchange ex, String name) {
        return Optional.ofNullable(ex.getRequestHeaders().getFirst(name));
    }

    /** The host a request is for, lower case, without port or trailing dot. */
    static String host(URI uri, String hostHeader) {
        String h = uri.getHost() != null ? uri.getHost() : hostHeader == null ? "" : hostHeader;
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && !h.endsWith("]")) {
            h = h.substring(0, colon);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
