package dev.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.store.ArticleStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed served from 127.0.0.1 (so loopback is allowed, as the source itself is there) that lists links to
 * the cloud metadata address and to a private network: neither is requested, each gets a line.
 */
class WatcherSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void linksToLinkLocalOrPrivateAddressesAreRefused() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> served = Collections.synchronizedList(new ArrayList<>());
        int port = server.getAddress().getPort();
        String base = "http://127.0.0.1:" + port;
        String feed = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
                <item><title>Allies meet</title><link>%s/2026/12/05/allies-meet-in-brussels-on-air-defence</link></item>
                <item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/iam/security-credentials</link></item>
                <item><title>Intranet</title><link>http://10.1.2.3/2026/12/05/internal-memo-on-the-alliance-budget</link></item>
                </channel></rss>""".formatted(base);
        String page = "<html><head><title>Allies meet in Brussels</title></head><body><article><p>\"We will stay the "
                + "course,\" the minister said on Friday as allies met in Brussels to discuss air defence for "
                + "Ukraine and the budget of the alliance for the coming year.</p></article></body></html>";
        server.createContext("/", exchange -> {
            served.add(exchange.getRequestURI().toString());
            String path = exchange.getRequestURI().getPath();
            byte[] body = (path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n" : path.equals("/feed.xml") ? feed
                    : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", path.equals("/robots.txt") ? "text/plain"
                    : path.equals("/feed.xml") ? "application/rss+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            SourcesFile sources = SourcesFile.parse("s.yaml", """
                    user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
                    defaults: {delay: 100ms}
                    sites:
                      - name: wire
                        feeds: [%s/feed.xml]
                    """.formatted(base));
            Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder()
                    .textOnly(true).build()), 1);
            Ingestion.Summary s;
            try (Watcher w = Watcher.open(sources, WatchOptions.builder(tmp.resolve("watch")).build(), problems::add);
                 ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
                s = ingestion.run(w.documents(true), store, f -> problems.add(f.describe()), p -> { });
            }
            assertEquals(1, s.stored(), problems::toString);
            assertEquals(List.of("/robots.txt", "/feed.xml", "/2026/12/05/allies-meet-in-brussels-on-air-defence"),
                    served, "only the loopback source's own pages were requested");
            assertTrue(problems.stream().anyMatch(p -> p.contains("169.254.169.254")), problems::toString);
            assertTrue(problems.stream().anyMatch(p -> p.contains("10.1.2.3")), problems::toString);
        } finally {
            server.stop(0);
        }
    }
}
