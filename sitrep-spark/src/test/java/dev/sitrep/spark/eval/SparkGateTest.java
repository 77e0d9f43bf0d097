package dev.sitrep.spark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitrep.eval.SharedData;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floors of the job's harnesses, in local[2]: agreement with the single process on every public gold page
 * (written as WARC.gz, plus generated copies), and the short form of distributed copy detection at scale.
 */
class SparkGateTest {
    /** Every article's own fields identical: the job runs the same pipeline. */
    static final double IDENTICAL_FLOOR = 1.0;
    /** Copy decisions per article and over pairs. */
    static final double COPY_FLOOR = 0.995;
    /** Copy detection at moderate strength, generated groups. */
    static final double SCALE_PRECISION_FLOOR = 0.99;
    static final double SCALE_RECALL_FLOOR = 0.98;

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkEval.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theJobAgreesWithTheSingleProcessOnTheGoldPages(@TempDir Path dir) throws Exception {
        assumeTrue(SharedData.dataSet("article-extraction-benchmark").isPresent(), "../shared/data is absent");
        AgreementEval.Figures f = AgreementEval.run(spark, dir, Integer.MAX_VALUE, 1);
        System.out.println(f.describe());
        assertTrue(f.articles() > 800, f.describe());
        assertEquals(f.articles(), f.sparkArticles(), f.describe());
        assertTrue(f.identical() >= IDENTICAL_FLOOR, f.describe());
        assertTrue(f.copiesPerArticle() >= COPY_FLOOR, f.describe());
        assertTrue(f.copyPairs() >= COPY_FLOOR, f.describe());
    }

    @Test
    void copyDetectionAtScaleShortForm() {
        DedupScaleEval.Figures f = DedupScaleEval.run(spark, 20_000, 4);
        System.out.println(f.describe());
        assertEquals(20_000, f.articles());
        assertTrue(f.precision() >= SCALE_PRECISION_FLOOR, f.describe());
        assertTrue(f.recall() >= SCALE_RECALL_FLOOR, f.describe());
    }
}
