package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.EntityType;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Entities over the whole store: the per-article entity documents counted by entity id from doc values
 * (articles and summed mentions), most mentioned first (in the list of every entity, peoples named by a
 * demonym last); and the lookup of one entity by id, name or alias.
 *
 * <p>Counting reads every entity document the filter selects, and a much-mentioned entity has one in most
 * articles, so counts are kept per segment and filter ({@link ReaderCache}) and the ranking they add up to per
 * view: a refresh counts only the new segments. An entity's name and aliases come from its {@link EntityFacts}.
 */
final class EntitySearch {
    /** Filters (name and type) whose counts a segment keeps, and rankings a view keeps. */
    static final int FILTERS = 256;
    private static final ReaderCache<List<String>, Map<String, long[]>> SEGMENT_COUNTS = new ReaderCache<>(FILTERS);
    private static final ReaderCache<List<String>, List<Map.Entry<String, long[]>>> RANKINGS = new ReaderCache<>(FILTERS);

    private EntitySearch() {
    }

    /**
     * Entities whose id, name or alias matches {@code q} (every entity when blank), of {@code type} when given.
     *
     * @throws IllegalArgumentException when {@code type} is not an entity type
     */
    static Page<EntitySummary> list(IndexSearcher searcher, String q, String type, int offset, int limit)
            throws IOException {
        String name = q == null || q.isBlank() ? "" : q;
        String kind = type == null || type.isBlank() ? "" : EntitySummary.typeKey(type);
        List<Map.Entry<String, long[]>> ranked = ranking(searcher, name, kind);
        int from = Math.min(offset, ranked.size());
        List<EntitySummary> items = new ArrayList<>();
        for (Map.Entry<String, long[]> e : ranked.subList(from, Math.min(ranked.size(), from + limit))) {
            items.add(summary(searcher, e.getKey(), EntityFacts.of(searcher, e.getKey()), e.getValue()[1], e.getValue()[0]));
        }
        return new Page<>(ranked.size(), offset, limit, items);
    }

    /**
     * Entity ids by articles, then mentions; in the list of every entity, the peoples named by a demonym
     * ("European", "American", type NORP) after every other entity: they are in nearly every article and are not
     * actors. The ranking changes only when the view does: it is kept per view and filter.
     */
    private static List<Map.Entry<String, long[]>> ranking(IndexSearcher searcher, String q, String type)
            throws IOException {
        return RANKINGS.get(searcher.getIndexReader(), List.of(q, type), key -> {
            List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts(searcher, q, type).entrySet());
            ranked.sort(Tally.bySecondThenFirst());
            if (q.isEmpty() && type.isEmpty()) {
                Set<String> peoples = counts(searcher, "", EntityType.NORP.name()).keySet();
                ranked.sort(Comparator.comparing(e -> peoples.contains(e.getKey())));
            }
            return List.copyOf(ranked);
        });
    }

    /** Entity documents and their mentions per entity id among those the filter selects, summed over segments. */
    private static Map<String, long[]> counts(IndexSearcher searcher, String q, String type) throws IOException {
        Map<String, long[]> totals = new HashMap<>();
        for (Map<String, long[]> segment : SEGMENT_COUNTS.perSegment(searcher, List.of(q, type), filter(q, type),
                (weight, ctx) -> Tally.bySorted(weight, ctx, ENTITY_ID_DV, MENTIONS))) {
            Tally.add(totals, segment);
        }
        return totals;
    }

    /** The entity documents whose id, name or alias matches {@code q} (all when empty), of a type when not empty. */
    private static Query filter(String q, String type) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(Filters.type(TYPE_ENTITY), Occur.FILTER);
        if (!q.isEmpty()) {
            b.add(Filters.entity(q), Occur.FILTER);
        }
        if (!type.isEmpty()) {
            b.add(new TermQuery(new Term(ENTITY_TYPE_KEY, type)), Occur.FILTER);
        }
        return b.build();
    }

    /** The entity with this id, else the most mentioned one with this name or alias (or words of one). */
    static Optional<EntitySummary> find(IndexSearcher searcher, String nameOrId) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        Query byId = new TermQuery(new Term(ENTITY_ID, nameOrId.strip()));
        if (searcher.count(byId) > 0) {
            EntityFacts facts = EntityFacts.of(searcher, nameOrId.strip());
            return facts.docs == 0 ? Optional.empty()
                    : Optional.of(summary(searcher, nameOrId.strip(), facts, facts.mentions, facts.docs));
        }
        return list(searcher, nameOrId, null, 0, 1).items().stream().findFirst();
    }

    /** The summary of an entity: the newest document's canonical form wins, as resolution improves over time. */
    private static EntitySummary summary(IndexSearcher searcher, String id, EntityFacts facts, long mentions,
                                         long articles) throws IOException {
        Document d = searcher.storedFields().document(facts.newestDoc, Set.of(ENTITY_NAME, ENTITY_TYPE));
        String name = d.get(ENTITY_NAME);
        return new EntitySummary(id, name, d.get(ENTITY_TYPE), facts.aliases(name), mentions, articles);
    }

    /** The entity documents of one id. */
    static Query ofEntity(String id) {
        return new BooleanQuery.Builder()
                .add(Filters.type(TYPE_ENTITY), Occur.FILTER)
                .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER)
                .build();
    }
}
