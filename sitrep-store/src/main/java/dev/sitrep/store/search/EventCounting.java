package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.query.Counts;
import dev.sitrep.query.EventGroups;
import dev.sitrep.query.EventGroups.Group;
import dev.sitrep.query.EventGroups.Row;
import dev.sitrep.query.EventHit;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.EventRequest.Order;
import dev.sitrep.query.Page;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Event listings in arrays: what {@link EventGroups} does with a row object and a string per report, done with
 * numbers. Every text column an event listing groups or counts by (the event key, the article, the publisher, the
 * type, the actors' names) is numbered over the whole view once ({@link OrdinalMap}, kept per view), in the terms'
 * own order, which is the order of the texts; every event document's numbers and the order a listing groups them
 * in are kept with the view too, so a question only marks its matches and walks that order, and texts are looked
 * up only for what is shown: the page's reports, the types, actors, publishers and days that are counted. The answers are {@link EventGroups}' exactly (the SolrCloud store, which uses it, is
 * compared with this one by the golden suite); stores past its packing bounds go through {@link EventGroups}.
 */
final class EventCounting {
    private static final ReaderCache<String, View> VIEWS = new ReaderCache<>(1);
    /** Bits of a packed report: event number, day, report index. */
    private static final int KEY_BITS = 22;
    private static final int DAY_BITS = 16;
    private static final int ROW_BITS = 26;

    private EventCounting() {
    }

    /** One text column numbered over the view. */
    private static final class Column {
        final String field;
        final OrdinalMap map;
        final long count;

        Column(IndexReader reader, String field, boolean multi) throws IOException {
            this.field = field;
            List<LeafReaderContext> leaves = reader.leaves();
            if (leaves.size() <= 1) {
                map = null;
                count = leaves.isEmpty() ? 0 : multi
                        ? DocValues.getSortedSet(leaves.get(0).reader(), field).getValueCount()
                        : DocValues.getSorted(leaves.get(0).reader(), field).getValueCount();
                return;
            }
            Object key = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
            if (multi) {
                SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
                }
                map = OrdinalMap.build((IndexReader.CacheKey) key, values, PackedInts.DEFAULT);
            } else {
                SortedDocValues[] values = new SortedDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
                }
                map = OrdinalMap.build((IndexReader.CacheKey) key, values, PackedInts.DEFAULT);
            }
            count = map.getValueCount();
        }

        LongValues globals(int segment) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(segment);
        }

        String text(IndexReader reader, long global, boolean multi) throws IOException {
            int segment = map == null ? 0 : map.getFirstSegmentNumber(global);
            long ord = map == null ? global : map.getFirstSegmentOrd(global);
            var leaf = reader.leaves().get(segment).reader();
            return (multi ? DocValues.getSortedSet(leaf, field).lookupOrd(ord)
                    : DocValues.getSorted(leaf, field).lookupOrd((int) ord)).utf8ToString();
        }
    }

    /** The view's numbered columns, and each segment's event documents with their numbers, read once. */
    private record View(Column keys, Column articles, Column publishers, Column types, Column names,
                        Segment[] segments, All all) {
    }

    /**
     * Every event document of the view in one set of arrays (segment after segment, {@code base} says where each
     * starts), with days numbered from the view's first (0: undated), and the order a listing groups them in: by
     * event key, day, article, then document. A query marks its matches and walks that order: no sort per query.
     */
    private record All(Reports reports, int[] base, int[] order, long firstDay, boolean fits) {
    }

    /**
     * A segment's event documents in doc order and, for each, its numbers over the view (-1 for none) and its day
     * ({@link EventGroups#UNDATED} for none): what a listing reads of every match, in arrays rather than decoded
     * from doc values each time.
     */
    private record Segment(int[] docs, int[] key, int[] article, int[] publisher, int[] type, long[] day,
                           int[] nameStart, int[] names) {
    }

    private static View view(IndexReader reader) throws IOException {
        return VIEWS.get(reader, "events", k -> {
            Column keys = new Column(reader, EVENT_KEY, false);
            Column articles = new Column(reader, EVENT_ARTICLE, false);
            Column publishers = new Column(reader, PUBLISHER_DV, false);
            Column types = new Column(reader, EVENT_TYPE, false);
            Column names = new Column(reader, EVENT_ACTORS_DV, true);
            List<LeafReaderContext> leaves = reader.leaves();
            Segment[] segments = new Segment[leaves.size()];
            for (LeafReaderContext ctx : leaves) {
                segments[ctx.ord] = segment(ctx, keys, articles, publishers, types, names);
            }
            return new View(keys, articles, publishers, types, names, segments, all(leaves, segments));
        });
    }

    private static All all(List<LeafReaderContext> leaves, Segment[] segments) {
        Reports r = new Reports();
        int[] base = new int[segments.length];
        long first = Long.MAX_VALUE;
        for (Segment seg : segments) {
            for (long d : seg.day()) {
                if (d != EventGroups.UNDATED) {
                    first = Math.min(first, d);
                }
            }
        }
        boolean fits = true;
        for (LeafReaderContext ctx : leaves) {
            Segment seg = segments[ctx.ord];
            base[ctx.ord] = r.size;
            for (int i = 0; i < seg.docs().length; i++) {
                long n = seg.day()[i] == EventGroups.UNDATED ? 0 : seg.day()[i] - first + 1;
                fits &= n < (1L << DAY_BITS) && seg.key()[i] >= 0 && seg.type()[i] >= 0 && seg.article()[i] >= 0;
                r.add(seg.key()[i], (int) Math.min(n, (1L << DAY_BITS) - 1), seg.article()[i], seg.publisher()[i],
                        seg.type()[i], ctx.docBase + seg.docs()[i]);
                for (int x = seg.nameStart()[i]; x < seg.nameStart()[i + 1]; x++) {
                    r.name(seg.names()[x]);
                }
            }
        }
        fits &= r.size < (1L << ROW_BITS);
        if (!fits) {
            return new All(r, base, new int[0], first, false);
        }
        long[] packed = new long[r.size];
        for (int i = 0; i < r.size; i++) {
            packed[i] = ((long) r.key[i] << (DAY_BITS + ROW_BITS)) | ((long) r.day[i] << ROW_BITS) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[r.size];
        for (int i = 0; i < r.size; i++) {
            order[i] = (int) (packed[i] & ((1L << ROW_BITS) - 1));
        }
        // Reports of one event and day come by article (the texts' order, as EventGroups sorts them), then document.
        for (int i = 0; i < r.size; ) {
            int j = i + 1;
            while (j < r.size && r.key[order[j]] == r.key[order[i]] && r.day[order[j]] == r.day[order[i]]) {
                j++;
            }
            if (j - i > 1) {
                Integer[] run = new Integer[j - i];
                for (int x = i; x < j; x++) {
                    run[x - i] = order[x];
                }
                Arrays.sort(run, (p, q) -> r.article[p] != r.article[q] ? Integer.compare(r.article[p], r.article[q])
                        : Integer.compare(r.doc[p], r.doc[q]));
                for (int x = i; x < j; x++) {
                    order[x] = run[x - i];
                }
            }
            i = j;
        }
        return new All(r, base, order, first, true);
    }

    private static Segment segment(LeafReaderContext ctx, Column keyColumn, Column articleColumn,
            Column publisherColumn, Column typeColumn, Column nameColumn) throws IOException {
        SortedDocValues keys = DocValues.getSorted(ctx.reader(), EVENT_KEY);
        SortedDocValues articles = DocValues.getSorted(ctx.reader(), EVENT_ARTICLE);
        SortedDocValues publishers = DocValues.getSorted(ctx.reader(), PUBLISHER_DV);
        SortedDocValues types = DocValues.getSorted(ctx.reader(), EVENT_TYPE);
        SortedSetDocValues names = DocValues.getSortedSet(ctx.reader(), EVENT_ACTORS_DV);
        SortedNumericDocValues days = DocValues.getSortedNumeric(ctx.reader(), PUBLISHED);
        LongValues gk = keyColumn.globals(ctx.ord);
        LongValues ga = articleColumn.globals(ctx.ord);
        LongValues gp = publisherColumn.globals(ctx.ord);
        LongValues gt = typeColumn.globals(ctx.ord);
        LongValues gn = nameColumn.globals(ctx.ord);
        Reports r = new Reports();
        long[] day = new long[1024];
        for (int doc = keys.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            int a = articles.advanceExact(doc) ? (int) ga.get(articles.ordValue()) : -1;
            int p = publishers.advanceExact(doc) ? (int) gp.get(publishers.ordValue()) : -1;
            int t = types.advanceExact(doc) ? (int) gt.get(types.ordValue()) : -1;
            if (r.size == day.length) {
                day = Arrays.copyOf(day, r.size * 2);
            }
            day[r.size] = days.advanceExact(doc) ? days.nextValue() : EventGroups.UNDATED;
            r.add((int) gk.get(keys.ordValue()), 0, a, p, t, doc);
            if (names.advanceExact(doc)) {
                for (int i = 0; i < names.docValueCount(); i++) {
                    r.name((int) gn.get(names.nextOrd()));
                }
            }
        }
        int n = r.size;
        return new Segment(Arrays.copyOf(r.doc, n), Arrays.copyOf(r.key, n), Arrays.copyOf(r.article, n),
                Arrays.copyOf(r.publisher, n), Arrays.copyOf(r.type, n), Arrays.copyOf(day, n),
                Arrays.copyOf(r.nameStart, n + 1), Arrays.copyOf(r.names, r.nameCount));
    }

    /** Grows as reports are read: a report's columns as numbers. */
    private static final class Reports {
        int size;
        int[] key = new int[1024];
        int[] day = new int[1024];
        int[] article = new int[1024];
        int[] publisher = new int[1024];
        int[] type = new int[1024];
        int[] doc = new int[1024];
        /** The actors' name numbers of report i: names[nameStart[i] .. nameStart[i + 1]). */
        int[] nameStart = new int[1025];
        int[] names = new int[2048];
        int nameCount;

        void add(int k, int d, int a, int p, int t, int docId) {
            if (size == key.length) {
                int n = size * 2;
                key = Arrays.copyOf(key, n);
                day = Arrays.copyOf(day, n);
                article = Arrays.copyOf(article, n);
                publisher = Arrays.copyOf(publisher, n);
                type = Arrays.copyOf(type, n);
                doc = Arrays.copyOf(doc, n);
                nameStart = Arrays.copyOf(nameStart, n + 1);
            }
            key[size] = k;
            day[size] = d;
            article[size] = a;
            publisher[size] = p;
            type[size] = t;
            doc[size] = docId;
            size++;
            nameStart[size] = nameCount;
        }

        void name(int n) {
            if (nameCount == names.length) {
                names = Arrays.copyOf(names, nameCount * 2);
            }
            names[nameCount++] = n;
            nameStart[size] = nameCount;
        }
    }

    /**
     * The page, or null when the view is past the packing bounds (then {@link EventGroups} answers). Days are
     * numbered from the view's earliest day plus one; 0 is undated.
     */
    static EventPage page(IndexSearcher searcher, Query query, Order order, int offset, int limit,
            EventGroups.Loader loader) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        View v = view(reader);
        if (v.keys().count >= (1L << KEY_BITS) || v.types().count > Integer.MAX_VALUE
                || v.names().count > Integer.MAX_VALUE || v.articles().count > Integer.MAX_VALUE
                || v.publishers().count > Integer.MAX_VALUE) {
            return null;
        }
        All all = v.all();
        if (!all.fits()) {
            return null;
        }
        Reports r = all.reports();
        FixedBitSet matched = new FixedBitSet(Math.max(1, r.size));
        DocVisits.forEach(searcher, query, ctx -> {
            Segment seg = v.segments()[ctx.ord];
            int base = all.base()[ctx.ord];
            int[] at = {0};
            // Matches come in doc order, as the segment's event documents are kept: one cursor walks both.
            return doc -> {
                int i = at[0];
                int[] docs = seg.docs();
                while (i < docs.length && docs[i] < doc) {
                    i++;
                }
                at[0] = i;
                if (i < docs.length && docs[i] == doc) {
                    matched.set(base + i);
                }
            };
        });
        int[] rows = new int[matched.cardinality()];
        int size = 0;
        for (int e : all.order()) {
            if (matched.get(e)) {
                rows[size++] = e;
            }
        }
        // Events: runs of one key cut where a report is past the window from the event's first day.
        int[] groupStart = new int[size + 1];
        int groups = 0;
        for (int i = 0; i < size; i++) {
            int row = rows[i];
            boolean starts = i == 0 || r.key[rows[i - 1]] != r.key[row];
            if (!starts) {
                int start = r.day[rows[groupStart[groups - 1]]];
                starts = r.day[row] == 0 ? start != 0 : start == 0 || r.day[row] - start > EventGroups.WINDOW_DAYS;
            }
            if (starts) {
                groupStart[groups++] = i;
            }
        }
        groupStart[groups] = size;
        int[] articleCount = new int[groups];
        long[] typeCounts = new long[(int) v.types().count];
        long[] nameCounts = new long[(int) v.names().count];
        long[] publisherCounts = new long[(int) v.publishers().count];
        int lastDay = 0;
        for (int i = 0; i < size; i++) {
            lastDay = Math.max(lastDay, r.day[rows[i]]);
        }
        long[][] dayTypes = new long[lastDay + 1][];
        int[] seen = new int[(int) Math.max(v.articles().count, v.publishers().count)];
        int stamp = 0;
        for (int g = 0; g < groups; g++) {
            int first = rows[groupStart[g]];
            if (groupStart[g + 1] - groupStart[g] == 1) {
                // Most events are told once: no article or publisher to count twice.
                articleCount[g] = 1;
                if (r.publisher[first] >= 0) {
                    publisherCounts[r.publisher[first]]++;
                }
            } else {
                stamp = countReports(r, rows, groupStart[g], groupStart[g + 1], seen, stamp, articleCount, g,
                        publisherCounts);
            }
            typeCounts[r.type[first]]++;
            for (int n = r.nameStart[first]; n < r.nameStart[first + 1]; n++) {
                nameCounts[r.names[n]]++;
            }
            int day = r.day[first];
            if (day != 0) {
                if (dayTypes[day] == null) {
                    dayTypes[day] = new long[typeCounts.length];
                }
                dayTypes[day][r.type[first]]++;
            }
        }
        // Order: newest first report (undated last), then most articles, then key; or most articles first, then
        // newest, then key. Events are numbered in key order (then day), so among equal ranks the number is the key's.
        int maxArticles = (1 << 16) - 1;
        long[] sortable = new long[groups];
        for (int g = 0; g < groups; g++) {
            if (articleCount[g] > maxArticles) {
                return null;
            }
            long newest = (1L << DAY_BITS) - 1 - r.day[rows[groupStart[g]]];
            long most = maxArticles - articleCount[g];
            long rank = order == Order.REPORTS ? (most << DAY_BITS | newest) : (newest << 16 | most);
            sortable[g] = rank << ROW_BITS | g;
        }
        long[] ranked = smallest(sortable, (int) Math.min(groups, (long) offset + limit));
        List<Group> page = new ArrayList<>();
        for (int s = Math.min(offset, ranked.length); s < ranked.length; s++) {
            int g = (int) (ranked[s] & ((1L << ROW_BITS) - 1));
            List<Row> groupRows = new ArrayList<>();
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                int row = rows[i];
                groupRows.add(new Row(r.doc[row], null, r.day[row] == 0 ? EventGroups.UNDATED
                        : all.firstDay() + r.day[row] - 1, null,
                        v.articles().text(reader, r.article[row], false),
                        r.publisher[row] < 0 ? null : v.publishers().text(reader, r.publisher[row], false), List.of()));
            }
            page.add(new Group(groupRows, articleCount[g]));
        }
        List<EventHit> hits = new ArrayList<>();
        for (Group g : page) {
            hits.add(EventGroups.hit(g, loader));
        }
        Map<String, Long> types = new HashMap<>();
        for (int t = 0; t < typeCounts.length; t++) {
            if (typeCounts[t] > 0) {
                types.put(v.types().text(reader, t, false), typeCounts[t]);
            }
        }

        SortedMap<LocalDate, Map<String, Long>> days = new TreeMap<>();
        String[] typeNames = new String[typeCounts.length];
        for (int t = 0; t < typeNames.length; t++) {
            typeNames[t] = typeCounts[t] > 0 ? v.types().text(reader, t, false) : null;
        }
        for (int d = 1; d < dayTypes.length; d++) {
            if (dayTypes[d] == null) {
                continue;
            }
            Map<String, Long> counts = new TreeMap<>();
            for (int t = 0; t < typeNames.length; t++) {
                if (dayTypes[d][t] > 0) {
                    counts.put(typeNames[t], dayTypes[d][t]);
                }
            }
            days.put(LocalDate.ofEpochDay(all.firstDay() + d - 1), counts);
        }
        return new EventPage(new Page<>(groups, offset, limit, hits), Counts.top(types, types.size()),
                Counts.top(top(reader, v.names(), nameCounts, true), EventGroups.FACET_SIZE),
                Counts.top(top(reader, v.publishers(), publisherCounts, false), EventGroups.FACET_SIZE), days);
    }

    /** The {@code k} smallest values, in order: a heap of {@code k} (values are never negative) rather than a sort. */
    private static long[] smallest(long[] values, int k) {
        if (k == 0) {
            return new long[0];
        }
        LongHeap largestNegated = new LongHeap(k);
        for (long v : values) {
            largestNegated.insertWithOverflow(-v);
        }
        long[] out = new long[largestNegated.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = -largestNegated.pop();
        }
        return out;
    }

    /** Counts the articles of an event told several times, and once each publisher telling it; the next stamp. */
    private static int countReports(Reports r, int[] rows, int from, int to, int[] seen, int stamp,
            int[] articleCount, int g, long[] publisherCounts) {
        int articles = stamp + 1;
        int distinct = 0;
        for (int i = from; i < to; i++) {
            if (seen[r.article[rows[i]]] != articles) {
                seen[r.article[rows[i]]] = articles;
                distinct++;
            }
        }
        articleCount[g] = distinct;
        int publishers = stamp + 2;
        for (int i = from; i < to; i++) {
            int p = r.publisher[rows[i]];
            if (p >= 0 && seen[p] != publishers) {
                seen[p] = publishers;
                publisherCounts[p]++;
            }
        }
        return publishers;
    }

    /**
     * The texts of the largest counts: every entry tied with the {@link EventGroups#FACET_SIZE}th is kept, so that
     * {@link Counts#top} breaks the ties by text as it does over all of them.
     */
    private static Map<String, Long> top(IndexReader reader, Column column, long[] counts, boolean multi)
            throws IOException {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long floor = n == 0 ? 1 : Math.max(1, sorted[Math.max(0, n - EventGroups.FACET_SIZE)]);
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= floor) {
                out.put(column.text(reader, i, multi), counts[i]);
            }
        }
        return out;
    }
}
