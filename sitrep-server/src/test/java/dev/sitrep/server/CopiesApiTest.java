package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements quoted by copies and the stories endpoints over real HTTP, against a store with a copied report. */
class CopiesApiTest {
    /** Invented: a report, a wire copy of it a day later, and a spinner's copy two days later. */
    static final String REPORT = """
            The grain convoy that left the port of Marsk on Monday reached the Lowland Pact's northern depots on Wednesday, two days later than planned, after storms closed the coastal road.

            "Every lorry arrived, and not one sack was lost on the road," Ysolde Brann said at the depot in Tavely, where the first loads were handed to the regional food agencies.

            Officials said the next convoy would leave the port at the end of the month if the road is repaired in time, and that insurers had agreed to cover the route for the whole winter.
            """;
    static final String SPUN = """
            The grain convoy that departed the port of Marsk on Monday reached the Lowland Pact's northern depots on Wednesday, two days later than deliberate, after storms shut the coastal road.

            "Every lorry arrived, and not a single sack was misplaced on the road," Ysolde Brann said at the depot in Tavely, where the first loads were handed to the regional food agencies.

            Officials mentioned the next convoy would leave the port at the finish of the month if the road is repaired in time, and that insurers had agreed to cover the route for the entire winter.
            """;
    static final String WORDS = "Every lorry arrived, and not one sack was lost on the road,";
    static final String SPUN_WORDS = "Every lorry arrived, and not a single sack was misplaced on the road,";

    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        List<Article> articles = new ArrayList<>(List.of(
                copy("c1", "Grain convoy reaches depots", "Northern Ledger", "2025-03-12", REPORT, WORDS, null),
                copy("c2", "Grain convoy reaches the depots", "Harbour Times", "2025-03-13",
                        REPORT + "\nThis report was supplied by a news agency.", WORDS, null),
                copy("c3", "Grain caravan reaches depots", "Spinner Daily", "2025-03-14", SPUN, SPUN_WORDS, Flag.SPUN_TEXT)));
        articles.addAll(ServerFixtures.corpus());
        server = ServerFixtures.serve(dir, articles);
        http = Http.to(server);
    }

    private static Article copy(String id, String title, String publisher, String date, String text, String words, Flag flag) {
        Article a = ServerFixtures.article(id, title, publisher, date, text, words, "said");
        return flag == null ? a : a.toBuilder().flag(flag).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aStatementInThreeCopiesIsOneItemWithItsOriginAndSources() throws Exception {
        JsonNode page = http.json("/api/quotes?about=lorry");
        assertEquals(1, page.get("total").asInt(), page.toString());
        JsonNode q = page.get("items").get(0);
        assertEquals("c1", q.get("articleId").asText(), "the origin is the earliest copy");
        assertEquals("Northern Ledger", q.get("publisher").asText());
        assertEquals(WORDS, q.get("text").asText());
        assertEquals(2, q.get("copies").asInt());
        JsonNode sources = q.get("sources");
        assertEquals(3, sources.size());
        assertEquals("c1", sources.get(0).get("articleId").asText());
        assertEquals("Harbour Times", sources.get(1).get("publisher").asText());
        assertEquals("2025-03-14", sources.get(2).get("published").asText());
        assertEquals("spun-text", sources.get(2).get("flags").get(0).asText());
        assertEquals(SPUN_WORDS, sources.get(2).get("text").asText());
        assertEquals(0, sources.get(0).get("flags").size());

        JsonNode brann = http.json("/api/entities/" + ServerFixtures.BRANN).get("quotes");
        assertEquals(3, brann.size(), "the profile counts the copied statement once beside two others");
        JsonNode timeline = http.json("/api/timeline?q=lorry").get("statements");
        assertEquals(1, timeline.size());
        assertEquals(3, http.json("/api/timeline?q=lorry").get("days").size(), "articles per day count every copy");
    }

    @Test
    void storiesArePagedAndAStoryHasItsArticlesInDateOrder() throws Exception {
        JsonNode page = http.json("/api/stories?limit=2");
        assertEquals(2, page.get("items").size());
        JsonNode biggest = page.get("items").get(0);
        assertEquals(3, biggest.get("articles").asInt());
        assertEquals(1, biggest.get("originals").asInt());
        assertEquals("Grain convoy reaches depots", biggest.get("title").asText());
        assertEquals("2025-03-12", biggest.get("first").asText());
        assertEquals("2025-03-14", biggest.get("last").asText());
        assertTrue(page.get("total").asInt() >= 4, page.toString());
        JsonNode second = http.json("/api/stories?limit=2&offset=2");
        assertNotEquals(biggest.get("id"), second.get("items").get(0).get("id"));
        assertEquals(0, http.json("/api/stories?from=2026-01-01").get("total").asInt());

        JsonNode story = http.json("/api/stories/" + biggest.get("id").asText());
        JsonNode items = story.get("items");
        assertEquals(3, items.size());
        assertEquals("c1", items.get(0).get("id").asText());
        assertEquals("c3", items.get(2).get("id").asText());
        assertEquals("c1", items.get(2).get("duplicateOf").asText());
        assertFalse(items.get(0).has("text"));
        assertTrue(story.get("actors").toString().contains("Ysolde Brann"));
        assertEquals(1, story.get("statements").size());
        assertEquals(3, story.get("statements").get(0).get("sources").size());
    }

    @Test
    void unknownStoriesAre404AndBadRangesAre400() throws Exception {
        HttpResponse<String> r = http.get("/api/stories/no-such-story");
        assertEquals(404, r.statusCode());
        assertTrue(Http.body(r).get("error").asText().contains("no story with id"));
        assertEquals(400, http.get("/api/stories?from=2025-04-01&to=2025-03-01").statusCode());
        assertEquals("from", Http.body(http.get("/api/stories?from=yesterday")).get("parameter").asText());
    }

    @Test
    void openApiDescribesStoriesAndSources() throws Exception {
        JsonNode doc = http.json("/api/openapi.json");
        assertTrue(doc.get("paths").has("/api/stories"));
        assertTrue(doc.get("paths").has("/api/stories/{id}"));
        assertTrue(doc.get("components").get("schemas").get("QuoteItem").get("properties").has("sources"));
    }
}
