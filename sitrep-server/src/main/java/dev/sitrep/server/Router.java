package dev.sitrep.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler of the server: checks the Host header ({@link HostCheck}), the method (GET and HEAD) and
 * that no body came, waits for one of the {@link ServerOptions#maxConcurrent()} slots, refreshes the store's
 * view (so that articles another process ingested appear without a restart), sends {@code /api/} to
 * {@link Api} and everything else to {@link StaticFiles} (on a worker thread: see {@link SitrepServer}), and
 * turns failures into the error bodies of API.md.
 *
 * <p>Nothing escapes it: the JDK server neither answers nor closes a connection whose handler threw, so a
 * {@link StackOverflowError} or any other {@link Throwable} becomes a 500 when no answer has begun, and the
 * exchange is closed in every case.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final StoreSearch store;
    private final Api api;
    private final StaticFiles files;
    private final Freshness freshness;
    private final HostCheck hosts;
    private final Semaphore slots;
    private final ServerOptions options;
    private final ExecutorService workers;

    /** {@code workers} runs the answers, at least {@link ServerOptions#maxConcurrent()} at once. */
    Router(StoreSearch store, Api api, StaticFiles files, Freshness freshness, HostCheck hosts, ServerOptions options,
            ExecutorService workers) {
        this.store = store;
        this.api = api;
        this.files = files;
        this.freshness = freshness;
        this.hosts = hosts;
        this.options = options;
        this.workers = workers;
        this.slots = new Semaphore(options.maxConcurrent(), true);
    }

    @Override
    public void handle(HttpExchange ex) {
        try {
            Optional<String> refusal = hosts.refusal(ex.getRequestHeaders().getFirst("Host"));
            if (refusal.isPresent()) {
                Responses.json(ex, 421, ApiError.of(refusal.get()));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.json(ex, 405, ApiError.of("only GET and HEAD are served"));
                return;
            }
            if (hasBody(ex)) {
                // Not read: the JDK drains a little of it and closes the connection rather than read the rest.
                Responses.json(ex, 413, ApiError.of("requests with a body are not served"));
                return;
            }
            if (!slots.tryAcquire(options.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                ex.getResponseHeaders().set("Retry-After", "1");
                Responses.json(ex, 503, ApiError.of("the server is busy; retry in a second"));
                return;
            }
            try {
                Future<?> answer = workers.submit(() -> {
                    route(ex);
                    return null;
                });
                try {
                    answer.get();
                } catch (InterruptedException e) {
                    // Only a stopping server interrupts; the worker may be writing, so nothing more is sent.
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
            } finally {
                slots.release();
            }
        } catch (RejectedExecutionException e) {
            fail(ex, 503, "the server is stopping", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(ex, 503, "the server is stopping", null);
        } catch (Throwable t) {
            fail(ex, 500, "internal error; the server log has the details", t);
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/api/feed")) {
                freshness.maybeRefresh(store);
                api.feed(ex, new Params(ex.getRequestURI()));
            } else if (path.startsWith("/api/export/")) {
                freshness.maybeRefresh(store);
                api.export(ex, path.substring("/api/export/".length()), new Params(ex.getRequestURI()));
            } else if (path.startsWith("/api/")) {
                freshness.maybeRefresh(store);
                Responses.json(ex, 200, api.answer(path, new Params(ex.getRequestURI())));
            } else {
                files.serve(ex, path);
            }
        } catch (BadRequest e) {
            Responses.json(ex, 400, ApiError.of(e));
        } catch (Api.ParameterSyntax e) {
            Responses.json(ex, 400, ApiError.of(e.error, e.parameter));
        } catch (NotFound e) {
            Responses.json(ex, 404, ApiError.of(e.getMessage()));
        } catch (IllegalArgumentException e) {
            Responses.json(ex, 400, ApiError.of(e.getMessage()));
        }
    }

    private static boolean hasBody(HttpExchange ex) {
        var h = ex.getRequestHeaders();
        String length = h.getFirst("Content-Length");
        return h.containsKey("Transfer-Encoding") || length != null && !length.strip().equals("0");
    }

    /** Logs {@code t} (when given) and answers {@code status} if no answer has begun; the caller closes. */
    private static void fail(HttpExchange ex, int status, String message, Throwable t) {
        if (t != null) {
            LOG.log(Level.WARNING, "failed: " + ex.getRequestURI(), t);
        }
        if (ex.getResponseCode() != -1) {
            return; // headers are out: closing the exchange is all that is left
        }
        try {
            Responses.json(ex, status, ApiError.of(message));
        } catch (Throwable again) {
            LOG.log(Level.FINE, "could not answer " + status, again);
        }
    }
}
