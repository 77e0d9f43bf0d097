package dev.sitrep.simulator;

import java.util.Objects;

/**
 * One impolite request found by {@link Politeness}.
 *
 * @param kind    what rule it broke
 * @param request the request
 * @param reason  one line a reader understands: "2 s after the previous request, 10 s required"
 */
public record Violation(Kind kind, RequestLogEntry request, String reason) {
    /** The rules a request can break; one request may break several and is then counted once for each. */
    public enum Kind {
        /** Closer to the previous request to the same site than the site's minimum gap. */
        TOO_SOON,
        /** For a path robots.txt disallows. */
        DISALLOWED,
        /** Inside a back-off the site announced with a 429 or 503 (and its Retry-After). */
        DURING_BACK_OFF
    }

    public Violation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return kind + " " + request.method() + " http://" + request.host() + request.target() + ": " + reason;
    }
}
