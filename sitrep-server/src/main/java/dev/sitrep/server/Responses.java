package dev.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes responses, always with the security headers of API.md: a content security policy without inline
 * scripts or styles that also forbids framing, nosniff, {@code X-Frame-Options: DENY} for browsers without
 * {@code frame-ancestors}, no referrer, and no CORS headers (other origins cannot read the answers).
 */
final class Responses {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private Responses() {
    }

    static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The headers every answer carries: no framing, no sniffing, no referrer, no caching, this origin only. */
    static void secure(com.sun.net.httpserver.Headers h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        secure(h);
        h.set("Content-Type", contentType);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        // -1: no body; a HEAD answer announces none.
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }
}
