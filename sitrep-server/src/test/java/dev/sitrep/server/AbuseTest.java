package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.store.search.LuceneStoreSearch;
import dev.sitrep.store.search.QueryLimits;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an outside tester threw at the server, against a real server on 127.0.0.1: queries that would overflow
 * the parser's stack or burn seconds of CPU, foreign Host headers, bodies, encoded path traversal; and the
 * security headers on every kind of answer.
 */
class AbuseTest {
    @TempDir
    static Path dir;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixtures.serve(dir, ServerFixtures.corpus());
        http = Http.to(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static JsonNode badRequest(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.get(pathAndQuery);
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("\n"), r.body());
        return Http.body(r);
    }

    @Test
    void deeplyNestedQueriesAreA400OnEveryQueryParameter() throws Exception {
        String nested = "(".repeat(QueryLimits.MAX_DEPTH + 1) + "brann" + ")".repeat(QueryLimits.MAX_DEPTH + 1);
        for (String path : List.of("/api/search?q=", "/api/quotes?about=", "/api/timeline?q=")) {
            JsonNode error = badRequest(path + q(nested));
            assertTrue(error.get("error").asText().contains("nested more than " + QueryLimits.MAX_DEPTH), error.toString());
            assertEquals(QueryLimits.MAX_DEPTH, error.get("position").asInt());
        }
        // The tester's query: 3,000 brackets, once too long, and the server still answers after.
        JsonNode error = badRequest("/api/search?q=" + q("(".repeat(3_000) + "x" + ")".repeat(3_000)));
        assertTrue(error.get("error").asText().contains("characters long"), error.toString());
        assertEquals("q", error.get("parameter").asText());
        JsonNode publisher = badRequest("/api/search?q=brann&publisher=" + "x".repeat(QueryLimits.MAX_LENGTH + 1));
        assertEquals("publisher", publisher.get("parameter").asText());
        assertEquals(2, http.json("/api/search?q=tripwire").get("total").asInt());
    }

    @Test
    void expensiveTermsAreRefusedWithOneLine() throws Exception {
        long start = System.nanoTime();
        JsonNode regexp = badRequest("/api/search?q=" + q("/.{0,65535}x/"));
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertTrue(regexp.get("error").asText().contains("regular expressions are limited to"), regexp.toString());
        assertTrue(badRequest("/api/search?q=" + q("*brigade")).get("error").asText().contains("not allowed as first character"));
        assertTrue(badRequest("/api/quotes?about=" + q("s*")).get("error").asText().contains("at least"));
        assertEquals(2, http.json("/api/search?q=" + q("trip* brig* /bran+/")).get("total").asInt());
    }

