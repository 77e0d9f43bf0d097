package dev.sitrep.solr;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Answers over a whole collection (every entity ranked, every story of a range counted) kept until the collection
 * changes, as the embedded store keeps them per index reader. Whether it changed is asked at
 * {@link #refresh()}: the number of documents and the newest document version ({@code _version_} grows with
 * every update), one facet request. Between refreshes the kept answers are the view of the last refresh, which is
 * what a reader of the embedded store sees too. Concurrent requests for the same missing answer wait for one
 * computation. Thread-safe.
 */
final class SolrAggregates {
    /** Answers kept at most; past this the cache starts over (the web page asks the same few again and again). */
    static final int MAX_ENTRIES = 64;

    /** One computation over the collection. */
    @FunctionalInterface
    interface Computation<T> {
        T compute() throws IOException;
    }

    private record Generation(long documents, long newestVersion) {
    }

    private final SolrCollection solr;
    private final ConcurrentHashMap<Object, CompletableFuture<Object>> kept = new ConcurrentHashMap<>();
    private volatile Generation seen;

    SolrAggregates(SolrCollection solr) {
        this.solr = solr;
    }

    /** Drops what was kept when the collection changed since the last look. */
    void refresh() throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.set("json.facet", "{v:'max(_version_)'}");
        var r = solr.query(q);
        Object v = SolrFacets.of(r).get("v");
        Generation now = new Generation(r.getResults().getNumFound(), v instanceof Number n ? n.longValue() : 0);
        if (!Objects.equals(now, seen)) {
            seen = now;
            kept.clear();
        }
    }

    /** A map kept like the answers (emptied when the collection changes), for answers kept per entity or story. */
    @SuppressWarnings("unchecked")
    <V> ConcurrentHashMap<String, V> map(String name) throws IOException {
        return get(List.of("lasting", name), ConcurrentHashMap::new);
    }

    /**
     * An answer kept until the collection changes and never dropped to make room: what many answers are computed
     * from.
     */
    <T> T lasting(String name, Computation<T> computation) throws IOException {
        return get(List.of("lasting", name), computation);
    }

    /** The kept answer for {@code key}, computed now when there is none. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Computation<T> computation) throws IOException {
        CompletableFuture<Object> pending = kept.get(key);
        if (pending == null) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.keySet().removeIf(k -> !(k instanceof List<?> l && "lasting".equals(l.get(0))));
            }
            CompletableFuture<Object> mine = new CompletableFuture<>();
            pending = kept.putIfAbsent(key, mine);
            if (pending == null) {
                try {
                    T value = computation.compute();
                    mine.complete(value);
                    return value;
                } catch (IOException | RuntimeException | Error e) {
                    kept.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return (T) pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
