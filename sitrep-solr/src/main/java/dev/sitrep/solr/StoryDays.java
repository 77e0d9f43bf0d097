package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.query.StorySummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Every stored article's story, day and whether it is an original, read once per view of the collection and kept
 * in arrays sorted by day, from which the stories of any date range are counted and ranked in memory.
 *
 * <p>Why not a facet per range: ranking stories needs the article count and the last day of every story in the
 * range (the order is biggest, then latest, then id), and stories cross shards (articles are routed by their own
 * id), so a terms facet must return every story of the range from every shard: tens of thousands of buckets for a
 * long range, seconds per request. The projection costs one read of four small doc-value fields per article when
 * the collection changed (about 28 bytes an article kept), and a range is then a slice of the arrays, as in the
 * embedded store.
 */
final class StoryDays {
    /** Articles read per request while building. */
    static final int PAGE = 20_000;
    /** The day of an undated article: after every dated one. */
    private static final long UNDATED = Long.MAX_VALUE;
    /** Marks a story with no dated article in the range. */
    private static final long NONE = Long.MIN_VALUE;

    /** Story ids, sorted: a story's number orders stories as their ids do. */
    private final String[] stories;
    /** Per article, in day order (undated last): its day, its story's number (-1 without one), original or not. */
    private final long[] day;
    private final int[] story;
    private final boolean[] original;
    /** The ids of articles without a story, by their place in the arrays. */
    private final Map<Integer, String> alone;

    private StoryDays(String[] stories, long[] day, int[] story, boolean[] original, Map<Integer, String> alone) {
        this.stories = stories;
        this.day = day;
        this.story = story;
        this.original = original;
        this.alone = alone;
    }

    /** One stored article as the projection keeps it. */
    record Row(String article, String story, LocalDate published, boolean original) {
    }

    /** Reads every article's story, day and kind from the collection, by cursor. */
    static StoryDays read(SolrCollection solr) throws IOException {
        List<Row> rows = new ArrayList<>();
        SolrQuery q = SolrQueries.ofType(TYPE_ARTICLE).setFields(SolrFields.ID, ARTICLE, STORY, PUBLISHED, ORIGINAL);
        solr.forEach(q, PAGE, d -> {
            Object published = d.getFieldValue(PUBLISHED);
            rows.add(new Row((String) d.getFieldValue(ARTICLE), (String) d.getFieldValue(STORY),
                    published instanceof Number n ? LocalDate.ofEpochDay(n.longValue()) : null,
                    "true".equals(String.valueOf(d.getFieldValue(ORIGINAL)))));
        });
        return of(rows);
    }

    /** The projection of these articles. */
    static StoryDays of(List<Row> rows) {
        TreeMap<String, Integer> numbers = new TreeMap<>();
        rows.stream().filter(r -> r.story() != null).forEach(r -> numbers.put(r.story(), 0));
        String[] ids = numbers.keySet().toArray(new String[0]);
        for (int i = 0; i < ids.length; i++) {
            numbers.put(ids[i], i);
        }
        List<Row> byDay = new ArrayList<>(rows);
        byDay.sort(Comparator.comparingLong(StoryDays::dayOf));
        long[] day = new long[byDay.size()];
        int[] story = new int[byDay.size()];
        boolean[] original = new boolean[byDay.size()];
        Map<Integer, String> alone = new HashMap<>();
        for (int j = 0; j < day.length; j++) {
            Row r = byDay.get(j);
            day[j] = dayOf(r);
            original[j] = r.original();
            story[j] = r.story() == null ? -1 : numbers.get(r.story());
            if (r.story() == null) {
                alone.put(j, "s" + r.article());
            }
        }
        return new StoryDays(ids, day, story, original, Map.copyOf(alone));
    }

    private static long dayOf(Row r) {
        return r.published() == null ? UNDATED : r.published().toEpochDay();
    }

    /** One story's counts within a range: what orders the list. */
    record Counted(String id, int articles, int originals, LocalDate first, LocalDate last, boolean alone) {
        StorySummary bare() {
            return new StorySummary(id, null, articles, originals, first, last, List.of(), List.of());
        }
    }

    /** A page of a range's stories with the number of stories in the range. */
    record Ranked(long total, List<Counted> page) {
    }

