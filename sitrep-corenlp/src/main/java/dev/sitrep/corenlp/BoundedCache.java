package dev.sitrep.corenlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A concurrent map that empties itself when it grows past a bound: a memo for pure functions of words, whose
 * vocabulary is unbounded on a long crawl. Emptying all at once (rather than evicting the least used) keeps
 * every read lock-free; the frequent words are back after a few sentences.
 */
final class BoundedCache<K, V> extends ConcurrentHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    private final int bound;

    BoundedCache(int bound) {
        super(Math.min(bound, 1 << 16));
        this.bound = bound;
    }

    @Override
    public V put(K key, V value) {
        if (mappingCount() >= bound) {
            clear();
        }
        return super.put(key, value);
    }

    /** The cached value, or {@code compute}'s, remembered unless it is null. */
    V get(K key, Function<? super K, ? extends V> compute) {
        V v = get(key);
        if (v == null) {
            v = compute.apply(key);
            if (v != null) {
                put(key, v);
            }
        }
        return v;
    }
}
