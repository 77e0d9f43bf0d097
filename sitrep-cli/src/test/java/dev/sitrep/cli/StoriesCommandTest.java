package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo corpus holds a spun copy of one article: they share a story, and the story counts one original. */
class StoriesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theSpunCopyJoinsItsOriginalsStory() throws Exception {
        Path data = tmp.resolve("store");
        assertEquals(0, CliRun.of("demo", "--data", data.toString()).exit());
        CliRun run = CliRun.of("stories", "--data", data.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> stories = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                stories.add(ArticleJson.mapper().readTree(line));
            }
        }
        assertTrue(stories.size() >= 5, run.out());
        JsonNode biggest = stories.get(0);
        assertTrue(biggest.get("articles").asInt() >= 2, "the copy shares its original's story: " + biggest);
        assertTrue(biggest.get("originals").asInt() < biggest.get("articles").asInt(), "a copy is not an original: " + biggest);

        CliRun human = CliRun.of("stories", "--data", data.toString(), "--limit", "3");
        assertTrue(human.out().contains("  2 articles (1 original)"), human.out());
        assertTrue(human.out().contains("[" + biggest.get("id").asText() + "]"), "the story id to query: " + human.out());
    }
}
