package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.eval.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the five seed documents in {@code ../shared/seeds} (found through the {@code sitrep.shared}
 * property; skipped when absent): {@code sitrep analyze --text-only} must split the tag page, clean chrome,
 * keep the repeated live-blog post once, read titles, publishers and dates, and raise the warning flags.
 */
class SeedsAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CHROME = List.of("Connect with us", "what are you looking for",
            "Click to comment", "Leave a Reply", "Your email address will not be published", "You May Also Like",
            "Broaden your horizons", "Try The Telegraph free", "(Source: Reuters)", "Back to top", "Source: http",
            "programmatic technology", "![", "Key occasions", "Comment (0)", "Dawei/Xinhua", "Jr/Xinhua",
            "revolt from his...", "Latest news with #");

    @Test
    void nineCleanArticlesWithTheirMetadataAndFlags() throws IOException {
        List<JsonNode> articles = analyze();
        assertEquals(9, articles.size(), "articles: " + articles.stream().map(a -> a.path("source").asText()).toList());

        JsonNode chrome = bySource(articles, "000_");
        assertEquals("Western allies ramp up rhetoric against Russia, want to see ‘defeat’ of Moscow", chrome.path("title").asText());
        assertTrue(flags(chrome).contains("boilerplate-removed"));

        JsonNode live = bySource(articles, "001_");
        assertTrue(live.path("title").asText().startsWith("Peace push ‘not a betrayal’ of Ukraine"), live.path("title").asText());
        assertEquals(1, occurrences(live.path("text").asText(), "has simply been talking to reporters"));
        assertTrue(flags(live).contains("duplicate-paragraphs-removed"), flags(live).toString());
        assertTrue(flags(live).contains("spun-text"), flags(live).toString());
        assertEquals("2025-02-13", live.path("published").asText());

        assertEquals("Biden’s game plan in Brussels: hit Putin and embrace the West", bySource(articles, "004_").path("title").asText());
        assertTrue(flags(bySource(articles, "004_")).contains("machine-translated"));

        for (JsonNode a : articles) {
            String text = a.path("text").asText();
            assertFalse(text.isBlank(), a.path("source").asText());
            for (String c : CHROME) {
                assertFalse(text.contains(c), a.path("source").asText() + " still contains " + c);
            }
            assertFalse(text.contains("\n\n\n"), "paragraphs are separated by exactly one blank line");
            String source = a.path("source").asText();
            if (!source.contains("001_")) {
                assertFalse(flags(a).contains("spun-text"), source);
            }
            if (!source.contains("004_")) {
                assertFalse(flags(a).contains("machine-translated"), source);
            }
            assertEquals("en", a.path("language").asText(), source);
        }
    }

    @Test
    void tagPageBecomesFiveArticles() throws IOException {
        List<JsonNode> parts = analyze().stream().filter(a -> a.path("source").asText().contains("002_")).toList();
        String[][] expected = {
                {"#1", "US Said to Refuse Air Cover for Europe Forces in Postwar Ukraine", "Bloomberg", "2025-05-07", "Business"},
                {"#2", "What Putin wants from Xi Jinping", "Yahoo", "2025-05-07", "Politics"},
                {"#3", "Ischinger: Europe going it alone in Ukraine could be ‘the end of NATO as we know it'", "Politico", "2025-05-05", "Politics"},
                {"#4", "Europe to present Trump with Ukraine force plan within weeks", "Japan Times", "2025-04-12", "Politics"},
                {"#5", "Live updates: The latest news ahead of Trump's joint address to Congress", "CNN", "2025-03-03", "Business"}};
        assertEquals(expected.length, parts.size());
        for (int i = 0; i < expected.length; i++) {
            JsonNode a = parts.get(i);
            assertTrue(a.path("source").asText().endsWith(expected[i][0]), a.path("source").asText());
            assertEquals(expected[i][1], a.path("title").asText());
            assertEquals(expected[i][2], a.path("publisher").asText());
            assertEquals(expected[i][3], a.path("published").asText());
            assertEquals(i == 0, a.path("publishedInferred").isObject(),
                    "a relative date without a reference date is inferred from the item below it, the others are given");
            assertEquals(expected[i][4], a.path("section").asText());
            assertTrue(flags(a).contains("from-aggregate-page"));
            assertFalse(a.path("text").asText().startsWith("- "), "header lines are not body text");
        }
    }

    @Test
    void relativeDatesResolveAgainstAsOf() throws IOException {
        JsonNode first = analyze("--as-of", "2025-05-12").stream()
                .filter(a -> a.path("source").asText().endsWith("#1")).findFirst().orElseThrow();
        assertEquals("2025-05-07", first.path("published").asText());
    }

    @Test
    void unknownFieldsStayNull() throws IOException {
        JsonNode vietnamese = bySource(analyze(), "003_");
        assertNull(vietnamese.get("publisher").textValue(), "no publisher is guessed");
    }

    @Test
    void everySeedArticleHasADateAndTheInferredOnesSaySo() throws IOException {
        List<JsonNode> all = analyze();
        assertEquals(9, all.size());
        for (JsonNode a : all) {
            assertFalse(a.path("published").isNull(), a.path("source").asText());
        }
        JsonNode vietnamese = bySource(all, "003_");
        assertEquals("2025-02-12", vietnamese.path("published").asText(), "'February 12' in Hegseth's tenure");
        assertTrue(vietnamese.path("publishedInferred").path("basis").asText().contains("Pete Hegseth"));
        assertTrue(bySource(all, "001_").path("publishedInferred").isNull(), "a date from the text is not inferred");
    }

    /** The decode stage repairs UTF-8 read as Greek/Western code pages ("β€œ" for "“"). */
    @Test
    void mojibakeIsRepaired() throws IOException {
        List<JsonNode> articles = analyze();
        for (JsonNode a : articles) {
            assertFalse(a.toString().contains("β€"), a.path("source").asText());
        }
        assertTrue(flags(bySource(articles, "004_")).contains("mojibake-repaired"));
    }

    private static List<JsonNode> analyze(String... options) throws IOException {
        Optional<Path> seeds = SharedData.seeds();
        assumeTrue(seeds.isPresent(), "../shared/seeds not found");
        List<String> args = new ArrayList<>(List.of("analyze", "--text-only"));
        args.addAll(List.of(options));
        try (Stream<Path> files = Files.list(seeds.get())) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        List<JsonNode> articles = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                articles.add(JSON.readTree(line));
            }
        }
        return articles;
    }

    private static JsonNode bySource(List<JsonNode> articles, String prefix) {
        return articles.stream().filter(a -> a.path("source").asText().contains(prefix)).findFirst().orElseThrow();
    }

    private static List<String> flags(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.path("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
