package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.PUBLISHED;

import java.io.IOException;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Sums per publication day over documents of one segment, in an array over the days the segment spans (read from
 * its points, no pass needed): a word in most articles means a sum for most documents, and an array index costs a
 * fraction of a map entry. Each document's place in that array is read from doc values once per segment and kept
 * ({@link ReaderCache}, four bytes a document), so that summing a million documents is a million array look-ups
 * rather than a million doc-values reads. A segment spanning more than {@link #MAX_SPAN} days (dates far off in
 * time) keeps the sums of the days outside the array in a map. Days are epoch days; undated documents are left out.
 */
final class DayCounts {
    /** Widest span of days kept in an array: some 270 years. */
    static final long MAX_SPAN = 100_000;
    /** A document's place: undated, or dated outside the array (its day then read from doc values). */
    private static final int UNDATED = -1;
    private static final int OUTSIDE = -2;
    private static final ReaderCache<Long, int[]> PLACES = new ReaderCache<>(1);

    private final SortedNumericDocValues published;
    private final int[] places;
    private final long first;
    private final long[] sums;
    /** Documents per day, so that a day whose documents weigh nothing is still a day. */
    private final int[] docs;
    private final TreeMap<Long, long[]> outside = new TreeMap<>();

    private DayCounts(SortedNumericDocValues published, int[] places, long first, int span) {
        this.published = published;
        this.places = places;
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
        int days = span > 0 && span <= MAX_SPAN ? (int) span : 0;
        long from = first;
        int[] places = PLACES.get(ctx.reader(), first, k -> places(ctx, from, days));
        return new DayCounts(DocValues.getSortedNumeric(ctx.reader(), PUBLISHED), places, first, days);
    }

    /** Each document's place in the array of days from {@code first}. */
    private static int[] places(LeafReaderContext ctx, long first, int days) throws IOException {
        int[] places = new int[ctx.reader().maxDoc()];
        java.util.Arrays.fill(places, UNDATED);
        SortedNumericDocValues published = DocValues.getSortedNumeric(ctx.reader(), PUBLISHED);
        for (int doc = published.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = published.nextDoc()) {
            long i = published.nextValue() - first;
            places[doc] = i >= 0 && i < days ? (int) i : OUTSIDE;
        }
        return places;
    }

    /** Adds {@code weight} to the document's day, when it has one. */
    void add(int doc, long weight) throws IOException {
        int i = places[doc];
        if (i >= 0) {
            sums[i] += weight;
            docs[i]++;
        } else if (i == OUTSIDE && published.advanceExact(doc)) {
            outside.computeIfAbsent(published.nextValue(), d -> new long[1])[0] += weight;
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
