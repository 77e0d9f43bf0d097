package dev.sitrep.spark.eval;

import dev.sitrep.dedup.CopyRule;
import dev.sitrep.dedup.Fingerprinter;
import dev.sitrep.spark.DistributedCopies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Distributed copy detection at scale: {@link ScaleCorpus}'s generated articles (a quarter originals, each
 * with three copies at moderate strength) are fingerprinted on the executors and put through
 * {@link DistributedCopies}; prints the time of each part, the bytes shuffled, and pairwise precision and
 * recall against the known groups (as {@code sitrep eval dedup} scores the single-process detector). Nothing
 * but counts comes back to the driver.
 */
public final class DedupScaleEval {
    private DedupScaleEval() {
    }

    public record Figures(long articles, double fingerprintSeconds, double detectSeconds, long shuffleBytes,
                          double precision, double recall) {
        public String describe() {
            return String.format("""
                    articles: %,d (%,d originals, %d copies each, moderate strength)
                    fingerprints: %.1f s; copy detection: %.1f s; shuffled %.1f MB
                    pairs: precision %.4f, recall %.4f""", articles, articles / (ScaleCorpus.COPIES + 1),
                    ScaleCorpus.COPIES, fingerprintSeconds, detectSeconds, shuffleBytes / 1e6, precision, recall);
        }
    }

    public static Figures run(SparkSession spark, long articles, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long originals = Math.max(1, articles / (ScaleCorpus.COPIES + 1));
        long total = originals * (ScaleCorpus.COPIES + 1);
        AtomicLong shuffled = new AtomicLong();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    shuffled.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                }
            }
        };
        sc.sc().addSparkListener(listener);
        try {
            long t0 = System.nanoTime();
            int slices = Math.max(partitions, (int) Math.min(4096, total / 5_000));
            List<Long> starts = new ArrayList<>();
            long step = (total + slices - 1) / slices;
            for (long s = 0; s < total; s += step) {
                starts.add(s);
            }
            JavaRDD<DistributedCopies.Member> members = sc.parallelize(starts, starts.size()).flatMap(start -> {
                Fingerprinter fp = new Fingerprinter();
                return LongStream.range(start, Math.min(total, start + step)).mapToObj(seq -> {
                    String text;
                    String id;
                    long o = goldOf(seq, originals);
                    if (seq < originals) {
                        text = ScaleCorpus.text(ScaleCorpus.original(seq));
                        id = "o" + seq;
                    } else {
                        int c = (int) ((seq - originals) % ScaleCorpus.COPIES);
                        text = ScaleCorpus.copy(o, c);
                        id = "c" + o + "-" + c;
                    }
                    // Copies come a day after their original.
                    String day = LocalDate.ofEpochDay(20_000 + o % 365 + (seq < originals ? 0 : 1)).toString();
                    return new DistributedCopies.Member(seq, id, day, fp.of(text).toBytes());
                }).iterator();
            }).persist(StorageLevel.MEMORY_AND_DISK());
            members.count();
            double fingerprintSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            JavaPairRDD<Long, DistributedCopies.Copy> copies = DistributedCopies.detect(members, CopyRule.DEFAULT, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            copies.count();
            double detectSeconds = (System.nanoTime() - t1) / 1e9;
            long shuffleBytes = shuffled.get();

            // Predicted group: the original named, or the article itself.
            JavaPairRDD<Long, Long> predicted = members.mapToPair(m -> new Tuple2<>(m.seq(), m.seq()))
                    .leftOuterJoin(copies, partitions)
                    .mapValues(t -> t._2().isPresent() ? t._2().get().originSeq() : t._1())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            double both = pairs(predicted.mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2(), goldOf(t._1(), originals)), 1L)));
            double pred = pairs(predicted.mapToPair(t -> new Tuple2<>(t._2(), 1L)));
            // Recall: copies in their original's predicted group.
            JavaPairRDD<Long, Long> originalGroup = predicted.filter(t -> t._1() < originals);
            long together = predicted.filter(t -> t._1() >= originals)
                    .mapToPair(t -> new Tuple2<>(goldOf(t._1(), originals), t._2()))
                    .join(originalGroup, partitions)
                    .filter(t -> t._2()._1().equals(t._2()._2()))
                    .count();
            members.unpersist();
            copies.unpersist();
            predicted.unpersist();
            return new Figures(total, fingerprintSeconds, detectSeconds, shuffleBytes, pred == 0 ? 1 : both / pred,
                    (double) together / (total - originals));
        } finally {
            sc.sc().removeSparkListener(listener);
        }
    }

    /** The original an article was made from. */
    static long goldOf(long seq, long originals) {
        return seq < originals ? seq : (seq - originals) / ScaleCorpus.COPIES;
    }

    /** Pairs within groups: the sum over groups of n(n-1)/2. */
    private static <K> double pairs(JavaPairRDD<K, Long> ones) {
        return ones.reduceByKey(Long::sum).values().map(n -> n * (n - 1) / 2.0).fold(0.0, Double::sum);
    }
}
