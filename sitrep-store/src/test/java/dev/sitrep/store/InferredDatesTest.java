package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.InferredDate;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.Timeline;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date inferred from the text is indexed like a page's date and keeps its mark through the store. */
class InferredDatesTest {
    @TempDir
    Path dir;

    @Test
    void anInferredDateIsFoundByADateRangeAndMarkedInTheAnswer() throws IOException {
        InferredDate how = new InferredDate("text: \"on March 3\"; tenure: Anna Berg, defence minister from 2024-06-01",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10));
        String text = "The harbour authority met the ferry operators on March 3 to talk about the winter timetable.";
        Article inferred = Fixtures.article("Harbour talks", "Island Post", null, text)
                .toBuilder().published(LocalDate.of(2025, 3, 3), how)
                .quotes(List.of(new dev.sitrep.model.Quote("to talk about the winter timetable", "the harbour authority",
                        null, "met", dev.sitrep.model.QuoteKind.INDIRECT, text.indexOf("to talk"), text.length() - 1)))
                .build();
        Article given = Fixtures.article("Harbour budget", "Coast Herald", "2025-03-04",
                "The harbour budget was approved after a long debate about the ferry timetable and the pier.");
        try (ArticleStore store = ArticleStore.open(dir, 2)) {
            store.add(inferred);
            store.add(given);
        }
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            List<SearchHit> hits = s.search(new SearchRequest("harbour", LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 3, 3), null, null, 10), HitMarks.PLAIN);
            assertEquals(1, hits.size(), "the range finds the inferred day and leaves out the next one");
            Article back = hits.get(0).article();
            assertEquals(LocalDate.of(2025, 3, 3), back.published());
            assertEquals(how, back.publishedInferred());
            assertNull(s.search(SearchRequest.of("budget"), HitMarks.PLAIN).get(0).article().publishedInferred());

            Timeline t = s.timeline("harbour", null, null, 5);
            assertEquals(1L, t.days().get(LocalDate.of(2025, 3, 3)));
            assertEquals(1L, t.days().get(LocalDate.of(2025, 3, 4)));
            assertEquals(1L, t.inferred().get(LocalDate.of(2025, 3, 3)));
            assertTrue(!t.inferred().containsKey(LocalDate.of(2025, 3, 4)), "a page's date is not counted as inferred");

            List<dev.sitrep.query.QuoteHit> quotes = s.quotes(dev.sitrep.query.QuoteRequest.all(10));
            assertEquals(1, quotes.size());
            assertEquals(LocalDate.of(2025, 3, 3), quotes.get(0).published());
            assertTrue(quotes.get(0).publishedInferred(), "a statement carries its article's inferred mark");
        }
    }
}
