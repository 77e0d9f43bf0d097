package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep events} over pages ingested by the whole pipeline: two outlets report one threat a day apart, a
 * third page reports sanctions; the listing, the filters, the counts and a bad type.
 */
class EventsListingTest {
    @TempDir
    static Path dir;
    static Path store;

    private static void page(Path in, String name, String publisher, String day, String title, String body)
            throws Exception {
        Files.writeString(in.resolve(name), "<!doctype html><html><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + publisher + "\">"
                + "<meta property=\"article:published_time\" content=\"" + day + "T09:00:00Z\">"
                + "</head><body><nav>Home | World | Sport</nav><article><h1>" + title + "</h1>" + body
                + "</article><footer>All rights reserved.</footer></body></html>");
    }

    @BeforeAll
    static void ingest() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        page(in, "ledger.html", "Northern Ledger", "2025-03-03", "Strikes threatened",
                "<p>Russia threatened Ukraine with new strikes on its ports on Monday, two days after the talks in"
                        + " Tavely ended without a date for the next round.</p><p>The harbour master said the grain"
                        + " ships would stay in port until the weekend.</p>");
        page(in, "courier.html", "Coast Courier", "2025-03-04", "Moscow warns Kyiv",
                "<p>Moscow threatened Kyiv with fresh strikes on Tuesday, as fishermen in Tavely waited for news"
                        + " of the convoy.</p><p>Officials in the port did not answer calls about the closure.</p>");
        page(in, "gazette.html", "Inland Gazette", "2025-03-09", "New sanctions",
                "<p>The European Union imposed sanctions on Russia over the strikes, freezing the assets of three"
                        + " shipping firms.</p><p>Traders in Tavely expect the price of grain to rise again.</p>");
        store = dir.resolve("store");
        CliRun r = CliRun.of("ingest", in.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void oneThreatFromTwoOutletsAndTheCounts() throws Exception {
        CliRun r = CliRun.of("events", "--store", store.toString(), "--actor", "Russia", "--role", "source");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("2025-03-03  THREATEN (130)  Russia → Ukraine  \"threatened\"  2 articles, 2 publishers"),
                r.out());
        assertTrue(r.out().contains("Moscow threatened Kyiv with fresh strikes"), r.out());
        assertTrue(r.err().contains("sitrep: 1 event"), r.err());
        assertTrue(r.err().contains("by type: THREATEN 1"), r.err());

        CliRun all = CliRun.of("events", "--store", store.toString(), "--json", "--sort", "reports");
        assertEquals(0, all.exit(), all.err());
        String[] lines = all.out().strip().split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals("THREATEN", first.get("type").asText(), "most reported first");
        assertTrue(all.out().contains("\"SANCTION\""), all.out());
    }

    @Test
    void filtersAndABadType() throws Exception {
        CliRun sanctions = CliRun.of("events", "--store", store.toString(), "--type", "sanction", "--from", "2025-03-05");
        assertEquals(0, sanctions.exit(), sanctions.err());
        assertTrue(sanctions.out().contains("European Union → Russia"), sanctions.out());
        assertTrue(!sanctions.out().contains("THREATEN"), sanctions.out());

        CliRun bad = CliRun.of("events", "--store", store.toString(), "--type", "PARADE");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("sitrep: unknown event type \"PARADE\"; one of AGREE"), bad.err());
    }
}
