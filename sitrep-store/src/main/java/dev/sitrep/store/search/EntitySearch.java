package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.EntityType;
import dev.sitrep.query.Counts;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;

/**
 * Entities over the whole store: the per-article entity documents counted by entity id from doc values
 * (articles and summed mentions), most mentioned first (in the list of every entity, peoples named by a
 * demonym last); and the lookup of one entity by id, name or alias.
 */
final class EntitySearch {
    private static final Map<List<Object>, List<Map.Entry<String, long[]>>> RANKINGS = new ConcurrentHashMap<>();
    private static final Sort NEWEST = new Sort(LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX));

    private EntitySearch() {
    }

    /**
     * Entities whose id, name or alias matches {@code q} (every entity when blank), of {@code type} when given.
     *
     * @throws IllegalArgumentException when {@code type} is not an entity type
     */
    static Page<EntitySummary> list(IndexSearcher searcher, String q, String type, int offset, int limit)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(Filters.type(TYPE_ENTITY), Occur.FILTER);
        if (q != null && !q.isBlank()) {
            b.add(Filters.entity(q), Occur.FILTER);
        }
        if (type != null && !type.isBlank()) {
            b.add(new TermQuery(new Term(ENTITY_TYPE_KEY, EntitySummary.typeKey(type))), Occur.FILTER);
        }
        List<Map.Entry<String, long[]>> ranked = q == null || q.isBlank()
                ? cachedRanking(searcher, b.build(), type == null ? "" : type) : ranking(searcher, b.build(), false);
        int from = Math.min(offset, ranked.size());
        List<EntitySummary> items = new ArrayList<>();
        for (Map.Entry<String, long[]> e : ranked.subList(from, Math.min(ranked.size(), from + limit))) {
            items.add(summary(searcher, e.getKey(), e.getValue()[1], e.getValue()[0]));
        }
        return new Page<>(ranked.size(), offset, limit, items);
    }

    /**
     * Entity ids by articles, then mentions; with {@code peoplesLast}, the peoples named by a demonym ("European",
     * "American", type NORP) after every other entity: they are in nearly every article and are not actors.
     */
    private static List<Map.Entry<String, long[]>> ranking(IndexSearcher searcher, Query query, boolean peoplesLast)
            throws IOException {
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(
                Tally.bySorted(searcher, query, ENTITY_ID_DV, MENTIONS).entrySet());
        ranked.sort(Tally.bySecondThenFirst());
        if (peoplesLast) {
            Query peoples = new BooleanQuery.Builder().add(query, Occur.FILTER)
                    .add(new TermQuery(new Term(ENTITY_TYPE_KEY, EntityType.NORP.name())), Occur.FILTER).build();
            Set<String> ids = Tally.bySorted(searcher, peoples, ENTITY_ID_DV, MENTIONS).keySet();
            ranked.sort(Comparator.comparing(e -> ids.contains(e.getKey())));
        }
        return List.copyOf(ranked);
    }

    /**
     * The ranking of every entity (of a type) counts all entity documents, which only change when the view is
     * refreshed: it is computed once per index reader and dropped when that reader closes.
     */
    private static List<Map.Entry<String, long[]>> cachedRanking(IndexSearcher searcher, Query query, String type)
            throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        boolean peoplesLast = type.isBlank();
        if (helper == null) {
            return ranking(searcher, query, peoplesLast);
        }
        List<Object> key = List.of(helper.getKey(), type.strip().toUpperCase(Locale.ROOT));
        List<Map.Entry<String, long[]>> cached = RANKINGS.get(key);
        if (cached == null) {
            cached = ranking(searcher, query, peoplesLast);
            if (RANKINGS.putIfAbsent(key, cached) == null) {
                helper.addClosedListener(closed -> RANKINGS.keySet().removeIf(k -> k.get(0) == closed));
            }
        }
        return cached;
    }

    /** The entity with this id, else the most mentioned one with this name or alias (or words of one). */
    static Optional<EntitySummary> find(IndexSearcher searcher, String nameOrId) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        Query byId = new TermQuery(new Term(ENTITY_ID, nameOrId.strip()));
        if (searcher.count(byId) > 0) {
            return Optional.of(summary(searcher, nameOrId.strip()));
        }
        return list(searcher, nameOrId, null, 0, 1).items().stream().findFirst();
    }

    /** The summary of a known id, counting its articles and mentions. */
    static EntitySummary summary(IndexSearcher searcher, String id) throws IOException {
        long[] t = Tally.bySorted(searcher, ofEntity(id), ENTITY_ID_DV, MENTIONS).getOrDefault(id, new long[2]);
        return summary(searcher, id, t[1], t[0]);
    }

    private static EntitySummary summary(IndexSearcher searcher, String id, long mentions, long articles)
            throws IOException {
        Query docs = ofEntity(id);
        // The newest article's canonical form wins: resolution improves over time.
        ScoreDoc[] newest = searcher.search(docs, 1, NEWEST).scoreDocs;
        Document d = searcher.storedFields().document(newest[0].doc, java.util.Set.of(ENTITY_NAME, ENTITY_TYPE));
        String name = d.get(ENTITY_NAME);
        List<String> aliases = Counts.top(Tally.bySortedSet(searcher, docs, ENTITY_NAMES_DV), Integer.MAX_VALUE)
                .keySet().stream().filter(a -> !a.equals(name)).toList();
        return new EntitySummary(id, name, d.get(ENTITY_TYPE), aliases, mentions, articles);
    }

    /** The entity documents of one id. */
    static Query ofEntity(String id) {
        return new BooleanQuery.Builder()
                .add(Filters.type(TYPE_ENTITY), Occur.FILTER)
                .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER)
                .build();
    }
}
