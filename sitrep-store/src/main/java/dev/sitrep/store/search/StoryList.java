package dev.sitrep.store.search;

import static dev.sitrep.store.StoreFields.PUBLISHED;
import static dev.sitrep.store.StoreFields.STORY;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.Page;
import dev.sitrep.query.StorySummary;
import dev.sitrep.store.StoreFields;
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
                    alone.add(new Story(-1, doc, 1, day, doc));
                } else {
                    tallies.add(story[j], day, doc);
                }
            }
        }
        long total = tallies.size() + alone.size();
        int wanted = (int) Math.min(total, (long) offset + limit);
        PriorityQueue<Story> best = new PriorityQueue<>(Math.max(1, Math.min(wanted, 1024)), RANK.reversed());
        tallies.forEach((ord, articles, last, firstDoc) -> keep(best, wanted, ord, -1, articles, last, firstDoc));
        alone.forEach(s -> keep(best, wanted, s.ord(), s.doc(), s.articles(), s.last(), s.firstDoc()));
        List<Story> ranked = new ArrayList<>(best);
        ranked.sort(RANK);
        List<StorySummary> items = new ArrayList<>();
        for (Story s : ranked.subList(Math.min(offset, ranked.size()), ranked.size())) {
            items.add(summarise(searcher, s, view.ordinals, leaves, from, to));
        }
        return new Page<>(total, offset, limit, items);
    }

    /** Most articles first, then the latest last day (undated last), then the story whose first article is first. */
    private static final Comparator<Story> RANK = Comparator.comparingInt(Story::articles).reversed()
            .thenComparing(Comparator.comparingLong(Story::last).reversed())
            .thenComparingInt(Story::firstDoc);

    /**
     * Keeps a story among the {@code wanted} best so far. Most stories of a long range rank below the page: they are
     * compared field by field with the worst kept, without making an object of them.
     */
    private static void keep(PriorityQueue<Story> best, int wanted, int ord, int doc, int articles, long last,
                             int firstDoc) {
        if (best.size() < wanted) {
            best.add(new Story(ord, doc, articles, last, firstDoc));
            return;
        }
        Story worst = best.peek();
        if (wanted > 0 && (articles != worst.articles() ? articles > worst.articles()
                : last != worst.last() ? last > worst.last() : firstDoc < worst.firstDoc())) {
            best.poll();
            best.add(new Story(ord, doc, articles, last, firstDoc));
        }
    }

    /** One story's counts within the range: its view-wide number (-1 for an article without a story). */
    private record Story(int ord, int doc, int articles, long last, int firstDoc) {
    }

    /** The story read whole: its articles in the range, in index order, summarised. */
    private static StorySummary summarise(IndexSearcher searcher, Story s, Optional<OrdinalMap> ordinals,
                                          List<LeafReaderContext> leaves, LocalDate from, LocalDate to)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        if (s.ord() < 0) {
            Article a = ArticleJson.fromLine(stored.document(s.doc()).get(StoreFields.JSON));
            return summarise("s" + a.id(), List.of(a));
        }
        int segment = ordinals.isPresent() ? ordinals.get().getFirstSegmentNumber(s.ord()) : 0;
        long segmentOrd = ordinals.isPresent() ? ordinals.get().getFirstSegmentOrd(s.ord()) : s.ord();
        String id = DocValues.getSorted(leaves.get(segment).reader(), STORY).lookupOrd((int) segmentOrd).utf8ToString();
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
        return summarise(id, articles);
    }

    /**
     * The view's articles by segment, each with its story's number over the whole view (-1 without a story):
     * numbered once per view, so that counting a range reads an array rather than a mapping per article.
     */
    private record Numbered(Articles[] segments, int[][] story, int stories, Optional<OrdinalMap> ordinals) {
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
        return new Numbered(segments, story, Math.toIntExact(stories), ordinals);
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

    /** The summary of one story from its articles. */
    static StorySummary summarise(String id, List<Article> articles) {
        Builder b = new Builder(id);
        articles.forEach(b::add);
        return b.build();
    }

    private static final class Builder {
        private final String id;
        private int articles;
        private int originals;
        private LocalDate first;
        private LocalDate last;
        private Article earliest;
        private final Map<String, Integer> actors = new HashMap<>();
        private final Map<String, Integer> publishers = new HashMap<>();

        Builder(String id) {
            this.id = id;
        }

        void add(Article a) {
            articles++;
            if (a.duplicateOf() == null) {
                originals++;
                if (earliest == null || before(a.published(), earliest.published())) {
                    earliest = a;
                }
            }
            if (a.published() != null) {
                first = first == null || a.published().isBefore(first) ? a.published() : first;
                last = last == null || a.published().isAfter(last) ? a.published() : last;
            }
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) {
                    actors.merge(e.name(), e.mentions(), Integer::sum);
                }
            }
            if (a.publisher() != null) {
                publishers.merge(a.publisher(), 1, Integer::sum);
            }
        }

        private static boolean before(LocalDate a, LocalDate b) {
            return a != null && (b == null || a.isBefore(b));
        }

        StorySummary build() {
            return new StorySummary(id, earliest == null ? null : earliest.title(), articles, originals, first, last,
                    top(actors, 5), top(publishers, 5));
        }

        private static List<String> top(Map<String, Integer> counts, int n) {
            List<Map.Entry<String, Integer>> e = new ArrayList<>(counts.entrySet());
            e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            return e.stream().limit(n).map(Map.Entry::getKey).toList();
        }
    }
}
