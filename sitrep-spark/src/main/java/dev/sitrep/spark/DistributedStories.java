package dev.sitrep.spark;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stories.StoryClusterer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Story clustering across the whole corpus, distributed by time. The single-process
 * {@link StoryClusterer} is an online algorithm: an article joins the best story among those before it. Stories
 * are local in time (a story's pull halves every few days), so the corpus is cut into windows of publication
 * days; each window is clustered by its own clusterer, in input order, exactly as {@code sitrep analyze} would
 * cluster those articles, and windows run in parallel on the executors. Undated originals form one window of
 * their own. Copies are not clustered: they join their original's story, as in the single-process run.
 *
 * <p>What this gives up against one clusterer over everything: a story that crosses a window's edge is split
 * in two there, and document frequencies are learned per window. The agreement harness measures the effect.
 */
final class DistributedStories {
    /** The window of undated originals. */
    static final long UNDATED = Long.MIN_VALUE;

    private DistributedStories() {
    }

    /** An original to cluster: its place in input order, publication day or null, and the article's JSON. */
    record Original(long seq, String published, String json) implements Serializable {
    }

    /**
     * The story of every original, by its place in input order.
     *
     * @param windowDays days per window
     */
    static JavaPairRDD<Long, String> cluster(JavaPairRDD<Long, Original> originals, int windowDays, int partitions) {
        JavaPairRDD<WindowKey, Original> keyed = originals.mapToPair(t -> new Tuple2<>(
                new WindowKey(window(t._2().published(), windowDays), t._1()), t._2()));
        return keyed.repartitionAndSortWithinPartitions(new WindowPartitioner(partitions), new WindowOrder())
                .mapPartitionsToPair(DistributedStories::clusterSorted);
    }

    static long window(String published, int windowDays) {
        return published == null ? UNDATED : Math.floorDiv(LocalDate.parse(published).toEpochDay(), windowDays);
    }

    /** One partition's windows, each sorted by input order: one clusterer per window. */
    private static Iterator<Tuple2<Long, String>> clusterSorted(Iterator<Tuple2<WindowKey, Original>> sorted)
            throws Exception {
        List<Tuple2<Long, String>> out = new ArrayList<>();
        StoryClusterer clusterer = null;
        long window = 0;
        while (sorted.hasNext()) {
            Tuple2<WindowKey, Original> t = sorted.next();
            if (clusterer == null || t._1().window() != window) {
                clusterer = new StoryClusterer();
                window = t._1().window();
            }
            Article article = ArticleJson.fromLine(t._2().json());
            out.add(new Tuple2<>(t._2().seq(), clusterer.assign(article)));
        }
        return out.iterator();
    }

    /** Sorts by window, then by input order. */
    record WindowKey(long window, long seq) implements Comparable<WindowKey>, Serializable {
        @Override
        public int compareTo(WindowKey o) {
            int c = Long.compare(window, o.window);
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
