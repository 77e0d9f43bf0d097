package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.store.ArticleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep positions} over a real store: a speaker who backs Ukraine's NATO membership in January and turns
 * against it in March, a copy of one statement counted once, a statement naming Ukraine and NATO on another matter
 * and one without a speaker left out.
 */
class PositionsCommandTest {
    @TempDir
    static Path dir;

    private static Article article(String id, LocalDate day, String publisher, String speaker, String speakerId,
            String words) {
        String text = "The envoy spoke in Brussels. \u201c" + words + "\u201d " + (speaker == null ? "a banner read." : speaker + " said.");
        int start = text.indexOf(words);
        return Article.builder().id(id).source("fixture:" + id).url("https://news.example/" + id)
                .title("Envoy on the alliance").publisher(publisher).published(day).language("en").text(text)
                // Judged against the default issues as the pipeline judges every statement at ingest.
                .quotes(List.of(new Quote(words, speaker, speakerId, speaker == null ? null : "said",
                        QuoteKind.DIRECT, start, start + words.length())
                        .withStances(new dev.sitrep.positions.StanceStage().stances(words))))
                .build();
    }

    @BeforeAll
    static void store() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(article("p1", LocalDate.of(2025, 1, 6), "Inland Gazette", "Orla Quenby", "fx:quenby",
                    "Ukraine must join NATO without delay."));
            store.add(article("p1-copy", LocalDate.of(2025, 1, 7), "Coast Courier", "Orla Quenby", "fx:quenby",
                    "Ukraine must join NATO without delay.").toBuilder().duplicateOf("p1").build());
            store.add(article("p2", LocalDate.of(2025, 1, 20), "Inland Gazette", "Orla Quenby", "fx:quenby",
                    "Ukraine deserves a clear path to NATO membership."));
            store.add(article("p3", LocalDate.of(2025, 3, 3), "Inland Gazette", "Orla Quenby", "fx:quenby",
                    "Ukraine will never join NATO, and neutrality is the only realistic outcome."));
            store.add(article("p4", LocalDate.of(2025, 2, 3), "Coast Courier", "Tomas Reval", "fx:reval",
                    "NATO ships will escort Ukraine's grain through the strait."));
            store.add(article("p5", LocalDate.of(2025, 2, 10), "Coast Courier", null, null,
                    "Ukraine must join NATO now."));
        }
    }

    private static JsonNode positions(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("positions", "--issue", "Ukraine should join NATO", "--json",
                "--data", dir.toString()));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void aSpeakersStatementsInDateOrderWithTheirStanceAndTheChange() throws Exception {
        JsonNode all = positions("--bucket", "month");
        assertEquals("ukraine-nato", all.path("issue").path("id").asText());
        assertEquals(1, all.path("actors").size(), all.toPrettyString());
        JsonNode quenby = all.path("actors").get(0);
        assertEquals("Orla Quenby", quenby.path("actor").asText());
        assertEquals("fx:quenby", quenby.path("actorId").asText());
        List<String> stances = new ArrayList<>();
        List<String> days = new ArrayList<>();
        quenby.path("statements").forEach(s -> {
            stances.add(s.path("stance").asText());
            days.add(s.path("quote").path("published").asText());
        });
        assertEquals(List.of("supports", "supports", "opposes"), stances, quenby.toPrettyString());
        assertEquals(List.of("2025-01-06", "2025-01-20", "2025-03-03"), days, "oldest first, the copy counted once");
        assertEquals("supports", quenby.path("position").asText());
        assertEquals(2, quenby.path("periods").size());
        assertEquals("2025-01-01", quenby.path("periods").get(0).path("start").asText());
        assertEquals("supports", quenby.path("periods").get(0).path("position").asText());
        assertEquals("opposes", quenby.path("periods").get(1).path("position").asText());
        JsonNode change = quenby.path("changes").get(0);
        assertEquals("2025-03-03", change.path("date").asText());
        assertEquals("supports", change.path("from").asText());
        assertEquals("opposes", change.path("to").asText());
        assertEquals("p3", change.path("articleId").asText());
        assertTrue(quenby.path("statements").get(2).path("evidence").size() > 0, "the words that carry the stance");
    }

    @Test
    void windowsActorsAndTheHumanListing() throws Exception {
        assertEquals(0, positions("--actor", "Reval").path("actors").size(), "not on the proposition itself");
        JsonNode january = positions("--to", "2025-01-31");
        assertEquals(2, january.path("actors").get(0).path("statements").size());
        assertEquals("week", january.path("bucket").asText());
        assertEquals(0, january.path("actors").get(0).path("changes").size());
        CliRun text = CliRun.of("positions", "--issue", "ukraine-nato", "--data", dir.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Orla Quenby: supports (2 supporting, 1 opposing, 0 neither)"), text.out());
        assertTrue(text.out().contains("changed 2025-03-03: supports -> opposes"), text.out());
        CliRun bad = CliRun.of("positions", "--issue", "ukraine-nato", "--bucket", "fortnight", "--data", dir.toString());
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("not a bucket: fortnight"), bad.err());
    }
}
