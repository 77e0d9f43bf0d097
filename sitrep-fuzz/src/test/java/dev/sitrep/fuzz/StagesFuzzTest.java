package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitrep.extract.Extraction;
import dev.sitrep.extract.HtmlExtractor;
import dev.sitrep.meta.HtmlMetadataReader;
import dev.sitrep.meta.PageMetadata;
import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.model.Quote;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.nlp.RuleRecognizer;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.quotes.QuoteStage;
import dev.sitrep.split.AggregateSplitter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The stages one at a time on arbitrary input, so that a finding names its stage: extraction and metadata on
 * any markup, aggregate splitting and the entity and quote stages on any text. Each must not throw, and every
 * offset it hands back must lie inside the text it was given.
 */
class StagesFuzzTest {
    private static final String URL = "https://news.example/world/2025/06/01/talks";
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final HtmlMetadataReader METADATA = new HtmlMetadataReader();
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
    private static final AggregateSplitter SPLITTER = new AggregateSplitter();
    // The rule recognizer: no model to load, and fast enough to leave the time to the stages under test.
    private static final EntityStage ENTITIES = new EntityStage(new RuleRecognizer());
    private static final QuoteStage QUOTES = new QuoteStage();

    /** Metadata first, then extraction, on one parsed page: the pipeline's order (extraction may prune). */
    @FuzzTest(maxDuration = "2m")
    void html(byte[] bytes) {
        Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), URL);
        PageMetadata meta = METADATA.read(page, URL, AS_OF);
        assertNotNull(meta);
        Extraction x = EXTRACTOR.extract(page);
        assertNotNull(x.text());
        assertNotNull(x.method());
    }

    /** A listing becomes drafts numbered from 1 and flagged; anything else comes back as it was. */
    @FuzzTest(maxDuration = "2m")
    void split(byte[] bytes) {
        Draft draft = new Draft(Article.builder().source("page").text(text(bytes)).build(), AS_OF, false);
        List<Draft> drafts = SPLITTER.split(draft);
        assertFalse(drafts.isEmpty(), "a draft always comes back");
        if (drafts.size() == 1 && drafts.get(0) == draft) {
            return;
        }
        for (int i = 0; i < drafts.size(); i++) {
            Article a = drafts.get(i).article();
            assertTrue(a.source().equals("page#" + (i + 1)), () -> "listing draft source " + a.source());
            assertTrue(a.has(Flag.FROM_AGGREGATE_PAGE), "listing draft not flagged");
            assertNotNull(a.text());
        }
    }

    /** The first line is the title (title statements), the rest the text; entities feed speaker resolution. */
    @FuzzTest(maxDuration = "2m")
    void quotes(byte[] bytes) {
        String input = text(bytes);
        int nl = input.indexOf('\n');
        String title = nl < 0 ? null : input.substring(0, nl);
        String text = nl < 0 ? input : input.substring(nl + 1);
        Draft draft = new Draft(Article.builder().source("page").title(title).text(text).build(), AS_OF, false);
        Article withEntities = ENTITIES.apply(draft).article();
        Contracts.entities(text, withEntities.entities());
        Article withQuotes = QUOTES.apply(new Draft(withEntities, AS_OF, false)).article();
        assertSame(text, withQuotes.text());
        Contracts.quotes(text, withQuotes.quotes());
        for (Quote q : withQuotes.quotes()) {
            assertNotNull(q.text());
            assertNotNull(q.kind());
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
