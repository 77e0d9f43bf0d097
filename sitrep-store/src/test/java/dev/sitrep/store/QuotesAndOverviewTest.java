package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Article;
import dev.sitrep.query.Overview;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesAndOverviewTest {
    @TempDir
    Path dir;

    @BeforeEach
    void ingest() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (Article a : Fixtures.corpus()) {
                store.add(a);
            }
        }
    }

    private List<String> quotes(QuoteRequest r) throws IOException {
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            return s.quotes(r).stream().map(h -> h.quote().text()).toList();
        }
    }

    @Test
    void everyQuoteNewestFirstWithItsArticle() throws IOException {
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            List<QuoteHit> hits = s.quotes(QuoteRequest.all(10));
            assertEquals(2, hits.size());
            QuoteHit first = hits.get(0);
            assertEquals("Every system saves a city,", first.quote().text());
            assertEquals("Volodymyr Zelensky", first.quote().speaker());
            assertEquals("Harbour Times", first.publisher());
            assertEquals(LocalDate.parse("2025-06-10"), first.published());
            assertEquals("Kyiv asks for air defence", first.title());
            assertEquals(Fixtures.corpus().get(1).id(), first.articleId());
        }
    }

    @Test
    void speakerByNameAliasIdOrWordOfName() throws IOException {
        List<String> rutte = List.of("We will do what it takes,");
        assertEquals(rutte, quotes(new QuoteRequest("Mark Rutte", null, null, null, 10)));
        assertEquals(rutte, quotes(new QuoteRequest("nato secretary general", null, null, null, 10)));
        assertEquals(rutte, quotes(new QuoteRequest(Fixtures.RUTTE_ID, null, null, null, 10)));
        assertEquals(List.of("Every system saves a city,"), quotes(new QuoteRequest("Zelensky", null, null, null, 10)));
        assertEquals(List.of(), quotes(new QuoteRequest("Someone Else", null, null, null, 10)));
    }

    @Test
    void aboutSearchesTheQuoteItsContextAndItsTitle() throws IOException {
        assertEquals(List.of("Every system saves a city,"), quotes(new QuoteRequest(null, "city", null, null, 10)));
        assertEquals(List.of("We will do what it takes,"), quotes(new QuoteRequest(null, "Brussels", null, null, 10)),
                "a word of the attribution");
        assertEquals(List.of("We will do what it takes,"), quotes(new QuoteRequest(null, "spending", null, null, 10)),
                "a word of the lead-in sentence");
        assertEquals(List.of("Every system saves a city,"), quotes(new QuoteRequest(null, "Kyiv asks", null, null, 10)),
                "words of the title");
        assertEquals(List.of("We will do what it takes,"), quotes(new QuoteRequest(null, "pledge takes", null, null, 10)),
                "one word in the title, one in the quote");
        assertEquals(List.of("Every system saves a city,", "We will do what it takes,"),
                quotes(new QuoteRequest(null, "defence", null, null, 10)), "both titles say defence; newest first");
        assertEquals(List.of(), quotes(new QuoteRequest(null, "city", LocalDate.parse("2025-07-01"), null, 10)));
    }

    @Test
    void overviewCountsPublishersDatesAndEntities() throws IOException {
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            Overview o = s.overview(5);
            assertEquals(6, o.articles());
            assertEquals(2, o.quotes());
            assertEquals(List.of("Harbour Times", "Northern Ledger", "Eastern Wire", Overview.UNKNOWN),
                    List.copyOf(o.byPublisher().keySet()));
            assertEquals(2, o.byPublisher().get("Northern Ledger"));
            assertEquals(5, o.byDate().size());
            assertEquals(1, o.undated());
            Overview.EntityCount top = o.topEntities().get(0);
            assertEquals("Mark Rutte", top.name());
            assertEquals(2, top.articles());
            assertEquals(3, top.mentions());
        }
    }
}
