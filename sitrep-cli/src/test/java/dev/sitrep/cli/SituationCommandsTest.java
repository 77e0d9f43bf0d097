package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.store.ArticleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entity}, {@code timeline}, {@code article} and {@code export} through {@link Main#run}. */
class SituationCommandsTest {
    @TempDir
    static Path dir;
    static final String TEXT = "Envoy Orla Quenby said the \"levy truce holds,\" and Quenby added, \"We keep the levy truce.\"";

    @BeforeAll
    static void store() throws Exception {
        int first = TEXT.indexOf("levy truce holds");
        int second = TEXT.indexOf("We keep");
        Article a = Article.builder().id("fx1").source("fixture:fx1").url("https://news.example/fx1")
                .title("Levy truce, \"for now\"").publisher("Inland Gazette").published(LocalDate.of(2025, 5, 2))
                .language("en").text(TEXT)
                .entities(List.of(new Entity("fx:orla-quenby", "Orla Quenby", EntityType.PERSON, List.of("Quenby"), 2,
                        List.of(new Mention(6, 17, "Orla Quenby"), new Mention(TEXT.indexOf("Quenby added"), TEXT.indexOf(" added"), "Quenby")))))
                .quotes(List.of(
                        new Quote("levy truce holds,", "Orla Quenby", "fx:orla-quenby", "said", QuoteKind.DIRECT, first, first + 17),
                        new Quote("We keep the levy truce.", "Orla Quenby", "fx:orla-quenby", "added", QuoteKind.DIRECT, second, second + 23)))
                .build();
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(a);
            SyntheticCorpus synthetic = new SyntheticCorpus(9);
            for (int i = 0; i < 20; i++) {
                store.add(synthetic.article(i));
            }
        }
    }

    private static CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.toString();
        return CliRun.of(all);
    }

    @Test
    void entityProfileByAlias() {
        CliRun r = run("entity", "Quenby");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Orla Quenby (PERSON)  id fx:orla-quenby"), r.out());
        assertTrue(r.out().contains("aliases: Quenby"), r.out());
        assertTrue(r.out().contains("mentions: 2 in 1 article"), r.out());
        assertTrue(r.out().contains("2025-05-02  Inland Gazette  [fx1]  \u201cWe keep the levy truce.\u201d"), r.out());
        assertTrue(r.out().contains("publishers: Inland Gazette (1)"), r.out());
        assertEquals(1, run("entity", "Nobody Atall").exit());
    }

    @Test
    void entityAsJson() throws Exception {
        JsonNode p = ArticleJson.mapper().readTree(run("entity", "fx:orla-quenby", "--json").out());
        assertEquals(2, p.get("quotes").size());
        assertEquals(0, p.get("roles").size());
    }

    @Test
    void timelineListsDaysAndStatements() {
        CliRun r = run("timeline", "levy", "truce");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2025-05-02     1  #"), r.out());
        assertTrue(r.out().contains("Orla Quenby  [fx1]"), r.out());
        CliRun bad = run("timeline", "levy", "AND");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("^"), bad.err());
    }

    @Test
    void articleMarksQuotesAndEntities() {
        CliRun r = run("article", "fx1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("url https://news.example/fx1"), r.out());
        assertTrue(r.out().contains("source fixture:fx1"), r.out());
        assertTrue(r.out().contains("Envoy [Orla Quenby] said the \"{levy truce holds,}\" and [Quenby] added, \"{We keep the levy truce.}\""), r.out());
        assertEquals(1, run("article", "nope").exit());
    }

    @Test
    void exportQuotesAsCsvWithHeaderAndQuoting() {
        CliRun r = run("export", "quotes", "--speaker", "Quenby", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\r\n");
        assertEquals("text,speaker,speakerId,cue,kind,start,end,articleId,title,publisher,published,publishedInferred,url,copies,sources", lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].contains(",\"Levy truce, \"\"for now\"\"\",\"Inland Gazette\",2025-05-02,"), lines[1]);
    }

    @Test
    void exportSearchEntitiesAndTimelineAsJsonLines() throws Exception {
        CliRun search = run("export", "search", "levy", "truce", "--format", "jsonl");
        assertEquals(0, search.exit(), search.err());
        JsonNode hit = ArticleJson.mapper().readTree(search.out().lines().findFirst().orElseThrow());
        assertEquals("fx1", hit.get("id").asText());
        assertTrue(hit.get("snippet").asText().contains("«levy»"));
        String entities = run("export", "entities", "Quenby").out();
        assertEquals(1, entities.lines().count());
        assertEquals("fx:orla-quenby", ArticleJson.mapper().readTree(entities).get("id").asText());
        String days = run("export", "timeline", "levy", "--format", "csv").out();
        assertEquals("date,articles,inferred\r\n2025-05-02,1,0\r\n", days);
        assertEquals(2, run("export", "quotes", "--format", "xml").exit());
    }
}
