package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: the quote stage on PolNeAR dev must not fall below the figures measured when the floors were
 * pinned (each floor is the measured figure rounded down by at most 0.005). Floors only go up.
 */
class QuotesEvalGateTest {
    static final double PRECISION_FLOOR = 0.944;
    static final double RECALL_FLOOR = 0.858;
    static final double F1_FLOOR = 0.901;
    static final double SPEAKER_FLOOR = 0.965;

    @Test
    void polnearDevFloors() {
        Path dev = SharedData.dataSet("polnear").map(p -> p.resolve("data").resolve("dev")).orElse(null);
        assumeTrue(dev != null && Files.isDirectory(dev), "../shared/data/polnear absent");
        QuotesEval.Scores s = QuotesEval.score(dev);
        System.out.println(s);
        assertTrue(s.precision() >= PRECISION_FLOOR, s.toString());
        assertTrue(s.recall() >= RECALL_FLOOR, s.toString());
        assertTrue(s.f1() >= F1_FLOOR, s.toString());
        assertTrue(s.speakerAccuracy() >= SPEAKER_FLOOR, s.toString());
    }
}
