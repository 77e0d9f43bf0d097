package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts over the documents a query matches, from doc values: by publication day, by a keyword's value
 * (single- or multi-valued), with an optional weight per document (an entity document's mentions).
 * Per-segment counts are kept by ordinal in an array and turned into strings once per segment.
 */
final class Tally {
    private Tally() {
    }

    /** Sum of {@code weightField} (or 1 when null) per publication day, oldest first; undated left out. */
    static Map<LocalDate, Long> byDay(IndexSearcher searcher, Query query, String weightField) throws IOException {
        Map<Long, Long> days = new TreeMap<>();
        DocVisits.forEach(searcher, query, ctx -> {
            SortedNumericDocValues published = DocValues.getSortedNumeric(ctx.reader(), PUBLISHED);
            SortedNumericDocValues weight = weightField == null ? null : DocValues.getSortedNumeric(ctx.reader(), weightField);
            return doc -> {
                if (published.advanceExact(doc)) {
                    days.merge(published.nextValue(), weight(weight, doc), Long::sum);
                }
            };
        });
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        days.forEach((day, n) -> byDay.put(LocalDate.ofEpochDay(day), n));
        return byDay;
    }

    /** Sum of {@code weightField} (or 1 when null) per value of a sorted (single-valued) doc-values field. */
    static Map<String, long[]> bySorted(IndexSearcher searcher, Query query, String field, String weightField)
            throws IOException {
        Map<String, long[]> totals = new HashMap<>();
        DocVisits.forEach(searcher, query, ctx -> {
            SortedDocValues values = DocValues.getSorted(ctx.reader(), field);
            SortedNumericDocValues weight = weightField == null ? null : DocValues.getSortedNumeric(ctx.reader(), weightField);
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
                            long[] t = totals.computeIfAbsent(values.lookupOrd(ord).utf8ToString(), k -> new long[2]);
                            t[0] += docs[ord];
                            t[1] += sums[ord];
                        }
                    }
                }
            };
        });
        return totals;
    }

    /** Documents per value of a sorted-set (multi-valued) doc-values field. */
    static Map<String, Long> bySortedSet(IndexSearcher searcher, Query query, String field) throws IOException {
        Map<String, Long> totals = new HashMap<>();
        DocVisits.forEach(searcher, query, ctx -> {
            SortedSetDocValues values = DocValues.getSortedSet(ctx.reader(), field);
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
                            totals.merge(values.lookupOrd(ord).utf8ToString(), docs[ord], Long::sum);
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

    private static long weight(SortedNumericDocValues weight, int doc) throws IOException {
        return weight == null ? 1 : weight.advanceExact(doc) ? weight.nextValue() : 0;
    }
}
