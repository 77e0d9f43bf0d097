package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions on the seed documents in {@code ../shared/seeds}, ingested through the whole pipeline. */
class SeedsPositionsAcceptanceTest {
    @TempDir
    static Path store;

    @BeforeAll
    static void ingest() {
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds absent");
        CliRun r = CliRun.of("ingest", seeds.toString(), "--data", store.toString());
        assertEquals(0, r.exit(), r.err());
    }

    private static JsonNode positions(String issue, String... more) throws Exception {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"positions", "--issue", issue, "--json", "--data=" + store}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void hegsethOpposesUkraineJoiningNatoInFebruary2025() throws Exception {
        JsonNode r = positions("Ukraine joining NATO", "--actor", "Hegseth", "--from", "2025-02-01", "--to", "2025-02-28");
        assertEquals(1, r.get("actors").size(), r.toPrettyString());
        JsonNode hegseth = r.get("actors").get(0);
        assertEquals("opposes", hegseth.get("position").asText(), hegseth.toPrettyString());
        assertTrue(hegseth.get("statements").get(0).get("quote").get("text").asText().contains("not a viable outcome"));
    }

    @Test
    void theReassuranceForceHasSupportersAndTheUsRefusal() throws Exception {
        JsonNode r = positions("reassurance-force");
        boolean supporters = false;
        boolean usRefusal = false;
        for (JsonNode a : r.get("actors")) {
            supporters |= a.get("supports").asInt() > 0;
            usRefusal |= a.get("actor").asText().contains("Hegseth") && a.get("position").asText().equals("opposes");
        }
        assertTrue(supporters && usRefusal, r.toPrettyString());
    }
}
