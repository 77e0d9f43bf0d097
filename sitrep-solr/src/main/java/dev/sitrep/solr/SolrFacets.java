package dev.sitrep.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;

/**
 * Reads the answer of a JSON facet request ({@code json.facet}): buckets with their value, count and statistics.
 * Counts over a whole store come from facets, computed where the documents are, so that no query reads every
 * document back to the client.
 */
final class SolrFacets {
    /** One bucket: its value, its document count, and its statistics and sub-facets. */
    record Bucket(Object value, long count, NamedList<?> fields) {
        String key() {
            return String.valueOf(value);
        }

        long sum(String stat) {
            return fields.get(stat) instanceof Number n ? n.longValue() : 0;
        }

        Long number(String stat) {
            return fields.get(stat) instanceof Number n ? n.longValue() : null;
        }

        List<Bucket> buckets(String facet) {
            return SolrFacets.buckets(fields.get(facet));
        }

        long queryCount(String facet) {
            return fields.get(facet) instanceof NamedList<?> f && f.get("count") instanceof Number n ? n.longValue() : 0;
        }
    }

    private SolrFacets() {
    }

    /** The top-level facets of a response (empty when there were none). */
    static NamedList<?> of(QueryResponse r) {
        return r.getResponse().get("facets") instanceof NamedList<?> f ? f : new NamedList<>();
    }

    /** The buckets of a terms facet. */
    static List<Bucket> buckets(Object facet) {
        List<Bucket> out = new ArrayList<>();
        if (facet instanceof NamedList<?> f && f.get("buckets") instanceof List<?> buckets) {
            for (Object b : buckets) {
                if (b instanceof NamedList<?> nl) {
                    out.add(new Bucket(nl.get("val"), nl.get("count") instanceof Number n ? n.longValue() : 0, nl));
                }
            }
        }
        return out;
    }

    /** The documents without a value, of a terms facet asked with {@code missing:true}. */
    static long missing(Object facet) {
        return facet instanceof NamedList<?> f && f.get("missing") instanceof NamedList<?> m
                && m.get("count") instanceof Number n ? n.longValue() : 0;
    }
}
