package dev.sitrep.fetch;

import dev.sitrep.fetch.FetchResult.Cause;
import dev.sitrep.fetch.FetchResult.Failed;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one {@link Fetcher#fetch} across its hops: the deadline, the redirects so far, the request being
 * sent, and the wording of every way it can fail.
 */
final class Attempt {
    final URI requested;
    final Instant start;
    final long deadlineNanos;
    final List<Redirect> redirects = new ArrayList<>();
    Instant hopStart;
    Map<String, List<String>> hopHeaders;

    private final FetchOptions options;

    Attempt(URI requested, FetchOptions options) {
        this.requested = requested;
        this.options = options;
        this.start = options.clock().instant();
        this.deadlineNanos = System.nanoTime() + options.deadline().toNanos();
    }

    long nanosLeft() {
        return deadlineNanos - System.nanoTime();
    }

    void sent(URI uri, Map<String, String> headers) {
        hopStart = options.clock().instant();
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("Host", List.of(uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())));
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        hopHeaders = h;
    }

    Exchange exchange(HttpResponse<?> response) {
        return new Exchange(response.uri(), hopStart, hopHeaders, response.statusCode(), response.headers().map());
    }

    Failed failed(Cause cause, String reason) {
        return new Failed(requested, start, redirects, cause, reason);
    }

    Abort abort(Cause cause, String reason) {
        return new Abort(failed(cause, reason));
    }

    Failed timedOut(URI uri) {
        return failed(Cause.TIMEOUT, "timeout: no complete answer within " + options.deadline().toMillis()
                + " ms from " + uri);
    }

    Failed failed(URI uri, Throwable t) {
        return switch (t) {
            case HttpConnectTimeoutException e -> failed(Cause.TIMEOUT, "connect timeout after "
                    + options.connectTimeout().toMillis() + " ms: " + uri);
            case HttpTimeoutException e -> timedOut(uri);
            case CappedBody.TooLargeException e -> failed(Cause.TOO_LARGE, e.getMessage() + ": " + uri);
            case ConnectException e -> failed(Cause.CONNECT, "connection refused or unreachable: " + uri
                    + describe(e));
            case UnknownHostException e -> failed(Cause.CONNECT, "unknown host: " + uri);
            case UnresolvedAddressException e -> failed(Cause.CONNECT, "unknown host: " + uri);
            default -> t.getCause() instanceof UnresolvedAddressException
                    ? failed(Cause.CONNECT, "unknown host: " + uri)
                    : failed(Cause.IO, "cannot fetch " + uri + ": " + t.getClass().getSimpleName() + describe(t));
        };
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage().strip() + ")";
    }

    /** Ends a fetch early with its result; thrown and caught only inside {@link Fetcher#fetch}. */
    static final class Abort extends Exception {
        final transient Failed failed;

        Abort(Failed failed) {
            super(failed.reason(), null, false, false);
            this.failed = failed;
        }
    }
}
