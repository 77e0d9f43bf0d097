package dev.sitrep.fetch;

import java.net.http.HttpHeaders;

/**
 * What a server said about a response's version, sent back with the next request so that an unchanged page
 * costs a 304 instead of a body.
 *
 * @param etag         the ETag header as received (quotes and {@code W/} included), or {@code null}
 * @param lastModified the Last-Modified header as received, or {@code null}
 */
public record Validators(String etag, String lastModified) {
    /** No validators: the request is unconditional. */
    public static final Validators NONE = new Validators(null, null);

    /** The validators in {@code headers}. */
    public static Validators of(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    /** Whether there is nothing to send. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
