package dev.sitrep.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.IOFunction;

/**
 * Values computed once per index reader and key, kept until that reader closes: what a query derives from a
 * reader alone (counts over every document, a column of doc values gathered into arrays) changes only when the
 * reader does. Keyed on the reader's {@link IndexReader.CacheHelper}: a whole view's key changes with every refresh
 * that found a new commit, a segment's only when it gains deletions, so values kept per segment survive refreshes
 * that add segments beside it and only the new segments are computed.
 *
 * <p>Thread-safe. Queries asking for a value being computed wait for it rather than compute it again (under load
 * they would all miss at once and compete for the cores); a failed computation is not kept. Each reader keeps at
 * most {@code perReader} values, and starts over past that, so that queries with ever new keys cannot fill memory.
 */
final class ReaderCache<K, V> {
    private final int perReader;
    private final Map<IndexReader.CacheKey, Map<K, CompletableFuture<V>>> byReader = new ConcurrentHashMap<>();

    ReaderCache(int perReader) {
        this.perReader = perReader;
    }

    /** The value for {@code key} over {@code reader}, computed by {@code compute} unless already known. */
    V get(IndexReader reader, K key, IOFunction<K, V> compute) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return compute.apply(key);
        }
        Map<K, CompletableFuture<V>> values = byReader.get(helper.getKey());
        if (values == null) {
            Map<K, CompletableFuture<V>> fresh = new ConcurrentHashMap<>();
            values = byReader.putIfAbsent(helper.getKey(), fresh);
            if (values == null) {
                values = fresh;
                helper.addClosedListener(byReader::remove);
            }
        }
        CompletableFuture<V> pending = values.get(key);
        if (pending == null) {
            if (values.size() >= perReader) {
                values.clear();
            }
            CompletableFuture<V> mine = new CompletableFuture<>();
            pending = values.putIfAbsent(key, mine);
            if (pending == null) {
                try {
                    V value = compute.apply(key);
                    mine.complete(value);
                    return value;
                } catch (IOException | RuntimeException | Error e) {
                    values.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The value kept for {@code key} in each segment of the searcher's view, in segment order. Missing ones are
     * computed from {@code query}'s weight (built once, and only when a segment needs it) on the searcher's threads
     * at once, the asking thread among them: a segment of a large store is read in the time of its share.
     */
    List<V> perSegment(IndexSearcher searcher, K key, Query query, SegmentValue<V> compute) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<V> values = new ArrayList<>(leaves.size());
        List<Callable<V>> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        Weight[] weight = {null};
        for (LeafReaderContext ctx : leaves) {
            V known = known(ctx.reader(), key);
            values.add(known);
            if (known == null) {
                at.add(values.size() - 1);
                missing.add(() -> get(ctx.reader(), key, k -> {
                    synchronized (weight) {
                        if (weight[0] == null) {
                            weight[0] = DocVisits.weight(searcher, query);
                        }
                    }
                    return compute.of(weight[0], ctx);
                }));
            }
        }
        if (!missing.isEmpty()) {
            List<V> computed = searcher.getTaskExecutor().invokeAll(missing);
            for (int i = 0; i < at.size(); i++) {
                values.set(at.get(i), computed.get(i));
            }
        }
        return values;
    }

    /** The value already computed for {@code key} over {@code reader}, or null. */
    private V known(IndexReader reader, K key) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Map<K, CompletableFuture<V>> values = helper == null ? null : byReader.get(helper.getKey());
        CompletableFuture<V> value = values == null ? null : values.get(key);
        return value != null && value.isDone() && !value.isCompletedExceptionally() ? value.join() : null;
    }

    /** Computes a segment's value from the documents a weight matches in it. */
    @FunctionalInterface
    interface SegmentValue<V> {
        V of(Weight query, LeafReaderContext ctx) throws IOException;
    }

    /** Readers with values kept, for tests: a closed reader's values are gone. */
    int readers() {
        return byReader.size();
    }
}
