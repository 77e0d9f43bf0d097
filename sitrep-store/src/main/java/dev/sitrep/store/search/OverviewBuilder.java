package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.EntityType;
import dev.sitrep.query.Counts;
import dev.sitrep.query.Overview;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Counts articles by publisher and date and entities by articles, by reading the stored fields of every
 * article and entity document: linear in the store, which suits a report over thousands of articles; a
 * store of millions would want Lucene facets instead.
 */
final class OverviewBuilder {
    private static final Set<String> ARTICLE_FIELDS = Set.of(PUBLISHER_DV, PUBLISHED);
    private static final Set<String> ENTITY_FIELDS = Set.of(ENTITY_ID, ENTITY_NAME, ENTITY_TYPE, MENTIONS);

    private OverviewBuilder() {
    }

    static Overview build(IndexSearcher searcher, int topEntities) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Integer> byPublisher = new HashMap<>();
        Map<LocalDate, Integer> byDate = new TreeMap<>();
        int undated = 0;
        ScoreDoc[] articles = all(searcher, TYPE_ARTICLE);
        for (ScoreDoc sd : articles) {
            Document d = stored.document(sd.doc, ARTICLE_FIELDS);
            String publisher = d.get(PUBLISHER_DV);
            byPublisher.merge(publisher == null ? Overview.UNKNOWN : publisher, 1, Integer::sum);
            LocalDate day = QuoteSearch.day(d);
            if (day == null) {
                undated++;
            } else {
                byDate.merge(day, 1, Integer::sum);
            }
        }
        Map<String, Overview.EntityCount> entities = new HashMap<>();
        for (ScoreDoc sd : all(searcher, TYPE_ENTITY)) {
            Document d = stored.document(sd.doc, ENTITY_FIELDS);
            int mentions = d.getField(MENTIONS).numericValue().intValue();
            entities.merge(d.get(ENTITY_ID),
                    new Overview.EntityCount(d.get(ENTITY_ID), d.get(ENTITY_NAME), d.get(ENTITY_TYPE), 1, mentions),
                    (a, b) -> new Overview.EntityCount(a.id(), a.name(), a.type(), a.articles() + 1,
                            a.mentions() + b.mentions()));
        }
        // Peoples named by a demonym ("European", "American") are in nearly every article: they follow the actors.
        List<Overview.EntityCount> top = entities.values().stream()
                .sorted(Counts.OVERVIEW_ENTITIES)
                .limit(topEntities)
                .toList();
        int quotes = searcher.count(Filters.type(TYPE_QUOTE));
        return new Overview(articles.length, quotes, Counts.publishers(byPublisher), byDate, undated, top);
    }

    private static ScoreDoc[] all(IndexSearcher searcher, String type) throws IOException {
        int n = searcher.count(Filters.type(type));
        return n == 0 ? new ScoreDoc[0] : searcher.search(Filters.type(type), n).scoreDocs;
    }
}
