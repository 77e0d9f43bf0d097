package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.PUBLISHED;
import static dev.sitrep.stores.StoreFields.STORY;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.Page;
import dev.sitrep.query.StorySummaries;
import dev.sitrep.query.StorySummary;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Lists the stories of the store, biggest first: each with its size, first and last date, main actors and a
 * representative title, counted over the articles published in a date range.
 *
 * <p>Ranking reads no article: every live article's day and story are gathered once per segment from doc values
 * into arrays sorted by day ({@link ReaderCache}), and story ids get numbers over the whole view (Lucene's
 * {@link OrdinalMap}, built once per view), so a range is a slice of each segment's arrays and counting it is
 * array arithmetic. Only the stories of the page requested are read whole, to summarise them. A refresh gathers
 * the new segments and numbers the stories again (a merge of the segments' sorted ids).
 */
final class StoryList {
    /** In-range articles past which stories are counted in arrays over every story of the view rather than a map. */
    static final int DENSE = 1 << 16;
    /** Marks "no day" (undated articles, and stories with no dated article in the range). */
    private static final long NO_DAY = Long.MIN_VALUE;
    private static final ReaderCache<String, Articles> SEGMENTS = new ReaderCache<>(1);
    private static final ReaderCache<String, Numbered> VIEWS = new ReaderCache<>(1);

    private StoryList() {
    }

    /** The stories of a date range, biggest first, at most {@code limit}. */
    static List<StorySummary> list(IndexSearcher searcher, LocalDate from, LocalDate to, int limit) throws IOException {
        return page(searcher, from, to, 0, limit).items();
    }

    /**
     * The stories with articles published in [from, to] (either may be null; with both null, undated articles
     * too), biggest first, then the most recent, then the first in the store: {@code limit} of them after the first
     * {@code offset}, with the number of stories.
     */
    static Page<StorySummary> page(IndexSearcher searcher, LocalDate from, LocalDate to, int offset, int limit)
            throws IOException {
        boolean all = from == null && to == null;
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        Numbered view = VIEWS.get(reader, STORY, k -> numbered(searcher));
        List<Story> alone = new ArrayList<>();
        int[][] slices = new int[leaves.size()][];
        long inRange = 0;
        for (int i = 0; i < leaves.size(); i++) {
            slices[i] = view.segments[i].slice(lo, hi, all);
            inRange += slices[i][1] - slices[i][0];
        }
        Tallies tallies = inRange > DENSE ? new DenseTallies(view.stories) : new SparseTallies();
        for (int i = 0; i < leaves.size(); i++) {
            Articles a = view.segments[i];
            int[] story = view.story[i];
            int docBase = leaves.get(i).docBase;
            for (int j = slices[i][0]; j < slices[i][1]; j++) {
                long day = a.day(j);
                int doc = docBase + a.doc[j];
                if (story[j] < 0) {
                    alone.add(new Story(-1, doc, 1, day, doc, aloneId(searcher, doc)));
                } else {
                    tallies.add(story[j], day, doc);
                }
            }
        }
        long total = tallies.size() + alone.size();
        int wanted = (int) Math.min(total, (long) offset + limit);
        Comparator<Story> rank = rank(view);
        PriorityQueue<Story> best = new PriorityQueue<>(Math.max(1, Math.min(wanted, 1024)), rank.reversed());
        tallies.forEach((ord, articles, last, firstDoc) -> keep(best, wanted, view, ord, -1, articles, last, firstDoc, null));
        alone.forEach(s -> keep(best, wanted, view, s.ord(), s.doc(), s.articles(), s.last(), s.firstDoc(), s.id()));
        List<Story> ranked = new ArrayList<>(best);
        ranked.sort(rank);
        List<StorySummary> items = new ArrayList<>();
        for (Story s : ranked.subList(Math.min(offset, ranked.size()), ranked.size())) {
            items.add(summarise(searcher, s, view, from, to));
        }
        return new Page<>(total, offset, limit, items);
    }

    /**
     * Most articles first, then the latest last day (undated last), then by story id, as
     * {@link StorySummaries#BIGGEST_FIRST} orders summaries: every store lists the same stories in the same order.
     */
    private static Comparator<Story> rank(Numbered view) {
        return Comparator.comparingInt(Story::articles).reversed()
                .thenComparing(Comparator.comparingLong(Story::last).reversed())
                .thenComparing((a, b) -> compareIds(view, a.ord(), a.id(), b.ord(), b.id()));
    }

    /**
     * Compares two stories' ids. Story numbers over the view follow the order of the ids' bytes (an
     * {@link OrdinalMap} merges the segments' sorted terms), which is the ids' order: ids are compared as text
     * only when an article without a story is one of the two.
     */
    private static int compareIds(Numbered view, int ord, String id, int otherOrd, String otherId) {
        if (ord >= 0 && otherOrd >= 0) {
            return Integer.compare(ord, otherOrd);
        }
        return (ord >= 0 ? view.storyId(ord) : id).compareTo(otherOrd >= 0 ? view.storyId(otherOrd) : otherId);
    }

    /** The story id of an article stored without one: "s" and its id, as {@link StorySummaries#storyOf}. */
    private static String aloneId(IndexSearcher searcher, int doc) throws IOException {
        return StorySummaries.storyOf(ArticleJson.fromLine(searcher.storedFields().document(doc).get(StoreFields.JSON)));
    }

    /**
     * Keeps a story among the {@code wanted} best so far. Most stories of a long range rank below the page: they are
     * compared field by field with the worst kept, without making an object of them.
     */
    private static void keep(PriorityQueue<Story> best, int wanted, Numbered view, int ord, int doc, int articles,
                             long last, int firstDoc, String id) {
        if (best.size() < wanted) {
            best.add(new Story(ord, doc, articles, last, firstDoc, id));
            return;
        }
        Story worst = best.peek();
        if (wanted > 0 && (articles != worst.articles() ? articles > worst.articles()
                : last != worst.last() ? last > worst.last()
                : compareIds(view, ord, id, worst.ord(), worst.id()) < 0)) {
            best.poll();
            best.add(new Story(ord, doc, articles, last, firstDoc, id));
        }
    }

    /**
     * One story's counts within the range: its view-wide number, or -1 and {@code id} for an article without a
     * story.
     */
    private record Story(int ord, int doc, int articles, long last, int firstDoc, String id) {
    }

    /** The story read whole: its articles in the range, in index order, summarised. */
    private static StorySummary summarise(IndexSearcher searcher, Story s, Numbered view, LocalDate from,
                                          LocalDate to)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        if (s.ord() < 0) {
            Article a = ArticleJson.fromLine(stored.document(s.doc()).get(StoreFields.JSON));
            return StorySummaries.summarise(s.id(), List.of(a));
        }
        String id = view.storyId(s.ord());
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(Filters.type(StoreFields.TYPE_ARTICLE), Occur.FILTER)
                .add(new TermQuery(new Term(STORY, id)), Occur.FILTER);
        if (from != null || to != null) {
            q.add(Filters.published(from, to), Occur.FILTER);
        }
        List<Integer> docs = new ArrayList<>();
        DocVisits.forEach(searcher, q.build(), ctx -> doc -> docs.add(ctx.docBase + doc));
        List<Article> articles = new ArrayList<>(docs.size());
        for (int doc : docs) {
            articles.add(ArticleJson.fromLine(stored.document(doc).get(StoreFields.JSON)));
        }
        return StorySummaries.summarise(id, articles);
    }

    /**
     * The view's articles by segment, each with its story's number over the whole view (-1 without a story):
     * numbered once per view, so that counting a range reads an array rather than a mapping per article.
     */
    private record Numbered(List<LeafReaderContext> leaves, Articles[] segments, int[][] story, int stories,
                            Optional<OrdinalMap> ordinals) {
        /** The id of the story with this number. */
        String storyId(int ord) {
            try {
                int segment = ordinals.isPresent() ? ordinals.get().getFirstSegmentNumber(ord) : 0;
                long segmentOrd = ordinals.isPresent() ? ordinals.get().getFirstSegmentOrd(ord) : ord;
                return DocValues.getSorted(leaves.get(segment).reader(), STORY).lookupOrd((int) segmentOrd)
                        .utf8ToString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static Numbered numbered(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Articles[] segments = SEGMENTS.perSegment(searcher, STORY, Filters.type(StoreFields.TYPE_ARTICLE), Articles::of)
                .toArray(new Articles[0]);
        Optional<OrdinalMap> ordinals = ordinals(reader);
        long stories = ordinals.map(OrdinalMap::getValueCount)
                .orElse(segments.length == 0 ? 0L : (long) segments[0].storyCount);
        int[][] story = new int[segments.length][];
        for (int i = 0; i < segments.length; i++) {
            LongValues global = ordinals.isPresent() ? ordinals.get().getGlobalOrds(i) : LongValues.IDENTITY;
            int[] own = segments[i].story;
            story[i] = new int[own.length];
            for (int j = 0; j < own.length; j++) {
                story[i][j] = own[j] < 0 ? -1 : Math.toIntExact(global.get(own[j]));
            }
        }
        return new Numbered(reader.leaves(), segments, story, Math.toIntExact(stories), ordinals);
    }

    /** Story numbers over the view's segments; none needed when there is one segment (its own ordinals are). */
    private static Optional<OrdinalMap> ordinals(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() <= 1) {
            return Optional.empty();
        }
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSorted(leaves.get(i).reader(), STORY);
        }
        return Optional.of(OrdinalMap.build(reader.getReaderCacheHelper() == null ? null
                : reader.getReaderCacheHelper().getKey(), values, PackedInts.DEFAULT));
    }

    /**
     * A segment's live articles sorted by day (then index order), each with its story's number in the segment
     * ({@code -1} without a story); undated ones after the dated.
     */
    private static final class Articles {
        final long[] days;
        final int[] story;
        final int[] doc;
        /** Dated articles: those before this index. */
        final int dated;
        final int storyCount;

        private Articles(long[] days, int[] story, int[] doc, int dated, int storyCount) {
            this.days = days;
            this.story = story;
            this.doc = doc;
            this.dated = dated;
            this.storyCount = storyCount;
        }

        static Articles of(Weight articles, LeafReaderContext ctx) throws IOException {
            int max = ctx.reader().maxDoc();
            long[][] days = {new long[Math.min(max, 1024)]};
            int[][] stories = {new int[days[0].length]};
            int[][] docs = {new int[days[0].length]};
            int[] n = {0};
            DocVisits.forEach(articles, ctx, leaf -> {
                SortedNumericDocValues published = DocValues.getSortedNumeric(leaf.reader(), PUBLISHED);
                SortedDocValues story = DocValues.getSorted(leaf.reader(), STORY);
                return doc -> {
                    if (n[0] == docs[0].length) {
                        int grown = Math.min(max, docs[0].length * 2);
                        days[0] = Arrays.copyOf(days[0], grown);
                        stories[0] = Arrays.copyOf(stories[0], grown);
                        docs[0] = Arrays.copyOf(docs[0], grown);
                    }
                    // Undated articles sort after every dated one.
                    days[0][n[0]] = published.advanceExact(doc) ? published.nextValue() : Long.MAX_VALUE;
                    stories[0][n[0]] = story.advanceExact(doc) ? story.ordValue() : -1;
                    docs[0][n[0]++] = doc;
                };
            });
            int[] order = byDay(days[0], n[0]);
            long[] day = new long[n[0]];
            int[] story = new int[n[0]];
            int[] doc = new int[n[0]];
            int dated = 0;
            for (int i = 0; i < n[0]; i++) {
                day[i] = days[0][order[i]];
                story[i] = stories[0][order[i]];
                doc[i] = docs[0][order[i]];
                dated += day[i] == Long.MAX_VALUE ? 0 : 1;
            }
            return new Articles(day, story, doc, dated,
                    DocValues.getSorted(ctx.reader(), STORY).getValueCount());
        }

        /**
         * The indexes of the first {@code n} days in day order, ties in index order: a sort of primitive keys (day
         * above, index below) when the days span less than 2^31, as dates do.
         */
        private static int[] byDay(long[] days, int n) {
            long min = 0;
            long max = 0;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (days[i] != Long.MAX_VALUE) {
                    min = any ? Math.min(min, days[i]) : days[i];
                    max = any ? Math.max(max, days[i]) : days[i];
                    any = true;
                }
            }
            int[] order = new int[n];
            if (max - min < Integer.MAX_VALUE) {
                long undated = max - min + 1;
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = (days[i] == Long.MAX_VALUE ? undated : days[i] - min) << 32 | i;
                }
                Arrays.sort(keys);
                for (int i = 0; i < n; i++) {
                    order[i] = (int) keys[i];
                }
                return order;
            }
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> days[i]).thenComparingInt(i -> i));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }

        long day(int i) {
            return days[i] == Long.MAX_VALUE ? NO_DAY : days[i];
        }

        /** The indexes [from, to) of the articles in the range: every article when the range is open. */
        int[] slice(long lo, long hi, boolean all) {
            if (all) {
                return new int[] {0, days.length};
            }
            return new int[] {firstAtLeast(lo), hi == Long.MAX_VALUE ? dated : firstAtLeast(hi + 1)};
        }

        /** The index of the first dated article on or after {@code day}. */
        private int firstAtLeast(long day) {
            int a = 0;
            int b = dated;
            while (a < b) {
                int m = (a + b) >>> 1;
                if (days[m] < day) {
                    a = m + 1;
                } else {
                    b = m;
                }
            }
            return a;
        }
    }

    /** Articles, last day and first document per story number. */
    private interface Tallies {
        void add(int ord, long day, int doc);

        long size();

        void forEach(Counted each);
    }

    /** A story's counts. */
    @FunctionalInterface
    private interface Counted {
        void accept(int ord, int articles, long last, int firstDoc);
    }

    /** Arrays over every story of the view: for ranges holding many articles. */
    private static final class DenseTallies implements Tallies {
        private final int[] articles;
        private final long[] last;
        private final int[] firstDoc;
        private long size;

        DenseTallies(int stories) {
            articles = new int[stories];
            last = new long[stories];
            firstDoc = new int[stories];
        }

        @Override
        public void add(int ord, long day, int doc) {
            if (articles[ord]++ == 0) {
                size++;
                last[ord] = day;
                firstDoc[ord] = doc;
            } else {
                last[ord] = Math.max(last[ord], day);
                firstDoc[ord] = Math.min(firstDoc[ord], doc);
            }
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void forEach(Counted each) {
            for (int ord = 0; ord < articles.length; ord++) {
                if (articles[ord] > 0) {
                    each.accept(ord, articles[ord], last[ord], firstDoc[ord]);
                }
            }
        }
    }

    /** A map from story number: for ranges holding few articles. */
    private static final class SparseTallies implements Tallies {
        private final Map<Integer, long[]> byStory = new HashMap<>();

        @Override
        public void add(int ord, long day, int doc) {
            long[] t = byStory.get(ord);
            if (t == null) {
                byStory.put(ord, new long[] {1, day, doc});
            } else {
                t[0]++;
                t[1] = Math.max(t[1], day);
                t[2] = Math.min(t[2], doc);
            }
        }

        @Override
        public long size() {
            return byStory.size();
        }

        @Override
        public void forEach(Counted each) {
            byStory.forEach((ord, t) -> each.accept(ord, (int) t[0], t[1], (int) t[2]));
        }
    }
}
