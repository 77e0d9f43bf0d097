package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.EntityType;
import dev.sitrep.query.Facets;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * Facet counts ({@link Facets}) as on the embedded store, from one JSON facet request of terms facets over the
 * matching documents (most first, ties by value), and one more naming the entity and speaker ids: the canonical name
 * most of an id's entity documents carry (ties by name), peoples named by a demonym left out.
 */
final class SolrFacetCounting {
    /** Ids asked for beyond {@link Facets#SIZE}, so that the list is still full once demonyms are left out. */
    private static final int ENTITY_MARGIN = 20;

    private final SolrCollection solr;

    SolrFacetCounting(SolrCollection solr) {
        this.solr = solr;
    }

    Facets articles(SearchRequest r) throws IOException {
        SolrQuery q = SolrQueries.articles(r);
        NamedList<?> facets = facets(q, r.query(), terms(Facets.PUBLISHER, PUBLISHER_DV, Facets.SIZE, ""),
                terms(Facets.LANGUAGE, LANGUAGE, Facets.SIZE, ""), terms(Facets.FLAG, FLAG, Facets.SIZE, ""),
                terms(Facets.ENTITY, ENTITY_ID, Facets.SIZE + ENTITY_MARGIN, ""));
        Map<String, List<Facets.Count>> fields = new LinkedHashMap<>();
        fields.put(Facets.PUBLISHER, plain(facets.get(Facets.PUBLISHER)));
        fields.put(Facets.LANGUAGE, plain(facets.get(Facets.LANGUAGE)));
        fields.put(Facets.FLAG, plain(facets.get(Facets.FLAG)));
        fields.put(Facets.ENTITY, named(facets.get(Facets.ENTITY)));
        return new Facets(fields);
    }

    Facets statements(QuoteRequest r) throws IOException {
        SolrQuery q = SolrQueries.quotes(r);
        // As on the embedded store: speakers and stances once, at the copy group's original, unless the request
        // narrows to a publisher, language or flag; publishers, languages and flags per reporting article.
        boolean reportedWhere = r.publisher() != null || r.language() != null || r.flag() != null;
        String once = reportedWhere ? "" : ",domain:{filter:'" + ORIGINAL + ":true'}";
        NamedList<?> facets = facets(q, r.about(),
                terms(Facets.SPEAKER, SPEAKER_ID, Facets.SIZE + ENTITY_MARGIN, once),
                terms(Facets.PUBLISHER, PUBLISHER_DV, Facets.SIZE, ""), terms(Facets.LANGUAGE, LANGUAGE, Facets.SIZE, ""),
                terms(Facets.FLAG, FLAG, Facets.SIZE, ""),
                terms(Facets.STANCE, SolrFields.QUOTE_STANCE_DV, Facets.SIZE, once));
        Map<String, List<Facets.Count>> fields = new LinkedHashMap<>();
        fields.put(Facets.SPEAKER, named(facets.get(Facets.SPEAKER)));
        fields.put(Facets.PUBLISHER, plain(facets.get(Facets.PUBLISHER)));
        fields.put(Facets.LANGUAGE, plain(facets.get(Facets.LANGUAGE)));
        fields.put(Facets.FLAG, plain(facets.get(Facets.FLAG)));
        fields.put(Facets.STANCE, plain(facets.get(Facets.STANCE)));
        return new Facets(fields);
    }

    private static String terms(String name, String field, int limit, String more) {
        return name + ":{type:terms,field:" + field + ",limit:" + limit + more + "}";
    }

    private NamedList<?> facets(SolrQuery q, String words, String... facets) throws IOException {
        q.setRows(0);
        q.set("json.facet", "{" + String.join(",", facets) + "}");
        try {
            return SolrFacets.of(solr.query(q));
        } catch (SolrException e) {
            throw SolrQueries.refused(words, e);
        }
    }

    private static List<Facets.Count> plain(Object facet) {
        List<Facets.Count> counts = new ArrayList<>();
        for (SolrFacets.Bucket b : SolrFacets.buckets(facet)) {
            counts.add(new Facets.Count(b.key(), b.key(), b.count()));
        }
        return counts;
    }

    /** Entity ids with their names, demonyms left out, at most {@link Facets#SIZE}. */
    private List<Facets.Count> named(Object facet) throws IOException {
        List<SolrFacets.Bucket> ids = SolrFacets.buckets(facet);
        List<Facets.Count> counts = new ArrayList<>();
        if (ids.isEmpty()) {
            return counts;
        }
        SolrQuery q = SolrQueries.ofType(TYPE_ENTITY);
        SolrQueries.terms(q, ENTITY_ID, ids.stream().map(SolrFacets.Bucket::key).toList());
        q.setRows(0);
        q.set("json.facet", "{ids:{type:terms,field:" + ENTITY_ID_DV + ",limit:-1,facet:{name:{type:terms,field:"
                + ENTITY_NAME + ",limit:1},norp:{type:query,q:'" + ENTITY_TYPE_KEY + ":" + EntityType.NORP.name()
                + "'}}}}");
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> demonym = new HashMap<>();
        for (SolrFacets.Bucket b : SolrFacets.buckets(SolrFacets.of(solr.query(q)).get("ids"))) {
            b.buckets("name").stream().findFirst().ifPresent(n -> names.put(b.key(), n.key()));
            demonym.put(b.key(), b.queryCount("norp") > 0);
        }
        for (SolrFacets.Bucket b : ids) {
            if (!demonym.getOrDefault(b.key(), false) && counts.size() < Facets.SIZE) {
                counts.add(new Facets.Count(b.key(), names.getOrDefault(b.key(), b.key()), b.count()));
            }
        }
        return counts;
    }
}
