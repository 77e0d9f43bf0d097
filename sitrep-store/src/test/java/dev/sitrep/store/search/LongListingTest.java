package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listing long enough that its quotes are read on several threads at once ({@link QuoteSearch#PARALLEL_READ})
 * gives each statement its own article, words and day, in the listing's order.
 */
class LongListingTest {
    @TempDir
    Path dir;

    private static String words(java.util.SplittableRandom random, int n) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < n; w++) {
            out.append(w == 0 ? "" : " ");
            for (int c = 0; c < 6; c++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString();
    }

    @Test
    void everyStatementOfALongListingIsItsOwnArticlesInOrder() throws IOException {
        int articles = 3 * QuoteSearch.PARALLEL_READ / 2;
        List<Article> written = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(dir)) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(11);
            for (int i = 0; i < articles; i++) {
                // Made-up words, so that no two articles or statements share enough to be taken for copies.
                String quote = "We " + words(random, 10);
                String text = words(random, 40) + ". Ysolde Brann spoke at the pier. \"" + quote + ",\" she said.";
                Article a = CopyFixtures.article("Pier " + i + " notice", "Pier Gazette " + (i % 7),
                        LocalDate.parse("2024-01-01").plusDays(i).toString(), text, null, quote);
                written.add(a);
                store.add(a);
            }
        }
        try (StoreSearch store = LuceneStoreSearch.open(dir)) {
            Page<QuoteHit> page = store.statements(QuoteRequest.all(articles));
            assertEquals(articles, page.total());
            assertEquals(articles, page.items().size());
            for (int k = 0; k < articles; k++) {
                QuoteHit h = page.items().get(k);
                Article a = written.get(articles - 1 - k);
                assertEquals(a.id(), h.articleId(), "newest first: " + k);
                assertEquals(a.quotes().get(0).text(), h.quote().text());
                assertEquals(a.published(), h.published());
                assertEquals(a.publisher(), h.publisher());
                assertTrue(h.url().endsWith(a.title().toLowerCase(Locale.ROOT).replace(' ', '-')));
            }
        }
    }
}
