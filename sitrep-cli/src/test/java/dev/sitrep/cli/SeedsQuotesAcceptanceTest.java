package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the seed documents in {@code ../shared/seeds}: the quotes a reader would list come out of
 * {@code sitrep analyze} with the right speaker, and scare quotes come out attributed to nobody.
 *
 * <p>Assertions search the quotes of all articles, so they hold whether a seed page comes out as one raw text
 * or split into its articles. Speakers are matched on the surname: until entity canonicalisation links every
 * mention, a speaker may show as the surface name ("Smith") rather than the canonical one ("Julianne Smith").
 */
class SeedsQuotesAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> QUOTES = new ArrayList<>();

    @BeforeAll
    static void analyseSeeds() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path seeds = Path.of(shared, "seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds absent");
        List<String> args = new ArrayList<>(List.of("analyze"));
        try (Stream<Path> files = Files.list(seeds)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        assertEquals(0, code);
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                JSON.readTree(line).path("quotes").forEach(QUOTES::add);
            }
        }
    }

    private static JsonNode quote(String words) {
        return QUOTES.stream().filter(q -> q.path("text").asText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing: " + words));
    }

    private static void assertSpeaker(String words, String surname) {
        JsonNode q = quote(words);
        String speaker = q.path("speaker").asText("");
        assertTrue(speaker.contains(surname), "speaker of '" + words + "' is '" + speaker + "', expected " + surname);
    }

    @Test
    void westernAlliesArticle() {
        assertSpeaker("We want to see a strategic defeat for Russia", "Smith");
        assertSpeaker("I don’t agree with this idea of an exit ramp", "Truss");
        assertSpeaker("We are not looking for regime change", "Truss");
        assertSpeaker("walk and chew gum", "Smith");
    }

    @Test
    void liveBlogArticle() {
        JsonNode q = quote("That is your language, not mine. Certainly not a betrayal");
        assertTrue(q.path("speaker").asText("").contains("Hegseth"), q.toString());
        assertEquals("insists", q.path("cue").asText());
        assertSpeaker("I don’t have any European nations who are involved", "Leavitt");
        JsonNode block = quote("They’re the frontline of freedom");
        assertEquals("block", block.path("kind").asText());
        assertTrue(block.path("speaker").asText("").contains("Healey"), block.toString());
        assertSpeaker("We all want Ukraine to be in the best possible position", "Rutte");
        assertSpeaker("It is crucial that whatever comes out of these talks", "Rutte");
    }

    @Test
    void tagPageArticles() {
        assertSpeaker("absolutely inappropriate and absurd", "Grushko");
        assertSpeaker("Putin is both an asset and a liability", "Sussex");
        assertSpeaker("Europe, at this moment, is not capable of defending itself", "Ischinger");
    }

    @Test
    void translatedArticle() {
        // the knowledge base's canonical spelling ("Zelensky") may differ from the article's transliteration
        assertSpeaker("NATO has yet to show what the alliance can do to save people", "Zelensk");
        assertSpeaker("any use of chemical weapons would fundamentally change", "Stoltenberg");
        assertSpeaker("an existential threat to our country", "Peskov");
    }

    @Test
    void scareQuotesAreNotAttributed() {
        for (JsonNode q : QUOTES) {
            String text = q.path("text").asText().strip();
            for (String scare : new String[] {"coalition of the willing", "reassurance force", "backstop"}) {
                assertTrue(!text.equalsIgnoreCase(scare) || q.path("speaker").isNull(), "attributed scare quote: " + q);
            }
        }
    }
}
