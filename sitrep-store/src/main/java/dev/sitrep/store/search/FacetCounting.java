package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.EntityType;
import dev.sitrep.query.Facets;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Facet counts ({@link Facets}) on the embedded store, with Lucene's facet module: the matching documents are
 * collected once ({@link FacetsCollector}) and each field's values counted from its doc values
 * ({@link StringValueFacetCounts}), most first, ties by value, as SolrCloud's terms facets order them. The ordinals
 * across segments ({@link StringDocValuesReaderState}) are built once per reader and field.
 *
 * <p>Entity and speaker ids are named by the canonical name most of their entity documents carry (ties by name),
 * looked up once per view of the store; peoples named by a demonym ("European") are left out of the entities, as
 * they are in nearly every article.
 */
final class FacetCounting {
    /** Ids asked for beyond {@link Facets#SIZE}, so that the list is still full once demonyms are left out. */
    private static final int ENTITY_MARGIN = 20;
    private static final ReaderCache<String, StringDocValuesReaderState> STATES = new ReaderCache<>(32);
    /** Names of the ids counted, kept per view of the store: the same actors head most counts. */
    private static final ReaderCache<String, Named> NAMES = new ReaderCache<>(50_000);

    private FacetCounting() {
    }

    /** Counts over the article documents a search matches (copies included). */
    static Facets articles(IndexSearcher searcher, SearchRequest r) throws IOException {
        Query query = ArticleSearch.query(r, QueryParsing.articles(r.query()));
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        Map<String, List<Facets.Count>> fields = new LinkedHashMap<>();
        fields.put(Facets.PUBLISHER, plain(searcher, hits, PUBLISHER_DV, Facets.SIZE));
        fields.put(Facets.LANGUAGE, plain(searcher, hits, LANGUAGE, Facets.SIZE));
        fields.put(Facets.FLAG, plain(searcher, hits, FLAG, Facets.SIZE));
        fields.put(Facets.ENTITY, named(searcher, count(searcher, hits, ENTITY_IDS_DV, Facets.SIZE + ENTITY_MARGIN)));
        return new Facets(fields);
    }

    /**
     * Counts over the quote documents a statement listing matches. Publishers, languages and flags count each
     * article that reports a statement, as the listing narrowed to one of them finds it. Speakers and stances count
     * a statement once: at its copy group's original, as copies repeat it, unless the request already narrows to
     * a publisher, language or flag (where a statement's copies seldom meet) and the original may be filtered out.
     */
    static Facets statements(IndexSearcher searcher, QuoteRequest r) throws IOException {
        Query query = QuoteSearch.query(r);
        FacetsCollector reports = searcher.search(query, new FacetsCollectorManager());
        FacetsCollector once = reportedWhere(r) ? reports : searcher.search(new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(ORIGINAL, "true")), Occur.FILTER)
                .build(), new FacetsCollectorManager());
        Map<String, List<Facets.Count>> fields = new LinkedHashMap<>();
        fields.put(Facets.SPEAKER, named(searcher, count(searcher, once, SPEAKER_ID, Facets.SIZE + ENTITY_MARGIN)));
        fields.put(Facets.PUBLISHER, plain(searcher, reports, PUBLISHER_DV, Facets.SIZE));
        fields.put(Facets.LANGUAGE, plain(searcher, reports, LANGUAGE, Facets.SIZE));
        fields.put(Facets.FLAG, plain(searcher, reports, FLAG, Facets.SIZE));
        fields.put(Facets.STANCE, plain(searcher, once, QUOTE_STANCE, Facets.SIZE));
        return new Facets(fields);
    }

    /** Whether a statement listing narrows to articles of one publisher, language or flag. */
    static boolean reportedWhere(QuoteRequest r) {
        return r.publisher() != null || r.language() != null || r.flag() != null;
    }

    private static List<Facets.Count> plain(IndexSearcher searcher, FacetsCollector hits, String field, int n)
            throws IOException {
        List<Facets.Count> counts = new ArrayList<>();
        count(searcher, hits, field, n).forEach((value, c) -> counts.add(new Facets.Count(value, value, c)));
        return counts;
    }

    /** The {@code n} values of {@code field} most documents among {@code hits} carry, most first, ties by value. */
    static Map<String, Long> count(IndexSearcher searcher, FacetsCollector hits, String field, int n)
            throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        IndexReader reader = searcher.getIndexReader();
        if (!hasDocValues(reader, field)) {
            return counts;
        }
        StringDocValuesReaderState state = STATES.get(reader, field, f -> new StringDocValuesReaderState(reader, f));
        FacetResult top = new StringValueFacetCounts(state, hits).getTopChildren(n, field);
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        return counts;
    }

    private static boolean hasDocValues(IndexReader reader, String field) {
        for (LeafReaderContext ctx : reader.leaves()) {
            FieldInfo info = ctx.reader().getFieldInfos().fieldInfo(field);
            if (info != null && info.getDocValuesType() != DocValuesType.NONE) {
                return true;
            }
        }
        return false;
    }

    /** Entity ids with their names, demonyms left out, at most {@link Facets#SIZE}. */
    private static List<Facets.Count> named(IndexSearcher searcher, Map<String, Long> ids) throws IOException {
        List<Facets.Count> counts = new ArrayList<>();
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            if (counts.size() == Facets.SIZE) {
                break;
            }
            Named n = NAMES.get(searcher.getIndexReader(), e.getKey(), id -> named(searcher, id));
            if (!n.demonym()) {
                counts.add(new Facets.Count(e.getKey(), n.name(), e.getValue()));
            }
        }
        return counts;
    }

    /** An entity id's name (its id when it has no entity document) and whether it names a people. */
    private record Named(String name, boolean demonym) {
    }

    /** The name most of the id's entity documents carry (ties by name), and whether they are of the demonym type. */
    private static Named named(IndexSearcher searcher, String id) throws IOException {
        Query ofId = new BooleanQuery.Builder()
                .add(Filters.type(TYPE_ENTITY), Occur.FILTER)
                .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER)
                .build();
        FacetsCollector hits = searcher.search(ofId, new FacetsCollectorManager());
        String name = count(searcher, hits, ENTITY_NAME, 1).keySet().stream().findFirst().orElse(id);
        Query demonym = new BooleanQuery.Builder()
                .add(ofId, Occur.FILTER)
                .add(new TermQuery(new Term(ENTITY_TYPE_KEY, EntityType.NORP.name())), Occur.FILTER)
                .build();
        return new Named(name, searcher.count(demonym) > 0);
    }

}
