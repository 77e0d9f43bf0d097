package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest taken up again on a store that already holds more articles than the Solr writer reads in one page while
 * it replays its copy and story memory: the reopened writers of both stores read back everything stored and hold,
 * in the end, the copies and stories one uninterrupted run decides.
 */
@ExtendWith(SolrCluster.class)
class ResumedIngestTest {
    /** More than one page (500) of the Solr writer's memory replay. */
    private static final int STORED = 600;
    private static final int ADDED = 100;
    private static final int BATCH = 200;

    @Test
    void reopenedWritersReplayEveryStoredArticle(SolrCluster solr, @TempDir Path folder) throws IOException {
        List<Article> articles = Corpus.bulletins(STORED + ADDED);
        String location = solr.create("resumed", 2, 1);
        String embedded = folder.toString();
        SolrCluster.Opening<StoreWriter> toSolr = () -> SolrCluster.withRetrySeconds(10,
                () -> Stores.openWriter(location, BATCH));
        SolrCluster.Opening<StoreWriter> toEmbedded = () -> EmbeddedStoreLoader.provider().openWriter(embedded, BATCH);
        for (SolrCluster.Opening<StoreWriter> writers : List.of(toEmbedded, toSolr)) {
            try (StoreWriter w = writers.open()) {
                for (Article a : articles.subList(0, STORED)) {
                    w.add(a);
                }
            }
            try (StoreWriter w = writers.open()) {
                for (Article a : articles.subList(STORED, articles.size())) {
                    w.add(a);
                }
            }
        }
        Map<String, GoldenQueries.Decision> oneRun = GoldenQueries.decisions(articles);
        try (StoreSearch e = EmbeddedStoreLoader.provider().openSearch(embedded);
             StoreSearch s = SolrCluster.withRetrySeconds(5, () -> Stores.openSearch(location))) {
            assertEquals(articles.size(), e.articleCount());
            assertEquals(articles.size(), s.articleCount());
            List<String> wrong = new ArrayList<>();
            for (var store : Map.of("embedded", e, "solr", s).entrySet()) {
                String differences = Differences.describe(oneRun, GoldenQueries.held(store.getValue()), "one run",
                        store.getKey());
                if (differences != null) {
                    wrong.add(differences);
                }
            }
            assertTrue(wrong.isEmpty(), "copies or stories other than one uninterrupted run decides:\n"
                    + String.join("\n", wrong));
        }
    }
}
