package dev.sitrep.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What became of one fetch: a body ({@link Fetched}), "unchanged" ({@link NotModified}), an HTTP error status
 * ({@link HttpError}), or no answer worth the name ({@link Failed}, with its reason). Every kind keeps the
 * redirects followed, so that an archive can record each hop.
 *
 * <p>Bodies are byte arrays, so two results are equal only when they share the same arrays; compare bodies with
 * {@link java.util.Arrays#equals(byte[], byte[])}.
 */
public sealed interface FetchResult {
    /** The URI the caller asked for. */
    URI requested();

    /** When the first request was sent. */
    Instant start();

    /** The redirects followed, in order; empty when the first answer was final. */
    List<Redirect> redirects();

    /**
     * A 2xx response and its body.
     *
     * @param exchange    the final request and response head
     * @param body        the body, gzip-decoded when it came encoded
     * @param wireBody    the body as received (the same array as {@code body} when it was not encoded), for
     *                    archiving what was fetched as fetched
     * @param contentType the Content-Type header, or {@code null}
     * @param validators  the ETag and Last-Modified of this response, to send with the next fetch
     */
    record Fetched(URI requested, Instant start, List<Redirect> redirects, Exchange exchange, byte[] body,
            byte[] wireBody, String contentType, Validators validators) implements FetchResult {
        public Fetched {
            redirects = List.copyOf(redirects);
        }

        /** The URI that answered, after redirects. */
        public URI finalUri() {
            return exchange.uri();
        }

        public int status() {
            return exchange.status();
        }

        public Map<String, List<String>> headers() {
            return exchange.responseHeaders();
        }
    }

    /**
     * A 304: the copy the caller has is current.
     *
     * @param validators the validators of this response (servers may send new ones), else those sent
     */
    record NotModified(URI requested, Instant start, List<Redirect> redirects, Exchange exchange,
            Validators validators) implements FetchResult {
        public NotModified {
            redirects = List.copyOf(redirects);
        }

        public URI finalUri() {
            return exchange.uri();
        }
    }

    /**
     * A 4xx or 5xx answer (or a 3xx that could not be followed for want of a Location).
     *
     * @param retryAfter the wait its Retry-After header asks for, when it has a readable one
     */
    record HttpError(URI requested, Instant start, List<Redirect> redirects, Exchange exchange,
            Optional<Duration> retryAfter) implements FetchResult {
        public HttpError {
            redirects = List.copyOf(redirects);
        }

        public URI finalUri() {
            return exchange.uri();
        }

        public int status() {
            return exchange.status();
        }
    }

    /**
     * No usable answer.
     *
     * @param cause  the kind of failure, for the caller's decision (back off, give up, report)
     * @param reason one line naming what failed and where
     */
    record Failed(URI requested, Instant start, List<Redirect> redirects, Cause cause, String reason)
            implements FetchResult {
        public Failed {
            redirects = List.copyOf(redirects);
        }
    }

    /** Why a fetch failed. */
    enum Cause {
        /** The connection or the whole exchange took longer than allowed (a trickled body included). */
        TIMEOUT,
        /** No connection: refused, unreachable, or the name did not resolve. */
        CONNECT,
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** A redirect back to a URI already requested. */
        REDIRECT_LOOP,
        /** The {@link AddressGuard} refused the address. */
        REFUSED_ADDRESS,
        /** The caller's rules (robots.txt, scope) refused the URI. */
        DISALLOWED,
        /** Not an http or https URI. */
        BAD_SCHEME,
        /** An http(s) URI that cannot be requested (no host, characters the client rejects, a bad header value). */
        BAD_URI,
        /** The body (or its decoded form) is over the byte cap. */
        TOO_LARGE,
        /** A response that cannot be used: corrupt gzip, unknown encoding, unreadable Location. */
        BAD_RESPONSE,
        /** Any other input/output failure, or an interrupted fetch. */
        IO
    }
}
