package dev.sitrep.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a site answers to one request, decided before anything is sent.
 *
 * @param status     the HTTP status
 * @param headers    response headers besides Content-Length and Date, which the server writes
 * @param body       the body; empty for 304 and HEAD
 * @param retryAfter the Retry-After announced, also present in {@code headers}
 * @param trickle    whether the body is to be trickled
 */
record Answer(int status, Map<String, String> headers, byte[] body, Optional<Duration> retryAfter, boolean trickle) {

    static Answer of(int status, String contentType, byte[] body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", contentType);
        return new Answer(status, h, body, Optional.empty(), false);
    }

    static Answer html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static Answer text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static Answer redirect(String location) {
        Answer a = text(301, "Moved to " + location + "\n");
        a.headers.put("Location", location);
        return a;
    }

    /** This answer with {@code Retry-After: seconds}, rounded up to whole seconds and at least 1. */
    Answer retryAfter(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        headers.put("Retry-After", Long.toString(seconds));
        return new Answer(status, headers, body, Optional.of(Duration.ofSeconds(seconds)), trickle);
    }

    Answer trickled() {
        return new Answer(status, headers, body, retryAfter, true);
    }

    Answer header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
