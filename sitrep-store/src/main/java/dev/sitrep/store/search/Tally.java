package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts over the documents a query matches, from doc values: by publication day, by a keyword's value
 * (single- or multi-valued), with an optional weight per document (an entity document's mentions).
 * Per-segment counts are kept by ordinal (or day) in an array and turned into strings once per segment; the counts
 * of one segment are also available alone, for callers that keep them per segment ({@link ReaderCache}).
 */
final class Tally {
    private Tally() {
    }

    /**
     * Sum of {@code weightField} (or 1 when null) per publication day, oldest first; undated left out. A common word
     * is in most articles: the matches of a query of the simple shape are read as bitsets ({@link Counts}), others
     * collected through the searcher, and either way the parts of the index are counted on all its threads at once.
     */
    static Map<LocalDate, Long> byDay(IndexSearcher searcher, Query query, String weightField) throws IOException {
        List<List<Term>> shape = MatchCounts.shape(searcher, query);
        Map<Long, Long> days = shape != null ? byDay(searcher, shape, weightField)
                : searcher.search(query, new CollectorManager<DaysCollector, Map<Long, Long>>() {
                    @Override
                    public DaysCollector newCollector() {
                        return new DaysCollector(weightField);
                    }

                    @Override
                    public Map<Long, Long> reduce(Collection<DaysCollector> collectors) {
                        Map<Long, Long> all = new TreeMap<>();
                        collectors.forEach(c -> c.days.forEach((day, n) -> all.merge(day, n, Long::sum)));
                        return all;
                    }
                });
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        days.forEach((day, n) -> byDay.put(LocalDate.ofEpochDay(day), n));
        return byDay;
    }

    /** Sums per day over the matches of a query of the simple shape ({@link Counts}), segments on all threads. */
    private static Map<Long, Long> byDay(IndexSearcher searcher, List<List<Term>> shape, String weightField)
            throws IOException {
        List<Callable<Map<Long, Long>>> segments = new ArrayList<>();
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            segments.add(() -> {
                DayCounts counts = DayCounts.open(ctx);
                SortedNumericDocValues weight = weightField == null ? null : DocValues.getSortedNumeric(ctx.reader(), weightField);
                FixedBitSet matches = MatchCounts.matches(ctx.reader(), shape);
                try {
                    for (int doc = MatchCounts.next(matches, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = MatchCounts.next(matches, doc + 1)) {
                        counts.add(doc, weight(weight, doc));
                    }
                } finally {
                    MatchCounts.release(matches);
                }
                Map<Long, Long> days = new HashMap<>();
                counts.forEach((day, sum) -> days.merge(day, sum, Long::sum));
                return days;
            });
        }
        Map<Long, Long> all = new TreeMap<>();
        for (Map<Long, Long> part : searcher.getTaskExecutor().invokeAll(segments)) {
            part.forEach((day, n) -> all.merge(day, n, Long::sum));
        }
        return all;
    }

    /** Sums per day over the parts of the index one thread collects. */
    private static final class DaysCollector implements Collector {
        private final String weightField;
        final Map<Long, Long> days = new HashMap<>();

        DaysCollector(String weightField) {
            this.weightField = weightField;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            DayCounts counts = DayCounts.open(ctx);
            SortedNumericDocValues weight = weightField == null ? null : DocValues.getSortedNumeric(ctx.reader(), weightField);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    counts.add(doc, weight(weight, doc));
                }

                @Override
                public void finish() {
                    counts.forEach((day, sum) -> days.merge(day, sum, Long::sum));
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Sum of {@code weightField} (or 1 when null) per value of a sorted (single-valued) doc-values field. */
    static Map<String, long[]> bySorted(IndexSearcher searcher, Query query, String field, String weightField)
            throws IOException {
        Map<String, long[]> totals = new HashMap<>();
        Weight weight = DocVisits.weight(searcher, query);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            add(totals, bySorted(weight, ctx, field, weightField));
        }
        return totals;
    }

    /**
     * Like {@link #bySorted(IndexSearcher, Query, String, String)} within one segment: documents ({@code [0]}) and
     * the sum of {@code weightField} ({@code [1]}) per value.
     */
    static Map<String, long[]> bySorted(Weight query, LeafReaderContext ctx, String field, String weightField)
            throws IOException {
        Map<String, long[]> totals = new HashMap<>();
        DocVisits.forEach(query, ctx, leaf -> {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
            SortedNumericDocValues weight = weightField == null ? null : DocValues.getSortedNumeric(leaf.reader(), weightField);
            long[] docs = new long[values.getValueCount()];
            long[] sums = new long[values.getValueCount()];
            return new DocVisits.Segment() {
                @Override
                public void visit(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        int ord = values.ordValue();
                        docs[ord]++;
                        sums[ord] += weight(weight, doc);
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < docs.length; ord++) {
                        if (docs[ord] > 0) {
                            totals.put(values.lookupOrd(ord).utf8ToString(), new long[] {docs[ord], sums[ord]});
                        }
                    }
                }
            };
        });
        return totals;
    }

    /** Adds the counts of {@code part} (documents and sums per value) to {@code totals}. */
    static void add(Map<String, long[]> totals, Map<String, long[]> part) {
        part.forEach((key, t) -> {
            long[] sum = totals.computeIfAbsent(key, k -> new long[2]);
            sum[0] += t[0];
            sum[1] += t[1];
        });
    }

    /** Documents per value of a sorted-set (multi-valued) doc-values field. */
    static Map<String, Long> bySortedSet(IndexSearcher searcher, Query query, String field) throws IOException {
        Map<String, Long> totals = new HashMap<>();
        Weight weight = DocVisits.weight(searcher, query);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            bySortedSet(weight, ctx, field).forEach((key, n) -> totals.merge(key, n, Long::sum));
        }
        return totals;
    }

    /** Like {@link #bySortedSet(IndexSearcher, Query, String)} within one segment. */
    static Map<String, Long> bySortedSet(Weight query, LeafReaderContext ctx, String field) throws IOException {
        Map<String, Long> totals = new HashMap<>();
        DocVisits.forEach(query, ctx, leaf -> {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            long[] docs = new long[Math.toIntExact(values.getValueCount())];
            return new DocVisits.Segment() {
                @Override
                public void visit(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        for (int i = 0; i < values.docValueCount(); i++) {
                            docs[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < docs.length; ord++) {
                        if (docs[ord] > 0) {
                            totals.put(values.lookupOrd(ord).utf8ToString(), docs[ord]);
                        }
                    }
                }
            };
        });
        return totals;
    }

    static Comparator<Map.Entry<String, long[]>> bySecondThenFirst() {
        return Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[1])
                .thenComparingLong(e -> e.getValue()[0]).reversed().thenComparing(Map.Entry::getKey);
    }

    /** The document's value of a weight field: 1 without a field, 0 when the document has none. */
    static long weight(SortedNumericDocValues weight, int doc) throws IOException {
        return weight == null ? 1 : weight.advanceExact(doc) ? weight.nextValue() : 0;
    }
}
