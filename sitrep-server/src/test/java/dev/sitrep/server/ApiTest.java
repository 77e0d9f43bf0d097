package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Article;
import dev.sitrep.query.Role;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of API.md over real HTTP, against a server on an ephemeral port. */
class ApiTest {
    @TempDir
    static Path dir;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (Article a : ServerFixtures.corpus()) {
                store.add(a);
            }
            SyntheticCorpus synthetic = new SyntheticCorpus(3);
            for (int i = 0; i < 30; i++) {
                store.add(synthetic.article(i));
            }
        }
        server = SitrepServer.start(LuceneStoreSearch.open(dir), new InetSocketAddress("127.0.0.1", 0),
                id -> id.equals(ServerFixtures.BRANN)
                        ? List.of(new Role("Envoy", "Lowland Pact", LocalDate.of(2024, 1, 1), null)) : List.of());
        http = Http.to(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void searchReturnsArticlesWithoutTextAndWithEscapedMarkedSnippets() throws Exception {
        JsonNode page = http.json("/api/search?q=levies&publisher=inland%20gazette");
        assertEquals(1, page.get("total").asInt());
        JsonNode hit = page.get("items").get(0);
        assertEquals("a3", hit.get("id").asText());
        assertFalse(hit.has("text"));
        assertEquals("boilerplate-removed", hit.get("flags").get(0).asText());
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains("<mark>levies</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;") && snippet.contains("&amp;"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
    }

    @Test
    void searchFiltersByDayAndEntity() throws Exception {
        JsonNode page = http.json("/api/search?q=tripwire&from=2025-03-03&to=2025-03-31&entity=Brann");
        assertEquals(1, page.get("total").asInt());
        assertEquals("a2", page.get("items").get(0).get("id").asText());
    }

    @Test
    void pagesAreDisjointWindowsOfOneTotal() throws Exception {
        JsonNode first = http.json("/api/search?limit=5&offset=0");
        JsonNode second = http.json("/api/search?limit=5&offset=5");
        assertEquals(34, first.get("total").asInt());
        assertEquals(first.get("total"), second.get("total"));
        assertEquals(5, second.get("offset").asInt());
        Set<String> ids = new HashSet<>();
        first.get("items").forEach(i -> ids.add(i.get("id").asText()));
        second.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(10, ids.size());
        assertEquals(4, http.json("/api/search?limit=5&offset=30").get("items").size());
        assertEquals(200, http.json("/api/search?limit=5000").get("limit").asInt());
        assertEquals(20, http.json("/api/quotes").get("limit").asInt());
    }

    @Test
    void quotesCarryTheirArticle() throws Exception {
        JsonNode page = http.json("/api/quotes?speaker=Brann&about=tripwire%20brigade");
        assertEquals(2, page.get("total").asInt());
        JsonNode q = page.get("items").get(0);
        assertEquals(ServerFixtures.BRANN, q.get("speakerId").asText());
        assertEquals("direct", q.get("kind").asText());
        assertTrue(q.get("url").asText().startsWith("https://news.example/a"));
        assertNotNull(q.get("publisher").asText());
        assertTrue(q.get("end").asInt() > q.get("start").asInt());
        JsonNode second = http.json("/api/quotes?speaker=Brann&limit=1&offset=1");
        assertEquals(1, second.get("items").size());
    }

    @Test
    void entitiesMostMentionedFirstWithTypeFilter() throws Exception {
        JsonNode page = http.json("/api/entities?q=brann");
        JsonNode brann = page.get("items").get(0);
        assertEquals(ServerFixtures.BRANN, brann.get("id").asText());
        assertEquals(4, brann.get("mentions").asInt());
        assertEquals(2, brann.get("articles").asInt());
        assertEquals("Brann", brann.get("aliases").get(0).asText());
        JsonNode orgs = http.json("/api/entities?type=org&limit=200");
        orgs.get("items").forEach(e -> assertEquals("ORG", e.get("type").asText()));
        JsonNode all = http.json("/api/entities?limit=200").get("items");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).get("mentions").asLong() >= all.get(i).get("mentions").asLong());
        }
    }

    @Test
    void entityProfile() throws Exception {
        JsonNode p = http.json("/api/entities/" + ServerFixtures.BRANN);
        assertEquals("Ysolde Brann", p.get("name").asText());
        assertEquals("Envoy", p.get("roles").get(0).get("role").asText());
        assertEquals("2024-01-01", p.get("roles").get(0).get("from").asText());
        assertEquals(2, p.get("mentionsPerDay").size());
        assertEquals("2025-03-02", p.get("mentionsPerDay").get(0).get("date").asText());
        assertEquals(2, p.get("quotes").size());
        assertEquals("2025-03-05", p.get("quotes").get(0).get("published").asText(), "newest first");
        assertEquals(ServerFixtures.LEAGUE, p.get("coMentions").get(0).get("id").asText());
        assertEquals(1, p.get("coMentions").get(0).get("count").asInt());
        assertEquals(2, p.get("publishers").size());
        assertEquals(p.get("id"), http.json("/api/entities/Ysolde%20Brann").get("id"), "a name resolves too");
    }

    @Test
    void timelineCountsDaysAndOrdersStatementsByDate() throws Exception {
        JsonNode t = http.json("/api/timeline?q=%22tripwire%20brigade%22");
        assertEquals("\"tripwire brigade\"", t.get("query").asText());
        assertEquals(2, t.get("days").size());
        assertEquals("2025-03-02", t.get("days").get(0).get("date").asText());
        assertEquals(1, t.get("days").get(0).get("articles").asInt());
        JsonNode s = t.get("statements");
        assertEquals(2, s.size());
        assertTrue(s.get(0).get("published").asText().compareTo(s.get(1).get("published").asText()) < 0);
    }

    @Test
    void articleWhole() throws Exception {
        JsonNode a = http.json("/api/articles/a1");
        assertTrue(a.get("text").asText().startsWith("Ysolde Brann said"));
        assertEquals("fixture:a1", a.get("source").asText());
        assertEquals("https://news.example/a1", a.get("url").asText());
        JsonNode brann = a.get("entities").get(0);
        assertEquals(2, brann.get("spans").size());
        assertEquals(0, brann.get("spans").get(0).get(0).asInt());
        assertEquals("told", a.get("quotes").get(0).get("cue").asText());
    }

    @Test
    void unknownIdsAre404() throws Exception {
        HttpResponse<String> r = http.get("/api/articles/nope");
        assertEquals(404, r.statusCode());
        assertTrue(Http.body(r).get("error").asText().contains("no article with id"));
        assertEquals(404, http.get("/api/entities/fx:nobody").statusCode());
        assertEquals(404, http.get("/api/nothing").statusCode());
    }

    @Test
    void querySyntaxErrorIs400WithPosition() throws Exception {
        HttpResponse<String> r = http.get("/api/search?q=force%20AND%20(levies");
        assertEquals(400, r.statusCode());
        JsonNode e = Http.body(r);
        assertEquals("q", e.get("parameter").asText());
        assertEquals("force AND (levies".length(), e.get("position").asInt());
        assertTrue(e.get("pretty").asText().endsWith("\n" + " ".repeat("force AND (levies".length()) + "^"), e.get("pretty").asText());
        JsonNode about = Http.body(http.get("/api/quotes?about=%22open"));
        assertEquals("about", about.get("parameter").asText());
    }

    @Test
    void badParametersAre400NamingThem() throws Exception {
        HttpResponse<String> r = http.get("/api/search?q=force&from=2025-3-01");
        assertEquals(400, r.statusCode());
        JsonNode e = Http.body(r);
        assertEquals("from", e.get("parameter").asText());
        assertEquals(5, e.get("position").asInt());
        assertEquals("limit", Http.body(http.get("/api/quotes?limit=ten")).get("parameter").asText());
        assertEquals("offset", Http.body(http.get("/api/quotes?offset=-1")).get("parameter").asText());
        assertEquals("type", Http.body(http.get("/api/entities?type=planet")).get("parameter").asText());
        assertEquals(400, http.get("/api/timeline").statusCode());
        assertEquals(400, http.get("/api/search?from=2025-04-01&to=2025-03-01").statusCode());
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode doc = http.json("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/search", "/api/quotes", "/api/entities", "/api/entities/{id}",
                "/api/timeline", "/api/articles/{id}", "/api/openapi.json")) {
            assertTrue(doc.get("paths").has(path), path);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/search?q=force", "/api/articles/nope", "/api/search?q=(", "/missing.js")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(Responses.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void staticFilesFromTheClassPathOnly() throws Exception {
        HttpResponse<String> index = http.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("Sitrep"));
        assertEquals(404, http.get("/missing.js").statusCode());
        assertEquals(404, http.get("/%2e%2e/%2e%2e/dev/sitrep/server/openapi.json").statusCode());
        assertEquals(404, http.get("/webjars/..%2f..%2fdev/sitrep/web/index.html").statusCode());
    }
}
