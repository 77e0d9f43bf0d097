package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Article;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
    @TempDir
    Path dir;

    private void ingest(List<Article> articles) throws IOException {
        try (ArticleStore store = ArticleStore.open(dir, 2)) {
            for (Article a : articles) {
                store.add(a);
            }
        }
    }

    private List<SearchHit> search(SearchRequest r) throws IOException {
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            return s.search(r, HitMarks.PLAIN);
        }
    }

    private static List<String> titles(List<SearchHit> hits) {
        return hits.stream().map(h -> String.valueOf(h.article().title())).toList();
    }

    @Test
    void sameArticleIsStoredOnceWithinARunAndAcrossRuns() throws IOException {
        Article a = Fixtures.corpus().get(0);
        try (ArticleStore store = ArticleStore.open(dir, 10)) {
            assertTrue(store.add(a));
            assertFalse(store.add(a), "same id before any commit");
            store.commit();
            assertFalse(store.add(a), "same id after a commit");
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertFalse(store.add(a), "same id after reopening");
            assertTrue(store.add(Fixtures.corpus().get(1)));
        }
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            assertEquals(2, s.articleCount());
            assertEquals(2, s.quotes(dev.sitrep.query.QuoteRequest.all(10)).size(), "quotes not doubled either");
        }
    }

    @Test
    void secondWriterOnTheSameFolderIsRefusedClearly() throws IOException {
        try (ArticleStore first = ArticleStore.open(dir)) {
            IOException e = assertThrows(IOException.class, () -> ArticleStore.open(dir));
            assertTrue(e.getMessage().contains("another process is writing to this store (it holds the lock ")
                    && e.getMessage().contains("write.lock"), e.getMessage());
            assertTrue(first.add(Fixtures.corpus().get(0)), "the first writer is unharmed");
        }
    }

    @Test
    void storedArticleComesBackWhole() throws IOException {
        Article a = Fixtures.corpus().get(0);
        ingest(List.of(a));
        List<SearchHit> hits = search(SearchRequest.of("spending"));
        assertEquals(1, hits.size());
        // The store adds what it decides at ingest: the story (the first article of a story names it).
        assertEquals(a.toBuilder().story("s" + a.id()).build(), hits.get(0).article());
    }

    @Test
    void titleWordsOutrankBodyWords() throws IOException {
        ingest(Fixtures.corpus());
        List<String> titles = titles(search(SearchRequest.of("sanctions")));
        assertEquals(List.of("Sanctions package agreed", "Shipping insurers react"), titles);
    }

    @Test
    void snippetMarksTheMatchedWords() throws IOException {
        ingest(Fixtures.corpus());
        SearchHit hit = search(SearchRequest.of("tankers")).get(0);
        assertEquals("Insurers said the sanctions would raise premiums for «tankers».", hit.snippet());
    }

    @Test
    void spellingVariantsFindEachOther() throws IOException {
        ingest(Fixtures.corpus());
        assertEquals(List.of("Kyiv asks for air defence"), titles(search(SearchRequest.of("Kiev"))));
        List<SearchHit> hits = search(SearchRequest.of("Zelensky"));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).snippet().contains("«Zelenskyy»"), hits.get(0).snippet());
    }

    @Test
    void filtersNarrowByPublisherEntityAndDates() throws IOException {
        ingest(Fixtures.corpus());
        assertEquals(List.of("Allies pledge more for defence"),
                titles(search(new SearchRequest("defence", null, null, "northern ledger", null, 10))));
        assertEquals(List.of("Summit in The Hague", "Allies pledge more for defence"),
                titles(search(new SearchRequest("", null, null, null, "Rutte", 10))), "alias, newest first");
        assertEquals(List.of("Allies pledge more for defence"),
                titles(search(new SearchRequest("", null, null, "Northern", Fixtures.RUTTE_ID, 10))),
                "id, and a word of the publisher");
        assertEquals(2, search(new SearchRequest("", LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-10"),
                null, null, 10)).size(), "both ends included");
        assertEquals(List.of("Shipping insurers react"),
                titles(search(new SearchRequest("", LocalDate.parse("2025-07-02"), null, null, null, 10))));
        assertEquals(6, search(new SearchRequest("", null, null, null, null, 10)).size());
    }
}
