package dev.sitrep.spark;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stories.StoryClusterer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Story clustering across the whole corpus, distributed by time. The single-process
 * {@link StoryClusterer} is an online algorithm: an article joins the best story among those before it. Stories
 * are local in time (a story's pull halves every few days), so the corpus is cut into windows of publication
 * days; each window is clustered by its own clusterer, in input order, exactly as {@code sitrep analyze} would
 * cluster those articles, and windows run in parallel on the executors. Undated originals form one window of
 * their own. Copies are not clustered: they join their original's story, as in the single-process run.
 *
 * <p>A story goes on across a window's edge: the first days of a window are also clustered at the end of the
 * window before, and a story there that its articles join continues into theirs ({@link #cluster}). What this
 * gives up against one clusterer over everything: document frequencies are learned per window, and a window's
 * stories do not see the articles of the next beyond its first days. The agreement harness measures the effect.
 */
final class DistributedStories {
    /** The window of undated originals. */
    static final long UNDATED = Long.MIN_VALUE;
    /** Days after a window's start within which an original is also a guest of the window before. */
    static final long REACH_DAYS = StoryClusterer.REACH_DAYS;

    private DistributedStories() {
    }

    /** An original to cluster: its place in input order, publication day or null, and the article's JSON. */
    record Original(long seq, String published, String json) implements Serializable {
    }

    /**
     * The story of every original, by its place in input order.
     *
     * <p>Stories continue across a window's start: an original published in the first {@link #REACH_DAYS} days
     * of its window is also clustered, as a guest, at the end of the window before, after that window's own
     * articles (so it changes none of their stories). When it joins a story there, its own story continues
     * that one: each story takes as its parent the earlier window's story that its earliest such guest joined,
     * pointer jumping finds the first story of each chain, and every member takes that story's id.
     *
     * @param windowDays days per window
     */
    static JavaPairRDD<Long, String> cluster(JavaPairRDD<Long, Original> originals, int windowDays, int partitions) {
        JavaPairRDD<WindowKey, Original> keyed = originals.flatMapToPair(t -> {
            Original o = t._2();
            long w = window(o.published(), windowDays);
            List<Tuple2<WindowKey, Original>> out = new ArrayList<>(2);
            out.add(new Tuple2<>(new WindowKey(w, false, o.seq()), o));
            if (w != UNDATED && LocalDate.parse(o.published()).toEpochDay() - w * windowDays < REACH_DAYS) {
                out.add(new Tuple2<>(new WindowKey(w - 1, true, o.seq()), o));
            }
            return out.iterator();
        });
        JavaRDD<Assignment> assigned = keyed.repartitionAndSortWithinPartitions(new WindowPartitioner(partitions),
                new WindowOrder()).mapPartitions(DistributedStories::clusterSorted).cache();
        JavaPairRDD<Long, Assignment> home = assigned.filter(a -> !a.guest()).mapToPair(a -> new Tuple2<>(a.seq(), a));
        // (child story's seed, (guest's place, parent story's seed)) for every guest that joined a story there.
        JavaPairRDD<Long, Long> parentOf = assigned.filter(a -> a.guest() && !a.seededByGuest())
                .mapToPair(a -> new Tuple2<>(a.seq(), a))
                .join(home, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2().seed(), new Tuple2<>(t._1(), t._2()._1().seed())))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b, partitions)
                .mapValues(Tuple2::_2);
        JavaPairRDD<Long, Long> rootOf = DistributedCopies.roots(parentOf, partitions);
        // The id of a chain's first story: its seed's own story.
        JavaPairRDD<Long, String> idOfSeed = home.mapToPair(t -> new Tuple2<>(t._1(), t._2().story()));
        JavaPairRDD<Long, String> renamed = rootOf.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .join(idOfSeed, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        JavaPairRDD<Long, String> result = home.mapToPair(t -> new Tuple2<>(t._2().seed(), t._1()))
                .leftOuterJoin(renamed, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(null)))
                .join(home, partitions)
                .mapValues(t -> t._1() != null ? t._1() : t._2().story());
        return result;
    }

    static long window(String published, int windowDays) {
        return published == null ? UNDATED : Math.floorDiv(LocalDate.parse(published).toEpochDay(), windowDays);
    }

    /**
     * One article's place in its window's clustering.
     *
     * @param seed          the place in input order of the article that started the story in this window
     * @param seededByGuest whether that article was a guest (such a story has no member of its own window)
     */
    record Assignment(long seq, boolean guest, String story, long seed, boolean seededByGuest) implements Serializable {
    }

    /** One partition's windows, each sorted (own articles in input order, then guests): one clusterer per window. */
    private static Iterator<Assignment> clusterSorted(Iterator<Tuple2<WindowKey, Original>> sorted) throws Exception {
        List<Assignment> out = new ArrayList<>();
        StoryClusterer clusterer = null;
        Map<String, long[]> seeds = new HashMap<>();
        long window = 0;
        while (sorted.hasNext()) {
            Tuple2<WindowKey, Original> t = sorted.next();
            if (clusterer == null || t._1().window() != window) {
                clusterer = new StoryClusterer();
                seeds.clear();
                window = t._1().window();
            }
            Article article = ArticleJson.fromLine(t._2().json());
            String story = clusterer.assign(article);
            long[] seed = seeds.computeIfAbsent(story, k -> new long[] {t._2().seq(), t._1().guest() ? 1 : 0});
            out.add(new Assignment(t._2().seq(), t._1().guest(), story, seed[0], seed[1] == 1));
        }
        return out.iterator();
    }

    /** Sorts by window, a window's own articles before its guests, then by input order. */
    record WindowKey(long window, boolean guest, long seq) implements Comparable<WindowKey>, Serializable {
        @Override
        public int compareTo(WindowKey o) {
            int c = Long.compare(window, o.window);
            if (c == 0) {
                c = Boolean.compare(guest, o.guest);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** The natural order of {@link WindowKey}, as the serialisable comparator Spark's sort takes. */
    static final class WindowOrder implements java.util.Comparator<WindowKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(WindowKey a, WindowKey b) {
            return a.compareTo(b);
        }
    }

    /** All of a window in one partition. */
    static final class WindowPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        WindowPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(Long.hashCode(((WindowKey) key).window()), partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WindowPartitioner p && p.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