    /**
     * The stories with articles published in [from, to] (either may be null; with both null, undated articles
     * too), biggest first, then the latest last day (none last), then by id: {@code limit} of them after the first
     * {@code offset}.
     */
    Ranked rank(LocalDate from, LocalDate to, int offset, int limit) {
        boolean all = from == null && to == null;
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? UNDATED - 1 : to.toEpochDay();
        int start = firstAtLeast(lo);
        int end = all ? day.length : firstAtLeast(hi + 1);
        // A story in the range as {articles, originals, first and last dated day (NONE when undated only),
        // number}; an article without a story stands alone, numbered -1 - its place, told apart from a story.
        List<long[]> tallies = end - start > stories.length / 8 ? dense(start, end) : sparse(start, end);
        List<long[]> lone = new ArrayList<>();
        for (int j = start; j < end; j++) {
            if (story[j] < 0) {
                long d = day[j] == UNDATED ? NONE : day[j];
                lone.add(new long[] {1, original[j] ? 1 : 0, d, d, -1 - j});
            }
        }
        long total = tallies.size() + lone.size();
        int wanted = (int) Math.min(total, (long) offset + limit);
        Comparator<long[]> byRank = Comparator.<long[]>comparingLong(t -> -t[0])
                .thenComparingLong(t -> t[3] == NONE ? Long.MAX_VALUE : -t[3])
                .thenComparing(this::compareIds);
        PriorityQueue<long[]> best = new PriorityQueue<>(Math.max(1, Math.min(wanted, 1024)), byRank.reversed());
        for (long[] t : tallies) {
            keep(best, wanted, t, byRank);
        }
        for (long[] t : lone) {
            keep(best, wanted, t, byRank);
        }
        List<long[]> ranked = new ArrayList<>(best);
        ranked.sort(byRank);
        List<Counted> page = new ArrayList<>();
        for (long[] t : ranked.subList(Math.min(offset, ranked.size()), ranked.size())) {
            page.add(new Counted(id(t), (int) t[0], (int) t[1], date(t[2]), date(t[3]), t[4] < 0));
        }
        return new Ranked(total, page);
    }

    /** Tallies of the stories of [start, end), in a map: for ranges holding few of the stories. */
    private List<long[]> sparse(int start, int end) {
        Map<Integer, long[]> tally = new HashMap<>();
        for (int j = start; j < end; j++) {
            if (story[j] >= 0) {
                add(tally.computeIfAbsent(story[j], s -> new long[] {0, 0, NONE, NONE, s}), j);
            }
        }
        return new ArrayList<>(tally.values());
    }

    /** Tallies of the stories of [start, end), in arrays over every story: for ranges holding many. */
    private List<long[]> dense(int start, int end) {
        long[][] tally = new long[stories.length][];
        List<long[]> out = new ArrayList<>();
        for (int j = start; j < end; j++) {
            int s = story[j];
            if (s >= 0) {
                if (tally[s] == null) {
                    tally[s] = new long[] {0, 0, NONE, NONE, s};
                    out.add(tally[s]);
                }
                add(tally[s], j);
            }
        }
        return out;
    }

    /** Counts the article at place {@code j} into its story's tally. */
    private void add(long[] t, int j) {
        t[0]++;
        t[1] += original[j] ? 1 : 0;
        if (day[j] != UNDATED) {
            t[2] = t[2] == NONE ? day[j] : Math.min(t[2], day[j]);
            t[3] = t[3] == NONE ? day[j] : Math.max(t[3], day[j]);
        }
    }

    private static void keep(PriorityQueue<long[]> best, int wanted, long[] t, Comparator<long[]> byRank) {
        if (best.size() < wanted) {
            best.add(t);
        } else if (wanted > 0 && byRank.compare(t, best.peek()) < 0) {
            best.poll();
            best.add(t);
        }
    }

    /** Story numbers follow the ids' order; an article without a story is compared by its "s" + id. */
    private int compareIds(long[] a, long[] b) {
        return a[4] >= 0 && b[4] >= 0 ? Long.compare(a[4], b[4]) : id(a).compareTo(id(b));
    }

    private String id(long[] t) {
        return t[4] >= 0 ? stories[(int) t[4]] : alone.get((int) (-1 - t[4]));
    }

    /** The first place whose day is at least {@code d}. */
    private int firstAtLeast(long d) {
        int lo = 0;
        int hi = day.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static LocalDate date(long d) {
        return d == NONE ? null : LocalDate.ofEpochDay(d);
    }
}
