package dev.sitrep.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request and the head of its response, as sent and received, for the WARC request and response records
 * an archive writes. The HTTP client hides the raw bytes, so the heads are rebuilt from what it reports: the
 * request headers Sitrep set plus the Host line, and the response headers in the client's order. The client
 * does not report the reason phrase, so the status line carries none.
 *
 * @param uri             the URI requested
 * @param start           when the request was sent
 * @param requestHeaders  the request headers, in the order sent
 * @param status          the response status
 * @param responseHeaders the response headers as received (names as the client reports them)
 */
public record Exchange(URI uri, Instant start, Map<String, List<String>> requestHeaders, int status,
        Map<String, List<String>> responseHeaders) {
    public Exchange {
        requestHeaders = HeaderMaps.copy(requestHeaders);
        responseHeaders = HeaderMaps.copy(responseHeaders);
    }

    /** {@code GET /path?query HTTP/1.1} */
    public String requestLine() {
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return "GET " + target + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1";
    }

    /** {@code HTTP/1.1 200} */
    public String statusLine() {
        return "HTTP/1.1 " + status;
    }

    /** The request line and headers, CRLF-terminated, ready to be a WARC request record's block. */
    public byte[] requestHead() {
        return HeaderMaps.head(requestLine(), requestHeaders).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The status line and headers, CRLF-terminated, to which a WARC response record appends the body. */
    public byte[] responseHead() {
        return HeaderMaps.head(statusLine(), responseHeaders).getBytes(StandardCharsets.ISO_8859_1);
    }
}
