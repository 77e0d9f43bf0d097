package dev.sitrep.spark;

import dev.sitrep.dedup.CopyIndex;
import dev.sitrep.dedup.CopyRule;
import dev.sitrep.dedup.Fingerprint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Copy detection across the whole corpus, distributed: the same decisions as the single-process
 * {@link dev.sitrep.dedup.CopyDetector} fed the articles in input order, made by joins instead of an index.
 *
 * <ol>
 *   <li>Each fingerprint's usable look-up keys are exploded to (key, article) and grouped by key. A key keeps its
 *       {@link CopyIndex#BUCKET_CAP} + 1 earliest holders only: the incremental index stops following a key once
 *       that many texts hold it, so later holders never meet anyone through it.</li>
 *   <li>Every earlier/later pair within a key's holders is counted; pairs sharing at least
 *       {@link CopyIndex#LEAST_SHARED_KEYS} keys are candidates.</li>
 *   <li>Candidates are verified on their whole fingerprints with {@link CopyIndex#verify}, the check the index
 *       makes, and each article keeps its best-scoring earlier copy (ties: the earliest), as a look-up does.</li>
 *   <li>Those links form trees (every link points back in input order); pointer jumping finds each tree's root,
 *       and the group's original is its earliest member by publication day (undated last), then by input order:
 *       what the incremental detector's re-pointing leaves in a store.</li>
 * </ol>
 *
 * Nothing is collected on the driver; the work per key is bounded by the cap, so one common phrase shared by a
 * million articles costs no more than one shared by fifty.
 */
public final class DistributedCopies {
    private DistributedCopies() {
    }

    /** An article's copy group decision: the original's place in input order and id. */
    public record Copy(long originSeq, String originId) implements Serializable {
    }

    /** A fingerprint with the article's place, day and id: what copy detection reads of an article. */
    public record Member(long seq, String id, String published, byte[] fingerprint) implements Serializable {
    }

    /**
     * Every article that copies another, with its group's original; originals and articles without copies are
     * absent.
     *
     * @param partitions shuffle partitions
     */
    public static JavaPairRDD<Long, Copy> detect(JavaRDD<Member> members, CopyRule rule, int partitions) {
        JavaPairRDD<Long, Member> bySeq = members.mapToPair(m -> new Tuple2<>(m.seq(), m));
        JavaPairRDD<Long, Long> links = parents(members, bySeq, rule, partitions);
        JavaPairRDD<Long, Long> rootOf = roots(links, partitions);
        // Group members: every linked article under its root, and each root under itself.
        JavaPairRDD<Long, Long> memberOfRoot = rootOf.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .union(rootOf.values().distinct(partitions).mapToPair(r -> new Tuple2<>(r, r)));
        // (member seq, root) joined with the member's day and id.
        JavaPairRDD<Long, Tuple2<Long, Member>> withMember = memberOfRoot
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .join(bySeq.mapValues(m -> new Member(m.seq(), m.id(), m.published(), null)), partitions);
        JavaPairRDD<Long, Member> originOfRoot = withMember
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .reduceByKey(DistributedCopies::earlier, partitions);
        return withMember.mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
                .join(originOfRoot, partitions)
                .filter(t -> t._2()._1() != t._2()._2().seq())
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Copy(t._2()._2().seq(), t._2()._2().id())));
    }

    /** The group's original: the earlier publication day (undated last), then the earlier in input order. */
    static Member earlier(Member a, Member b) {
        if (a.published() != null && b.published() != null) {
            int c = a.published().compareTo(b.published());
            if (c != 0) {
                return c < 0 ? a : b;
            }
        } else if (a.published() != null || b.published() != null) {
            return a.published() != null ? a : b;
        }
        return a.seq() <= b.seq() ? a : b;
    }

    /** For each article with an earlier copy: the best-scoring one (ties: the earliest). */
    static JavaPairRDD<Long, Long> parents(JavaRDD<Member> members, JavaPairRDD<Long, Member> bySeq, CopyRule rule,
                                           int partitions) {
        JavaPairRDD<Long, Long> candidates = candidates(members);
        JavaPairRDD<Long, byte[]> fingerprints = bySeq.mapValues(Member::fingerprint);
        // (earlier, later) → (later, (earlier, earlier's fingerprint)) → with the later's fingerprint → verified.
        JavaPairRDD<Long, Tuple2<Long, byte[]>> storedSide = candidates
                .join(fingerprints, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
        return storedSide.join(fingerprints, partitions)
                .flatMapToPair(t -> {
                    byte[] stored = t._2()._1()._2();
                    byte[] query = t._2()._2();
                    double score = CopyIndex.verify(rule, Fingerprint.fromBytes(query, 0, query.length),
                            Fingerprint.fromBytes(stored, 0, stored.length));
                    return score < 0 ? List.<Tuple2<Long, Tuple2<Long, Double>>>of().iterator()
                            : List.of(new Tuple2<>(t._1(), new Tuple2<>(t._2()._1()._1(), score))).iterator();
                })
                .reduceByKey((a, b) -> a._2() > b._2() || a._2().equals(b._2()) && a._1() < b._1() ? a : b, partitions)
                .mapValues(Tuple2::_1);
    }

    /**
     * The (earlier, later) pairs that share at least {@link CopyIndex#LEAST_SHARED_KEYS} keys among each key's
     * first {@link CopyIndex#BUCKET_CAP} + 1 holders. Spark SQL does the counting: the pairs of all keys are
     * by far the largest data of the stage, and its binary rows and hash aggregation handle them at a fraction of
     * the cost of objects.
     */
    static JavaPairRDD<Long, Long> candidates(JavaRDD<Member> members) {
        SparkSession spark = SparkSession.active();
        JavaRDD<Row> holders = members.flatMap(m -> {
            Fingerprint fp = Fingerprint.fromBytes(m.fingerprint(), 0, m.fingerprint().length);
            List<Row> out = new ArrayList<>(Fingerprint.KEYS);
            Set<Integer> seen = new HashSet<>();
            for (int k = 0; k < Fingerprint.KEYS; k++) {
                if (CopyIndex.usable(fp, k) && seen.add(fp.keys()[k])) {
                    out.add(RowFactory.create(fp.keys()[k], m.seq()));
                }
            }
            return out.iterator();
        });
        Dataset<Row> held = spark.createDataFrame(holders, HOLDERS);
        Dataset<Row> earliest = held
                .withColumn("rank", functions.row_number().over(Window.partitionBy("key").orderBy("seq")))
                .where(functions.col("rank").leq(CopyIndex.BUCKET_CAP + 1))
                .drop("rank");
        // The window left the holders partitioned by key: the self-join needs no further shuffle.
        Dataset<Row> a = earliest.toDF("key", "earlier");
        Dataset<Row> b = earliest.toDF("key", "later");
        return a.join(b, a.col("key").equalTo(b.col("key")).and(a.col("earlier").lt(b.col("later"))))
                .groupBy(a.col("earlier"), b.col("later")).count()
                .where(functions.col("count").geq(CopyIndex.LEAST_SHARED_KEYS))
                .javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getLong(0), r.getLong(1)));
    }

    private static final StructType HOLDERS = new StructType()
            .add("key", DataTypes.IntegerType, false)
            .add("seq", DataTypes.LongType, false);

    /** Pointer jumping over child → parent links until every article points at its tree's root. */
    static JavaPairRDD<Long, Long> roots(JavaPairRDD<Long, Long> parentOf, int partitions) {
        JavaPairRDD<Long, Long> current = parentOf.cache();
        while (true) {
            // (parent, child) joined with the parent's own parent, when it has one.
            JavaPairRDD<Long, Tuple2<Long, Long>> step = current.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                    .leftOuterJoin(current, partitions)
                    .mapToPair(t -> {
                        Optional<Long> grand = t._2()._2();
                        return new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), grand.orElse(t._1())));
                    }).cache();
            long moved = step.filter(t -> !t._2()._1().equals(t._2()._2())).count();
            JavaPairRDD<Long, Long> next = step.mapValues(Tuple2::_2).cache();
            next.count();
            step.unpersist();
            current.unpersist();
            current = next;
            if (moved == 0) {
                return current;
            }
        }
    }
}
