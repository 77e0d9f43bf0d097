package dev.sitrep.query;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param total  how many results there are in all
 * @param offset how many were skipped before {@code items}
 * @param limit  the most a page holds
 * @param items  the results of this page, at most {@code limit}
 */
public record Page<T>(long total, int offset, int limit, List<T> items) {
    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** The page of {@code all} (every result, in order) that starts at {@code offset}. */
    public static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return new Page<>(all.size(), offset, limit, all.subList(from, Math.min(all.size(), from + limit)));
    }

    /** Checks a requested window: offset at least 0, limit between 1 and {@link #MAX_LIMIT}. */
    public static void check(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }
}
