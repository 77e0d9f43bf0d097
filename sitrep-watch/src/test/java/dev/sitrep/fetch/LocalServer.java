package dev.sitrep.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP server on 127.0.0.1 and an ephemeral port, remembering the last request headers per path. */
final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Headers> lastRequest = new ConcurrentHashMap<>();

    LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code path} (an exact path: other paths under it get a 404) with {@code handler}. */
    void on(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            try (ex) {
                lastRequest.put(ex.getRequestURI().getPath(), ex.getRequestHeaders());
                if (!ex.getRequestURI().getPath().equals(path)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                handler.handle(ex);
            } catch (IOException e) {
                // the client went away (timeouts and caps do that on purpose); nothing to answer
            }
        });
    }

    /** Serves {@code path} with a fixed answer. */
    void fixed(String path, int status, String contentType, byte[] body, String... headers) {
        on(path, ex -> send(ex, status, contentType, body, headers));
    }

    /** Serves {@code path} with a redirect to {@code location}. */
    void redirect(String path, int status, String location) {
        on(path, ex -> send(ex, status, null, new byte[0], "Location", location));
    }

    Headers lastRequest(String path) {
        return lastRequest.get(path);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            ex.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        // for this server a length of 0 means "chunked" and -1 means "no body"
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