    @Test
    void aFailingHandlerAnswers500AndClosesEveryTime() throws Exception {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Router.class.getName());
        log.setLevel(java.util.logging.Level.OFF); // 300 expected stack traces would bury the report
        try (SitrepServer failing = SitrepServer.start(dev.sitrep.store.search.LuceneStoreSearch.open(dir),
                new java.net.InetSocketAddress("127.0.0.1", 0), id -> {
                    throw new StackOverflowError();
                })) {
            Http client = Http.to(failing);
            // More than the tester's 230: each would have leaked a connection before.
            for (int i = 0; i < 300; i++) {
                HttpResponse<String> r = client.get("/api/entities/" + ServerFixtures.BRANN);
                assertEquals(500, r.statusCode());
                assertEquals("internal error; the server log has the details", Http.body(r).get("error").asText());
            }
            assertEquals(200, client.get("/api/search?q=tripwire").statusCode());
        } finally {
            log.setLevel(null);
        }
    }

    @Test
    void foreignHostHeadersAreRefused() throws Exception {
        int port = server.port();
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertEquals(200, RawHttp.status(RawHttp.exchange(port, "GET", "/api/search?q=brann", host)), host);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "localhost", "localhost:1", "127.0.0.1.evil.example:" + port)) {
            String answer = RawHttp.exchange(port, "GET", "/api/search?q=brann", host);
            assertEquals(421, RawHttp.status(answer), host);
            assertTrue(answer.contains("--allowed-host NAME"), answer);
        }
    }

    @Test
    void allowedHostsAreAnsweredOnAnyPort() throws Exception {
        try (SitrepServer proxied = SitrepServer.start(dev.sitrep.store.search.LuceneStoreSearch.open(dir),
                new java.net.InetSocketAddress("127.0.0.1", 0), dev.sitrep.query.RoleLookup.NONE,
                ServerOptions.DEFAULTS.withAllowedHosts(List.of("news.example.org")))) {
            int port = proxied.port();
            assertEquals(200, RawHttp.status(RawHttp.exchange(port, "GET", "/api/search", "news.example.org")));
            assertEquals(200, RawHttp.status(RawHttp.exchange(port, "GET", "/api/search", "news.example.org:443")));
            assertEquals(200, RawHttp.status(RawHttp.exchange(port, "GET", "/api/search", "localhost:" + port)));
            assertEquals(421, RawHttp.status(RawHttp.exchange(port, "GET", "/api/search", "other.example.org")));
        }
    }

    @Test
    void bodiesAreRefused() throws Exception {
        int port = server.port();
        String host = "127.0.0.1:" + port;
        assertEquals(413, RawHttp.status(RawHttp.exchangeWithBody(port, "GET", "/api/search", host, "hello", "Content-Length: 5")));
        assertEquals(413, RawHttp.status(RawHttp.exchangeWithBody(port, "GET", "/api/search", host,
                "5\r\nhello\r\n0\r\n\r\n", "Transfer-Encoding: chunked")));
        assertEquals(405, RawHttp.status(RawHttp.exchange(port, "POST", "/api/search", host, "Content-Length: 0")));
    }

    @Test
    void oversizedHeadsAreRefused() throws Exception {
        int port = server.port();
        String host = "127.0.0.1:" + port;
        // The JDK answers 400 or just closes; either way nothing is served and the server goes on.
        String longLine = RawHttp.exchange(port, "GET", "/api/search?q=" + "a".repeat(HttpLimits.MAX_HEAD_BYTES), host);
        assertTrue(longLine.isEmpty() || RawHttp.status(longLine) == 400, longLine);
        String[] many = new String[HttpLimits.MAX_HEADERS + 1];
        java.util.Arrays.setAll(many, i -> "X-Filler-" + i + ": x");
        String manyHeaders = RawHttp.exchange(port, "GET", "/api/search", host, many);
        assertTrue(manyHeaders.isEmpty() || RawHttp.status(manyHeaders) == 400, manyHeaders);
        assertEquals(200, http.get("/api/search?q=brann").statusCode());
    }

    @Test
    void encodedPathTraversalIsRefused() throws Exception {
        int port = server.port();
        String host = "127.0.0.1:" + port;
        for (String path : List.of("/%2e%2e/%2e%2e/pom.xml", "/%2e%2e%2f%2e%2e%2fMETA-INF/MANIFEST.MF",
                "/%252e%252e/%252e%252e/pom.xml", "/..%5c..%5cdev/sitrep/server/Router.class", "/%5c..%5cRouter.class",
                "/index.html%00.txt", "/webjars/..%2f..%2fdev/sitrep/web/index.html", "/.%2e/dev/sitrep/server/Router.class",
                "/%c0%ae%c0%ae/pom.xml", "/dev/sitrep/server/Router.class", "/..;/pom.xml")) {
            String answer = RawHttp.exchange(port, "GET", path, host);
            int status = RawHttp.status(answer);
            assertTrue(status == 404 || status == 400, path + " answered " + status);
            assertFalse(answer.contains("<project") || answer.contains("Manifest-Version") || answer.contains("\u00ca\u00fe"), path);
        }
        assertEquals(200, http.get("/").statusCode());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/search?q=brann", "/api/search?q=" + q("((x"), "/api/nothing", "/nothing.js")) {
            var h = http.get(path).headers();
            String csp = h.firstValue("Content-Security-Policy").orElseThrow();
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertEquals("DENY", h.firstValue("X-Frame-Options").orElseThrow(), path);
            assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElseThrow(), path);
            assertTrue(h.firstValue("Access-Control-Allow-Origin").isEmpty(), path);
        }
        String refused = RawHttp.exchange(server.port(), "GET", "/", "evil.example");
        assertTrue(refused.contains("X-frame-options: DENY") || refused.contains("X-Frame-Options: DENY"), refused);
    }
}
