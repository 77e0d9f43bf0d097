package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts by field on {@code /api/search} and {@code /api/quotes}, the filters they lead to, and their errors. */
class FacetsApiTest {
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

    @Test
    void aSearchCountsItsArticlesByFieldWhenAsked() throws Exception {
        assertFalse(http.json("/api/search?q=tripwire").has("facets"), "only when asked");
        JsonNode f = http.json("/api/search?q=Lowland&facets=true").get("facets");
        assertEquals("Inland Gazette", f.at("/publisher/0/value").asText(), "ties by value: " + f);
        assertEquals(2, f.get("publisher").size());
        assertEquals(ServerFixtures.LEAGUE, f.at("/entity/0/value").asText());
        assertEquals("Lowland Pact", f.at("/entity/0/label").asText());
        assertEquals("boilerplate-removed", f.at("/flag/0/value").asText());
        assertEquals(1, f.at("/flag/0/count").asInt());
        JsonNode narrowed = http.json("/api/search?q=Lowland&flag=boilerplate-removed");
        assertEquals(1, narrowed.get("total").asInt());
        assertEquals("a3", narrowed.at("/items/0/id").asText());
        assertEquals(0, http.json("/api/search?q=Lowland&language=de").get("total").asInt());
    }

    @Test
    void statementsCountBySpeakerAndPublisherAndNarrowToOne() throws Exception {
        JsonNode r = http.json("/api/quotes?facets=true");
        JsonNode speaker = r.at("/facets/speaker/0");
        assertEquals(ServerFixtures.BRANN, speaker.get("value").asText());
        assertEquals("Ysolde Brann", speaker.get("label").asText());
        assertEquals(r.get("total").asInt(), speaker.get("count").asInt());
        JsonNode byPublisher = http.json("/api/quotes?publisher=Harbour%20Times&facets=true");
        assertEquals(1, byPublisher.get("total").asInt());
        assertEquals("No ally stands alone,", byPublisher.at("/items/0/text").asText());
        assertEquals(1, byPublisher.at("/facets/publisher").size(), byPublisher.get("facets").toString());
        assertTrue(http.get("/api/export/quotes?format=jsonl&publisher=Northern%20Ledger").body().contains("We stand ready"),
                "the export takes the same filters");
    }

    @Test
    void anUnknownFlagStanceOrFacetsValueIsABadRequestNamingIt() throws Exception {
        JsonNode flag = Http.body(http.get("/api/search?q=Lowland&flag=spun"));
        assertEquals("flag", flag.get("parameter").asText());
        assertTrue(flag.get("error").asText().contains("spun-text"), flag.toString());
        assertEquals("stance", Http.body(http.get("/api/quotes?stance=ukraine-nato:against")).get("parameter").asText());
        assertEquals("facets", Http.body(http.get("/api/quotes?facets=yes")).get("parameter").asText());
        assertEquals(400, http.get("/api/quotes?flag=nope").statusCode());
    }
}
