package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.events.EventStage;
import dev.sitrep.model.Article;
import dev.sitrep.nlp.kb.KnowledgeBase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/events} over a real store and server: one event from two outlets, its counts, and its errors. */
class EventsApiTest {
    @TempDir
    static Path dir;
    static SitrepServer server;
    static Http http;

    private static Article report(String id, String publisher, String day, String text) {
        LocalDate d = LocalDate.parse(day);
        return Article.builder().id(id).source("fixture:" + id).title("Strikes threatened").publisher(publisher)
                .published(d).language("en").text(text).events(new EventStage(KnowledgeBase.shipped()).events(text, d))
                .build();
    }

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixtures.serve(dir, List.of(
                report("e1", "Northern Ledger", "2025-03-03", "Russia threatened Ukraine with new strikes."),
                report("e2", "Harbour Times", "2025-03-04", "Moscow threatened Kyiv with more strikes."),
                report("e3", "Harbour Times", "2025-03-09", "The European Union imposed sanctions on Russia.")));
        http = Http.to(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void anEventWithItsReportsAndTheCounts() throws Exception {
        JsonNode r = http.json("/api/events?actor=Russia&role=source");
        assertEquals(1, r.get("total").asInt());
        JsonNode e = r.get("items").get(0);
        assertEquals("THREATEN", e.get("type").asText());
        assertEquals("Russia", e.get("source").get(0).get("actor").asText());
        assertEquals("Ukraine", e.get("target").get(0).get("actor").asText());
        assertEquals(2, e.get("articles").asInt());
        assertEquals("2025-03-03", e.get("first").asText());
        assertEquals("Russia threatened Ukraine with new strikes.", e.get("evidence").asText());
        assertEquals("e2", e.get("reports").get(1).get("articleId").asText());

        JsonNode all = http.json("/api/events?sort=reports");
        assertEquals(2, all.get("total").asInt());
        assertEquals(1, all.get("facets").get("type").get("SANCTION").asInt());
        assertEquals(2, all.get("facets").get("actor").get("Russia").asInt());
        assertEquals("2025-03-03", all.get("days").get(0).get("date").asText());
        assertEquals(1, all.get("days").get(0).get("types").get("THREATEN").asInt());
        assertEquals(1, http.json("/api/events?type=sanction").get("total").asInt());
    }

    @Test
    void errorsNameTheParameter() throws Exception {
        assertEquals("type", Http.body(http.get("/api/events?type=PARADE")).get("parameter").asText());
        assertEquals("role", Http.body(http.get("/api/events?role=witness")).get("parameter").asText());
        assertEquals("sort", Http.body(http.get("/api/events?sort=loudest")).get("parameter").asText());
        assertEquals("q", Http.body(http.get("/api/events?q=%28strikes")).get("parameter").asText());
        assertEquals(400, http.get("/api/events?from=2025-05-01&to=2025-01-01").statusCode());
        assertTrue(http.json("/api/openapi.json").get("paths").has("/api/events"));
    }
}
