package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entity} shows the offices the knowledge base records for an actor the pipeline resolved there. */
class EntityRolesTest {
    @TempDir
    Path tmp;

    @Test
    void rolesWithTheirDatesFromTheKnowledgeBase() throws Exception {
        Path in = Files.writeString(tmp.resolve("pentagon.txt"), """
                Pentagon reviews drone orders

                US Defense Secretary Pete Hegseth ordered a review of drone purchases on Tuesday.

                "We buy what works," Hegseth told reporters at the Pentagon.
                """);
        String data = tmp.resolve("store").toString();
        CliRun ingest = CliRun.of("ingest", "--data", data, in.toString());
        assertEquals(0, ingest.exit(), ingest.err());

        CliRun human = CliRun.of("entity", "--data", data, "Hegseth");
        assertEquals(0, human.exit(), human.err());
        assertTrue(human.out().contains("roles: US Secretary of Defense, 2025-01-25 \u2013\n"), human.out());

        JsonNode p = ArticleJson.mapper().readTree(CliRun.of("entity", "--data", data, "Hegseth", "--json").out());
        assertEquals("kb:pete-hegseth", p.get("id").asText());
        JsonNode role = p.get("roles").get(0);
        assertEquals("US Secretary of Defense", role.get("role").asText());
        assertEquals("United States", role.get("organisation").asText());
        assertEquals("2025-01-25", role.get("from").asText());
        assertTrue(role.get("to").isNull(), "still in office");
    }
}
