package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} then {@code search} and {@code quotes} on a real store, through the command line. */
class IngestSearchEndToEndTest {
    @TempDir
    Path tmp;
    Path data;
    Path inputs;

    @BeforeEach
    void writeInputs() throws IOException {
        data = tmp.resolve("store");
        inputs = Files.createDirectories(tmp.resolve("in"));
        // Synthetic articles written for this test; the quotes are invented.
        Files.writeString(inputs.resolve("summit.txt"), """
                Allies weigh air defence for Kyiv

                Ministers meeting in Brussels discussed air defence for Ukraine on Thursday.

                "Every battery we send protects a city," a Dutch minister said after the talks.
                """);
        Files.writeString(inputs.resolve("ports.html"), """
                <html lang="en"><head><title>Baltic ports tighten checks</title></head><body>
                <nav>Home | World</nav><article><h1>Baltic ports tighten checks</h1>
                <p>Port authorities in the Baltic began checking the insurance papers of tankers on Monday.</p>
                <p>Officials said the shadow fleet was the target of the new rules.</p></article></body></html>
                """);
        Files.writeString(inputs.resolve("feed.jsonl"), String.join("\n",
                "{\"title\": \"Sanctions package agreed\", \"published\": \"2025-07-01\", \"text\": \"EU ministers agreed a sanctions package aimed at tankers of the shadow fleet.\"}",
                "{\"title\": \"Air defence deliveries speed up\", \"published\": \"2025-06-10\", \"text\": \"Germany will deliver air defence systems to Ukraine sooner than planned, officials said.\"}",
                "{not json",
                ""), StandardCharsets.UTF_8);
    }

    private CliRun ingest() {
        return CliRun.of("ingest", "--data", data.toString(), "--batch", "2", inputs.toString(),
                tmp.resolve("missing.txt").toString());
    }

    @Test
    void ingestIsIdempotentAndNamesEachFailure() {
        CliRun first = ingest();
        assertEquals(1, first.exit(), first.err());
        assertTrue(first.err().contains("feed.jsonl: line 3: invalid JSON"), first.err());
        assertTrue(first.err().contains("missing.txt: no such file or directory"), first.err());
        assertTrue(first.err().contains("4 stored, 0 already present, 2 failed"), first.err());

        CliRun second = ingest();
        assertTrue(second.err().contains("0 stored, 4 already present, 2 failed"), second.err());
    }

    @Test
    void searchFindsRanksFiltersAndHighlights() throws IOException {
        ingest();
        CliRun run = CliRun.of("search", "--data", data.toString(), "air", "defence");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Allies weigh air defence for Kyiv"), run.out());
        assertTrue(run.out().contains("Air defence deliveries speed up"), run.out());
        assertTrue(run.out().contains("«air» «defence»"), run.out());
        assertFalse(run.out().contains("\u001b["), "no ANSI codes when stdout is not a terminal");

        CliRun dated = CliRun.of("search", "--data", data.toString(), "--from", "2025-06-01", "--to", "2025-06-30",
                "--json", "air defence");
        List<String> lines = dated.out().lines().toList();
        assertEquals(1, lines.size(), dated.out());
        JsonNode hit = ArticleJson.mapper().readTree(lines.get(0));
        assertEquals("Air defence deliveries speed up", hit.get("title").asText());
        assertEquals("2025-06-10", hit.get("published").asText());
        assertTrue(hit.get("snippet").asText().contains("«air» «defence»"), hit.toString());
        assertEquals(hit.get("title").asText(), ArticleJson.fromJson(hit).title(), "the contract reads back");

        assertEquals("", CliRun.of("search", "--data", data.toString(), "--to", "2025-01-01", "tankers").out());
    }

    @Test
    void querySyntaxErrorShowsACaretAndExitsTwo() {
        ingest();
        CliRun run = CliRun.of("search", "--data", data.toString(), "defence AND");
        assertEquals(2, run.exit());
        List<String> err = run.err().lines().toList();
        assertTrue(err.get(0).startsWith("sitrep: query syntax error at position 11"), run.err());
        assertEquals("  defence AND", err.get(1));
        assertEquals("             ^", err.get(2));
    }

    @Test
    void quotesListsWhatWasSaidWithItsArticle() throws IOException {
        ingest();
        CliRun run = CliRun.of("quotes", "--data", data.toString(), "--json", "--about", "Kyiv");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode q = ArticleJson.mapper().readTree(lines.get(0));
        assertTrue(q.get("text").asText().startsWith("Every battery we send protects a city"), q.toString());
        assertEquals("Allies weigh air defence for Kyiv", q.get("title").asText());
        assertFalse(q.get("articleId").asText().isEmpty());

        CliRun human = CliRun.of("quotes", "--data", data.toString());
        assertTrue(human.out().contains("“Every battery we send protects a city"), human.out());
    }

    @Test
    void searchWithoutAStoreSaysSo() {
        CliRun run = CliRun.of("search", "--data", tmp.resolve("nothing").toString(), "NATO");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no store here (run sitrep ingest first)"), run.err());
    }
}
