package dev.sitrep.fetch;

import dev.sitrep.fetch.FetchResult.Cause;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * HTTP GET for the watcher, on the JDK's {@link HttpClient} (HTTP/1.1).
 *
 * <p>One {@link #fetch} runs this cascade, for the requested URI and again for each redirect target:
 * <ol>
 *   <li>the URI must be http or https, pass the {@link AddressGuard} (unless a proxy is set) and the caller's
 *       rules (robots.txt, scope);</li>
 *   <li>the request goes out with the User-Agent, {@code Accept-Encoding: gzip} and the validators for a
 *       conditional GET;</li>
 *   <li>a 301, 302, 303, 307 or 308 is followed by hand, so each hop is checked as in step 1, up to
 *       {@link FetchOptions#maxRedirects()} hops and never to a URI already requested;</li>
 *   <li>a 304 becomes {@link FetchResult.NotModified}, a 4xx or 5xx an {@link FetchResult.HttpError} with its
 *       Retry-After, a 2xx has its body read under the byte cap and gunzipped under the same cap.</li>
 * </ol>
 * The whole cascade, body included, runs under one deadline: a server that answers one byte a second cannot
 * hold the fetch past it. Network trouble never throws; it comes back as {@link FetchResult.Failed} with a
 * one-line reason.
 *
 * <p>Validators are sent to every hop: they came from the response at the end of the chain, so that is where
 * they must arrive, and redirecting hops ignore them.
 */
public final class Fetcher implements AutoCloseable {
    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchOptions options;
    private final HttpClient client;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    /** A fetcher with default options and the given User-Agent. */
    public Fetcher(String userAgent) {
        this(FetchOptions.builder(userAgent).build());
    }

    public Fetcher(FetchOptions options) {
        this.options = options;
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout());
        if (options.proxy() != null) {
            b.proxy(options.proxy());
        }
        this.client = b.build();
    }

    public FetchOptions options() {
        return options;
    }

    /**
     * An unconditional fetch of a URI the user chose (a configured feed, a robots.txt): the guard is the URI's own
     * ({@link AddressGuard#forSource}), and no caller rules apply.
     */
    public FetchResult fetch(URI uri) {
        return fetch(uri, Validators.NONE, AddressGuard.forSource(uri), u -> true);
    }

    /**
     * Fetches {@code uri}.
     *
     * @param validators sent as If-None-Match and If-Modified-Since; {@link Validators#NONE} for none
     * @param guard      checks each hop's address, normally {@link AddressGuard#forSource} of the page or feed
     *                   the URI came from; ignored when a proxy is set
     * @param allowed    the caller's rules for each hop, such as {@link RobotsCache#allowed}
     */
    public FetchResult fetch(URI uri, Validators validators, AddressGuard guard, Predicate<URI> allowed) {
        Attempt a = new Attempt(uri, options);
        AddressGuard g = options.proxy() != null ? AddressGuard.OFF : guard;
        Set<URI> requested = new HashSet<>();
        URI current = withoutFragment(uri);
        try {
            while (true) {
                check(a, current, g, allowed);
                requested.add(current);
                HttpResponse<InputStream> response = send(a, current, validators);
                Exchange exchange = a.exchange(response);
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                // With no redirects to follow, a redirect is the answer: the caller follows it as a request of
                // its own, in its host's turn (the watcher does, so that each hop keeps the delay).
                if (REDIRECTS.contains(status) && location.isPresent() && options.maxRedirects() > 0) {
                    closeQuietly(response.body());
                    current = follow(a, current, location.get(), exchange, requested);
                    continue;
                }
                if (status == 304) {
                    closeQuietly(response.body());
                    Validators fresh = Validators.of(response.headers());
                    return new FetchResult.NotModified(uri, a.start, a.redirects, exchange,
                            fresh.isEmpty() ? validators : fresh);
                }
                if (status < 200 || status >= 300) {
                    closeQuietly(response.body());
                    Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                            .flatMap(v -> HostGate.parseRetryAfter(v, options.clock().instant()));
                    return new FetchResult.HttpError(uri, a.start, a.redirects, exchange, retryAfter);
                }
                return body(a, response, exchange);
            }
        } catch (Attempt.Abort e) {
            return e.failed;
        }
    }

    /** Records the redirect from {@code current} and returns its target, unless that breaks a rule. */
    private URI follow(Attempt a, URI current, String location, Exchange exchange, Set<URI> requested)
            throws Attempt.Abort {
        URI next = resolve(current, location);
        if (next == null) {
            throw a.abort(Cause.BAD_RESPONSE, "unreadable Location \"" + location + "\" from " + current);
        }
        a.redirects.add(new Redirect(exchange, next));
        if (requested.contains(next)) {
            throw a.abort(Cause.REDIRECT_LOOP, "redirect loop: " + current + " redirects back to " + next);
        }
        if (a.redirects.size() > options.maxRedirects()) {
            throw a.abort(Cause.TOO_MANY_REDIRECTS, "too many redirects: more than " + options.maxRedirects()
                    + " from " + a.requested);
        }
        return next;
    }

    private void check(Attempt a, URI target, AddressGuard guard, Predicate<URI> allowed) throws Attempt.Abort {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw a.abort(Cause.BAD_SCHEME, "not an http(s) URI: " + target);
        }
        if (target.getHost() == null) {
            throw a.abort(Cause.BAD_URI, "no host in " + target);
        }
        Optional<String> refusal = guard.refusal(target);
        if (refusal.isPresent()) {
            throw a.abort(Cause.REFUSED_ADDRESS, refusal.get() + " (" + target + ")");
        }
        if (!allowed.test(target)) {
            throw a.abort(Cause.DISALLOWED, "not allowed by the rules for " + target);
        }
    }

    /** Sends one request and waits for the response head; the body is left unread. */
    private HttpResponse<InputStream> send(Attempt a, URI uri, Validators validators) throws Attempt.Abort {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", options.userAgent());
        headers.put("Accept", ACCEPT);
        headers.put("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            headers.put("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            headers.put("If-Modified-Since", validators.lastModified());
        }
        long left = a.nanosLeft();
        if (left <= 0) {
            throw new Attempt.Abort(a.timedOut(uri));
        }
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left));
            headers.forEach(b::header);
            request = b.build();
        } catch (IllegalArgumentException e) {
            throw a.abort(Cause.BAD_URI, "cannot request " + uri + " (" + e.getMessage() + ")");
        }
        a.sent(uri, headers);
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, BodyHandlers.ofInputStream());
        try {
            return pending.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Attempt.Abort(a.timedOut(uri));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw a.abort(Cause.IO, "interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw new Attempt.Abort(a.failed(uri, e.getCause() == null ? e : e.getCause()));
        }
    }

    private FetchResult body(Attempt a, HttpResponse<InputStream> response, Exchange exchange) {
        URI uri = response.uri();
        InputStream in = response.body();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > options.maxBytes()) {
            closeQuietly(in);
            return a.failed(Cause.TOO_LARGE, "body of " + declared + " bytes over the cap of " + options.maxBytes()
                    + " bytes: " + uri);
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
                .toLowerCase(Locale.ROOT);
        Future<byte[]> reading = readers.submit(() -> {
            try (in) {
                return CappedBody.read(in, options.maxBytes(), "body");
            }
        });
        byte[] wire;
        try {
            wire = reading.get(Math.max(0, a.nanosLeft()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            closeQuietly(in); // wakes the reader and drops the connection
            reading.cancel(true);
            return a.timedOut(uri);
        } catch (InterruptedException e) {
            closeQuietly(in);
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return a.failed(Cause.IO, "interrupted while reading " + uri);
        } catch (ExecutionException e) {
            return a.failed(uri, e.getCause() == null ? e : e.getCause());
        }
        byte[] body;
        switch (encoding) {
            case "identity", "" -> body = wire;
            case "gzip", "x-gzip" -> {
                try {
                    body = CappedBody.gunzip(wire, options.maxBytes());
                } catch (CappedBody.TooLargeException e) {
                    return a.failed(Cause.TOO_LARGE, e.getMessage() + ": " + uri);
                } catch (IOException e) {
                    return a.failed(Cause.BAD_RESPONSE, "corrupt gzip body (" + e.getMessage() + "): " + uri);
                }
            }
            default -> {
                return a.failed(Cause.BAD_RESPONSE, "unsupported Content-Encoding \"" + encoding + "\": " + uri);
            }
        }
        return new FetchResult.Fetched(a.requested, a.start, a.redirects, exchange, body, wire,
                response.headers().firstValue("Content-Type").orElse(null), Validators.of(response.headers()));
    }

    /** Gives the client's connections and the body readers back; fetches still running fail. */
    @Override
    public void close() {
        client.shutdownNow();
        readers.shutdownNow();
    }

    private static URI resolve(URI base, String location) {
        try {
            return withoutFragment(base.resolve(new URI(location.strip().replace(" ", "%20"))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // reported by the caller with the header's text, which says more than the parser
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing only drops the connection of an answer already decided; its failure changes nothing
        }
    }
}
