package dev.sitrep.store.search;

import static dev.sitrep.store.StoreFields.PUBLISHED;

import java.io.IOException;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;

/**
 * Sums per publication day over documents of one segment, in an array over the days the segment spans (read from
 * its points, no pass needed): a word in most articles means a sum for most documents, and an array index costs a
 * fraction of a map entry. A segment spanning more than {@link #MAX_SPAN} days (dates far off in time) keeps its
 * sums in a map instead. Days are epoch days; undated documents are left out.
 */
final class DayCounts {
    /** Widest span of days kept in an array: some 270 years. */
    static final long MAX_SPAN = 100_000;

    private final SortedNumericDocValues published;
    private final long first;
    private final long[] sums;
    /** Documents per day, so that a day whose documents weigh nothing is still a day. */
    private final int[] docs;
    private final TreeMap<Long, long[]> outside = new TreeMap<>();

    private DayCounts(SortedNumericDocValues published, long first, int span) {
        this.published = published;
        this.first = first;
        this.sums = new long[span];
        this.docs = new int[span];
    }

    /** Counts over the segment's documents (visited in index order). */
    static DayCounts open(LeafReaderContext ctx) throws IOException {
        PointValues points = ctx.reader().getPointValues(PUBLISHED);
        long first = 0;
        long span = 0;
        if (points != null && points.size() > 0) {
            first = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
            span = LongPoint.decodeDimension(points.getMaxPackedValue(), 0) - first + 1;
        }
        return new DayCounts(DocValues.getSortedNumeric(ctx.reader(), PUBLISHED), first,
                span > 0 && span <= MAX_SPAN ? (int) span : 0);
    }

    /** Adds {@code weight} to the document's day, when it has one. */
    void add(int doc, long weight) throws IOException {
        if (published.advanceExact(doc)) {
            long day = published.nextValue();
            long i = day - first;
            if (i >= 0 && i < sums.length) {
                sums[(int) i] += weight;
                docs[(int) i]++;
            } else {
                outside.computeIfAbsent(day, d -> new long[1])[0] += weight;
            }
        }
    }

    /** Calls {@code each} with every day that had a document, oldest first, and its sum. */
    void forEach(DaySum each) {
        // Days outside the array are before or after all of it: the map's lower part, the array, the upper part.
        outside.headMap(first).forEach((day, sum) -> each.accept(day, sum[0]));
        for (int i = 0; i < sums.length; i++) {
            if (docs[i] > 0) {
                each.accept(first + i, sums[i]);
            }
        }
        outside.tailMap(first).forEach((day, sum) -> each.accept(day, sum[0]));
    }

    /** The days that had a document and their sums, oldest first, as day, sum, day, sum...: compact to keep. */
    long[] toPairs() {
        int n = outside.size();
        for (int d : docs) {
            n += d > 0 ? 1 : 0;
        }
        long[] pairs = new long[2 * n];
        int[] at = {0};
        forEach((day, sum) -> {
            pairs[at[0]++] = day;
            pairs[at[0]++] = sum;
        });
        return pairs;
    }

    /** A day and its sum. */
    @FunctionalInterface
    interface DaySum {
        void accept(long day, long sum);
    }
}
