package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.query.bench.SyntheticCorpus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/export/KIND} streams every matching row, page after page, as JSON Lines or CSV. */
class ExportApiTest {
    @TempDir
    static Path dir;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(6);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            articles.add(corpus.article(i));
        }
        server = ServerFixtures.serve(dir, articles);
        http = Http.to(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyStatementOnceAsJsonLines() throws Exception {
        long total = http.json("/api/quotes?limit=1").get("total").asLong();
        assertTrue(total > 400, "more than two pages of statements: " + total);
        HttpResponse<String> r = http.get("/api/export/quotes");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertEquals(total, lines.size());
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNode q = ArticleJson.mapper().readTree(line);
            assertTrue(seen.add(q.get("articleId").asText() + "@" + q.get("start").asInt()), line);
        }
        assertEquals(3, http.get("/api/export/quotes?limit=3").body().lines().count());
    }

    @Test
    void searchAsCsvWithItsHeaderAndErrorsAsBeforeTheStream() throws Exception {
        HttpResponse<String> r = http.get("/api/export/search?q=ministers&format=csv&limit=250");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("sitrep-search.csv"));
        assertTrue(r.body().startsWith("id,"), r.body().substring(0, 30));
        assertEquals("about", Http.body(http.get("/api/export/quotes?about=%22open")).get("parameter").asText());
        assertEquals(400, http.get("/api/export/quotes?format=xml").statusCode());
        assertEquals(400, http.get("/api/export/quotes?limit=0").statusCode());
        assertEquals(404, http.get("/api/export/planets").statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    }
}
