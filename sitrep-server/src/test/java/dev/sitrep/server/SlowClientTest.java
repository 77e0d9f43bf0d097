package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that hold the server's connections or slots: a request head trickled a byte at a time (slowloris), a
 * connection that says nothing, more requests at once than the server runs. Against a real server on 127.0.0.1.
 */
class SlowClientTest {
    @TempDir
    Path dir;

    @Test
    void trickledAndSilentConnectionsAreClosedWhileOthersAreAnswered() throws Exception {
        try (SitrepServer server = ServerFixtures.serve(dir, ServerFixtures.corpus())) {
            int port = server.port();
            long start = System.nanoTime();
            try (Socket trickle = connect(port); Socket silent = connect(port)) {
                CompletableFuture<Void> dribbling = CompletableFuture.runAsync(() -> dribble(trickle, port));
                CompletableFuture<Long> silentClosedAfter = CompletableFuture.supplyAsync(() -> closedAfter(silent, start));
                // Meanwhile the server answers others at once.
                Thread.sleep(1_000);
                long asked = System.nanoTime();
                assertEquals(200, Http.to(server).get("/api/search?q=tripwire").statusCode());
                assertTrue(System.nanoTime() - asked < 2_000_000_000L);

                long trickleClosed = closedAfter(trickle, start);
                long bound = TimeUnit.SECONDS.toNanos(HttpLimits.MAX_REQUEST_SECONDS + 3);
                assertTrue(trickleClosed < bound, "trickling client closed after " + trickleClosed / 1_000_000 + " ms");
                assertTrue(silentClosedAfter.get(15, TimeUnit.SECONDS) < bound, "silent client kept open");
                dribbling.cancel(true);
            }
        }
    }

    @Test
    void requestsBeyondTheConcurrencyBoundGet503WithRetryAfter() throws Exception {
        ServerFixtures.serve(dir, ServerFixtures.corpus()).close();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (SitrepServer server = SitrepServer.start(LuceneStoreSearch.open(dir), new InetSocketAddress("127.0.0.1", 0), id -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, ServerOptions.DEFAULTS.withConcurrency(1, Duration.ofMillis(200)))) {
            Http http = Http.to(server);
            CompletableFuture<HttpResponse<String>> slow = http.client().sendAsync(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port()
                            + "/api/entities/" + ServerFixtures.BRANN)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            HttpResponse<String> busy = http.get("/api/search?q=tripwire");
            assertEquals(503, busy.statusCode());
            assertEquals("1", busy.headers().firstValue("Retry-After").orElseThrow());
            release.countDown();
            assertEquals(200, slow.get(5, TimeUnit.SECONDS).statusCode());
            assertEquals(200, http.get("/api/search?q=tripwire").statusCode());
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        s.setSoTimeout(20_000);
        return s;
    }

    /** Sends a request head one byte every 200 ms, forever: it never ends. */
    private static void dribble(Socket s, int port) {
        byte[] head = ("GET /api/search?q=tripwire HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Padding: "
                + "a".repeat(10_000)).getBytes(StandardCharsets.ISO_8859_1);
        try {
            OutputStream out = s.getOutputStream();
            for (byte b : head) {
                out.write(b);
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            // closed by the server, or the test is done
        }
    }

    /** Nanoseconds from {@code start} until the server closes {@code s} (end of stream or reset). */
    private static long closedAfter(Socket s, long start) {
        try {
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // a trickled head gets no answer; anything read would be an error page, still wait for the close
            }
        } catch (IOException e) {
            // reset or timed out: the time says which
        }
        return System.nanoTime() - start;
    }
}
