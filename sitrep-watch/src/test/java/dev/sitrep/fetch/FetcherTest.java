package dev.sitrep.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.fetch.FetchResult.Cause;
import dev.sitrep.fetch.FetchResult.Failed;
import dev.sitrep.fetch.FetchResult.Fetched;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private static final String UA = "Sitrep/0.1 (+mailto:desk@example.org)";
    private static final byte[] PAGE = "<html><title>Story</title><p>Text.</p></html>".getBytes(UTF_8);

    private final LocalServer server = new LocalServer();
    private final Fetcher fetcher = new Fetcher(FetchOptions.builder(UA)
            .connectTimeout(Duration.ofSeconds(2)).deadline(Duration.ofMillis(800)).maxBytes(64 * 1024).build());

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private static Failed failed(FetchResult r, Cause cause) {
        Failed f = assertInstanceOf(Failed.class, r);
        assertEquals(cause, f.cause(), f.reason());
        assertTrue(!f.reason().isBlank() && !f.reason().contains("\n"), f.reason());
        return f;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void fetchesAPage() {
        server.fixed("/story", 200, "text/html; charset=utf-8", PAGE, "ETag", "\"v1\"", "Last-Modified",
                "Sat, 01 Mar 2025 10:00:00 GMT");
        Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.uri("/story")));
        assertEquals(200, f.status());
        assertArrayEquals(PAGE, f.body());
        assertEquals("text/html; charset=utf-8", f.contentType());
        assertEquals(new Validators("\"v1\"", "Sat, 01 Mar 2025 10:00:00 GMT"), f.validators());
        assertEquals(server.uri("/story"), f.finalUri());
        assertEquals(List.of(), f.redirects());
        assertEquals(UA, server.lastRequest("/story").getFirst("User-Agent"));
        assertEquals(List.of(UA), f.exchange().requestHeaders().get("User-Agent"));
        assertEquals("GET /story HTTP/1.1", f.exchange().requestLine());
        String head = new String(f.exchange().responseHead(), UTF_8);
        assertTrue(head.startsWith("HTTP/1.1 200\r\n") && head.endsWith("\r\n\r\n"), head);
    }

    @Test
    void conditionalGetSendsValidatorsAndGets304() {
        server.on("/feed", ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            LocalServer.send(ex, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : PAGE, "ETag", "\"v1\"");
        });
        Validators v = new Validators("\"v1\"", "Sat, 01 Mar 2025 10:00:00 GMT");
        FetchResult r = fetcher.fetch(server.uri("/feed"), v, AddressGuard.strict(), u -> true);
        assertInstanceOf(Failed.class, r, "a strict guard refuses 127.0.0.1");
        r = fetcher.fetch(server.uri("/feed"), v, AddressGuard.forSource(server.uri("/")), u -> true);
        FetchResult.NotModified nm = assertInstanceOf(FetchResult.NotModified.class, r);
        assertEquals("\"v1\"", nm.validators().etag());
        assertEquals("Sat, 01 Mar 2025 10:00:00 GMT", server.lastRequest("/feed").getFirst("If-Modified-Since"));
        assertInstanceOf(Fetched.class, fetcher.fetch(server.uri("/feed")), "no validators, full answer");
    }

    @Test
    void followsARedirectChainByHand() {
        server.redirect("/r1", 301, "/r2");
        server.redirect("/r2", 302, server.uri("/r3").toString());
        server.redirect("/r3", 308, "final#top");
        server.fixed("/final", 200, "text/html", PAGE);
        Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.uri("/r1")));
        assertEquals(server.uri("/r1"), f.requested());
        assertEquals(server.uri("/final"), f.finalUri());
        assertEquals(List.of(301, 302, 308), f.redirects().stream().map(Redirect::status).toList());
        assertEquals(List.of(server.uri("/r2"), server.uri("/r3"), server.uri("/final")),
                f.redirects().stream().map(Redirect::location).toList());
    }

    @Test
    void redirectLoopFails() {
        server.redirect("/a", 302, "/b");
        server.redirect("/b", 302, "/a");
        Failed f = failed(fetcher.fetch(server.uri("/a")), Cause.REDIRECT_LOOP);
        assertEquals(2, f.redirects().size());
    }

    @Test
    void fiveRedirectsAreFollowedSixAreNot() {
        for (int i = 0; i < 6; i++) {
            server.redirect("/hop" + i, 307, "/hop" + (i + 1));
        }
        server.fixed("/hop6", 200, "text/html", PAGE);
        Fetched five = assertInstanceOf(Fetched.class, fetcher.fetch(server.uri("/hop1")));
        assertEquals(5, five.redirects().size());
        failed(fetcher.fetch(server.uri("/hop0")), Cause.TOO_MANY_REDIRECTS);
    }

    @Test
    void redirectsToNonPublicAddressesAreRefused() {
        server.redirect("/meta", 302, "http://169.254.169.254/latest/meta-data/");
        server.redirect("/lan", 301, "http://10.0.0.1/admin");
        Failed f = failed(fetcher.fetch(server.uri("/meta")), Cause.REFUSED_ADDRESS);
        assertTrue(f.reason().contains("link-local"), f.reason());
        failed(fetcher.fetch(server.uri("/lan")), Cause.REFUSED_ADDRESS);
    }

    @Test
    void robotsRulesCheckEveryHop() {
        server.fixed("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n"
                .getBytes(UTF_8));
        server.redirect("/open", 302, "/private/page");
        server.fixed("/private/page", 200, "text/html", PAGE);
        RobotsCache robots = new RobotsCache(InstantSource.system());
        URI robotsTxt = RobotsCache.robotsUri(server.uri("/open"));
        robots.store(robotsTxt, fetcher.fetch(robotsTxt), "sitrep");
        assertEquals(Duration.ofSeconds(2), robots.crawlDelay(server.uri("/open")));
        FetchResult r = fetcher.fetch(server.uri("/open"), Validators.NONE, AddressGuard.forSource(server.uri("/")),
                robots::allowed);
        assertTrue(failed(r, Cause.DISALLOWED).reason().contains("/private/page"));
        assertTrue(server.lastRequest("/private/page") == null, "the disallowed hop was never requested");
    }

    @Test
    void nonHttpSchemesAreRefused() {
        failed(fetcher.fetch(URI.create("ftp://127.0.0.1/file")), Cause.BAD_SCHEME);
        failed(fetcher.fetch(URI.create("file:///etc/passwd")), Cause.BAD_SCHEME);
        server.redirect("/to-file", 302, "file:///etc/passwd");
        failed(fetcher.fetch(server.uri("/to-file")), Cause.BAD_SCHEME);
    }

    @Test
    void aTrickledBodyStopsAtTheDeadline() throws InterruptedException {
        CountDownLatch dropped = new CountDownLatch(1);
        server.on("/trickle", ex -> {
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            try {
                for (int i = 0; i < 10_000; i++) {
                    out.write('x');
                    out.flush();
                    sleep(50);
                }
            } catch (IOException e) {
                dropped.countDown();
                throw e;
            }
        });
        long t0 = System.nanoTime();
        failed(fetcher.fetch(server.uri("/trickle")), Cause.TIMEOUT);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2_000, "took " + ms + " ms for a deadline of 800 ms");
        assertTrue(dropped.await(3, TimeUnit.SECONDS), "the fetcher hangs up on a trickling server");
    }

    @Test
    void aSilentServerStopsAtTheDeadline() {
        server.on("/silent", ex -> sleep(5_000));
        long t0 = System.nanoTime();
        failed(fetcher.fetch(server.uri("/silent")), Cause.TIMEOUT);
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }

    @Test
    void bodiesOverTheCapFail() {
        byte[] big = new byte[200 * 1024];
        server.fixed("/big", 200, "text/html", big);
        server.on("/big-chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(big);
            }
        });
        assertTrue(failed(fetcher.fetch(server.uri("/big")), Cause.TOO_LARGE).reason().contains("65536"));
        failed(fetcher.fetch(server.uri("/big-chunked")), Cause.TOO_LARGE);
    }

    @Test
    void gzipBodiesAreDecoded() {
        byte[] wire = gzip(PAGE);
        server.fixed("/gz", 200, "text/html", wire, "Content-Encoding", "gzip");
        Fetched f = assertInstanceOf(Fetched.class, fetcher.fetch(server.uri("/gz")));
        assertArrayEquals(PAGE, f.body());
        assertArrayEquals(wire, f.wireBody());
        assertEquals("gzip", server.lastRequest("/gz").getFirst("Accept-Encoding"));
    }

    @Test
    void aGzipBombStopsAtTheCap() {
        byte[] bomb = gzip(new byte[4 << 20]); // 4 MiB of zeros in a few KiB
        assertTrue(bomb.length < 64 * 1024);
        server.fixed("/bomb", 200, "text/html", bomb, "Content-Encoding", "gzip");
        assertTrue(failed(fetcher.fetch(server.uri("/bomb")), Cause.TOO_LARGE).reason().contains("decoded"));
    }

    @Test
    void errorStatusesCarryRetryAfter() {
        server.fixed("/busy", 503, "text/plain", "later".getBytes(UTF_8), "Retry-After", "120");
        server.fixed("/gone", 404, "text/plain", "no".getBytes(UTF_8));
        FetchResult.HttpError busy = assertInstanceOf(FetchResult.HttpError.class, fetcher.fetch(server.uri("/busy")));
        assertEquals(503, busy.status());
        assertEquals(Optional.of(Duration.ofSeconds(120)), busy.retryAfter());
        FetchResult.HttpError gone = assertInstanceOf(FetchResult.HttpError.class, fetcher.fetch(server.uri("/gone")));
        assertEquals(Optional.empty(), gone.retryAfter());
    }

    @Test
    void aClosedPortIsAConnectFailure() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        failed(fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/")), Cause.CONNECT);
    }

    @Test
    void throughAProxyVirtualHostsNeedNoDns() {
        server.on("/article", ex -> LocalServer.send(ex, 200, "text/html",
                ("host=" + ex.getRequestHeaders().getFirst("Host")).getBytes(UTF_8)));
        FetchOptions viaProxy = FetchOptions.builder(UA).deadline(Duration.ofSeconds(2))
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port()))).build();
        try (Fetcher proxied = new Fetcher(viaProxy)) {
            Fetched f = assertInstanceOf(Fetched.class, proxied.fetch(URI.create("http://news.example/article"),
                    Validators.NONE, AddressGuard.strict(), u -> true));
            assertEquals("host=news.example", new String(f.body(), UTF_8));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
