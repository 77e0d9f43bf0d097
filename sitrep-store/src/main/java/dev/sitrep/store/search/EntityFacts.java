package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.query.Counts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Weight;

/**
 * What the store's entity documents say of one entity: how many there are and their mentions, the newest one
 * (whose name and type are the entity's), the names it was seen under, mentions per day and documents per
 * publisher. Read in one pass over the entity's documents from doc values, and kept per segment
 * ({@link ReaderCache}): a much-mentioned entity has a document in most articles, and the list of entities and
 * every profile ask for these, so each segment is read once for an entity, and a refresh reads only the new
 * segments. Segment facts are added up in segment order, which keeps "newest" the first document in index order
 * among the newest, as a sort by date would.
 */
final class EntityFacts {
    /** Entities whose facts a segment keeps; past this it starts over. */
    static final int PER_SEGMENT = 1_024;
    private static final ReaderCache<String, EntityFacts> SEGMENTS = new ReaderCache<>(PER_SEGMENT);

    long docs;
    long mentions;
    /** Publication day of the newest document (0 when undated, as sorting by date counts it), and the document. */
    long newestDay = Long.MIN_VALUE;
    int newestDoc = -1;
    final Map<String, Long> names = new HashMap<>();
    final Map<String, Long> publishers = new HashMap<>();
    /** A segment's mentions per day as day, sum, day, sum...: a year of days in a few kilobytes. */
    private long[] dayPairs = new long[0];
    /** The segments' facts the view's are the sum of, whose days are added up only when asked for. */
    private final List<EntityFacts> segments = new ArrayList<>();

    private EntityFacts() {
    }

    /** The facts of the entity with this id over the whole view; {@link #docs} is 0 when it has no documents. */
    static EntityFacts of(IndexSearcher searcher, String id) throws IOException {
        EntityFacts all = new EntityFacts();
        List<EntityFacts> segments = SEGMENTS.perSegment(searcher, id, EntitySearch.ofEntity(id), EntityFacts::ofSegment);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < segments.size(); i++) {
            all.add(segments.get(i), leaves.get(i).docBase);
        }
        return all;
    }

    /** The facts within one segment; document numbers are the segment's. */
    private static EntityFacts ofSegment(Weight query, LeafReaderContext ctx) throws IOException {
        EntityFacts f = new EntityFacts();
        DocVisits.forEach(query, ctx, leaf -> {
            SortedNumericDocValues published = DocValues.getSortedNumeric(leaf.reader(), PUBLISHED);
            SortedNumericDocValues mentions = DocValues.getSortedNumeric(leaf.reader(), MENTIONS);
            SortedSetDocValues names = DocValues.getSortedSet(leaf.reader(), ENTITY_NAMES_DV);
            SortedDocValues publishers = DocValues.getSorted(leaf.reader(), PUBLISHER_DV);
            DayCounts days = DayCounts.open(leaf);
            long[] byName = new long[Math.toIntExact(names.getValueCount())];
            long[] byPublisher = new long[publishers.getValueCount()];
            return new DocVisits.Segment() {
                @Override
                public void visit(int doc) throws IOException {
                    long m = Tally.weight(mentions, doc);
                    f.docs++;
                    f.mentions += m;
                    // Sorting by date counts an undated document as day 0; the first of the newest wins.
                    long day = published.advanceExact(doc) ? max(published) : 0;
                    if (day > f.newestDay) {
                        f.newestDay = day;
                        f.newestDoc = doc;
                    }
                    days.add(doc, m);
                    if (names.advanceExact(doc)) {
                        for (int i = 0; i < names.docValueCount(); i++) {
                            byName[(int) names.nextOrd()]++;
                        }
                    }
                    if (publishers.advanceExact(doc)) {
                        byPublisher[publishers.ordValue()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    f.dayPairs = days.toPairs();
                    for (int ord = 0; ord < byName.length; ord++) {
                        if (byName[ord] > 0) {
                            f.names.put(names.lookupOrd(ord).utf8ToString(), byName[ord]);
                        }
                    }
                    for (int ord = 0; ord < byPublisher.length; ord++) {
                        if (byPublisher[ord] > 0) {
                            f.publishers.put(publishers.lookupOrd(ord).utf8ToString(), byPublisher[ord]);
                        }
                    }
                }
            };
        });
        return f;
    }

    private static long max(SortedNumericDocValues values) throws IOException {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < values.docValueCount(); i++) {
            max = Math.max(max, values.nextValue());
        }
        return max;
    }

    private void add(EntityFacts segment, int docBase) {
        docs += segment.docs;
        mentions += segment.mentions;
        if (segment.docs > 0 && segment.newestDay > newestDay) {
            newestDay = segment.newestDay;
            newestDoc = docBase + segment.newestDoc;
        }
        segment.names.forEach((k, n) -> names.merge(k, n, Long::sum));
        segments.add(segment);
        segment.publishers.forEach((k, n) -> publishers.merge(k, n, Long::sum));
    }

    /** Every name but {@code name}, the most documents first (then alphabetical). */
    List<String> aliases(String name) {
        return Counts.top(names, Integer.MAX_VALUE).keySet().stream().filter(a -> !a.equals(name)).toList();
    }

    /** Mentions per day, oldest first. */
    Map<LocalDate, Long> mentionsByDay() {
        Map<Long, Long> days = new TreeMap<>();
        for (EntityFacts segment : segments) {
            for (int i = 0; i < segment.dayPairs.length; i += 2) {
                days.merge(segment.dayPairs[i], segment.dayPairs[i + 1], Long::sum);
            }
        }
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        days.forEach((day, n) -> byDay.put(LocalDate.ofEpochDay(day), n));
        return byDay;
    }
}
