package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/positions} over a real store and server: stances, periods, the change, and its errors. */
class PositionsApiTest {
    @TempDir
    static Path dir;
    static SitrepServer server;
    static Http http;

    private static Article said(String id, String day, String words) {
        String text = "\u201c" + words + "\u201d Ysolde Brann said in Tavely.";
        return Article.builder().id(id).source("fixture:" + id).title("Brann on the alliance").publisher("Northern Ledger")
                .published(LocalDate.parse(day)).language("en").text(text)
                // Judged against the default issues as the pipeline judges every statement at ingest.
                .quotes(List.of(new Quote(words, "Ysolde Brann", ServerFixtures.BRANN, "said", QuoteKind.DIRECT, 1,
                        1 + words.length()).withStances(new dev.sitrep.positions.StanceStage().stances(words))))
                .build();
    }

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixtures.serve(dir, List.of(
                said("b1", "2025-02-03", "Ukraine must join NATO without delay."),
                said("b2", "2025-04-07", "Ukraine will never join NATO, and neutrality is the only realistic outcome.")));
        http = Http.to(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aSpeakersStancesPeriodsAndChange() throws Exception {
        JsonNode r = http.json("/api/positions?issue=Ukraine%20should%20join%20NATO&bucket=month");
        assertEquals("ukraine-nato", r.get("issue").get("id").asText());
        assertEquals("month", r.get("bucket").asText());
        JsonNode brann = r.get("actors").get(0);
        assertEquals("Ysolde Brann", brann.get("actor").asText());
        assertEquals("supports", brann.get("statements").get(0).get("stance").asText());
        assertEquals("opposes", brann.get("statements").get(1).get("stance").asText());
        assertEquals("b2", brann.get("statements").get(1).get("quote").get("articleId").asText());
        assertEquals("mixed", brann.get("position").asText());
        assertEquals(2, brann.get("periods").size());
        assertEquals("2025-04-07", brann.get("changes").get(0).get("date").asText());
        assertEquals(0, http.json("/api/positions?issue=ukraine-nato&to=2025-01-31").get("actors").size());
    }

    @Test
    void errorsNameTheParameter() throws Exception {
        assertEquals("issue", Http.body(http.get("/api/positions")).get("parameter").asText());
        assertEquals("bucket", Http.body(http.get("/api/positions?issue=ukraine-nato&bucket=fortnight")).get("parameter").asText());
        assertEquals(400, http.get("/api/positions?issue=ukraine-nato&from=2025-05-01&to=2025-01-01").statusCode());
        assertTrue(http.json("/api/openapi.json").get("paths").has("/api/positions"));
    }
}
