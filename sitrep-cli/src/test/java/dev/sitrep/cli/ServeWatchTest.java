package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep serve --watch}: one real process watches a feed on a local site and serves the store it writes;
 * the article the feed lists becomes searchable through the API while the server runs.
 */
class ServeWatchTest {
    @TempDir
    Path tmp;

    @Test
    void whatTheWatcherStoresIsServed() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        String feed = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
                <item><title>Allies weigh a reassurance force</title>
                <link>%s/2026/12/05/allies-weigh-a-reassurance-force?utm_source=rss</link></item>
                </channel></rss>""".formatted(base);
        String page = "<html><head><title>Allies weigh a reassurance force</title></head><body><article>"
                + "<h1>Allies weigh a reassurance force</h1><p>\"Europe must carry more of the load,\" Defence "
                + "Minister Karin Holm said in Brussels on Saturday as ministers discussed a reassurance force "
                + "for Ukraine and the air cover it would need.</p></article></body></html>";
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = (path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n" : path.equals("/feed.xml")
                    ? feed : page).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.equals("/robots.txt") ? "text/plain"
                    : path.equals("/feed.xml") ? "application/rss+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        site.start();
        Path sources = tmp.resolve("sources.yaml");
        Files.writeString(sources, """
                user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
                defaults: {interval: 1m, delay: 100ms}
                sites:
                  - name: desk
                    feeds: [%s/feed.xml]
                """.formatted(base));
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process serve = new ProcessBuilder(CrashEval.javaCommand(List.of("serve", "--watch", sources.toString(),
                "--data", tmp.resolve("store").toString(), "--port", Integer.toString(port))))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI search = URI.create("http://127.0.0.1:" + port + "/api/search?q=reassurance");
            String body = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && !body.contains("\"total\":1")) {
                Thread.sleep(500);
                try {
                    body = client.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
                            .body();
                } catch (IOException e) {
                    body = ""; // not listening yet
                }
            }
            assertTrue(body.contains("\"total\":1"), body + "\n" + Files.readString(tmp.resolve("serve.log")));
            assertTrue(body.contains(base + "/2026/12/05/allies-weigh-a-reassurance-force\""),
                    "stored under its URL without the tracking parameter: " + body);
            assertTrue(body.contains("-watch/archive/sitrep-"), "its source is the archived record: " + body);
        } finally {
            serve.destroy();
            serve.waitFor();
            site.stop(0);
        }
    }
}
