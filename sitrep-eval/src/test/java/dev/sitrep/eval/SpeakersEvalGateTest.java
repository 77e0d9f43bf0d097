package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality gate of the speaker ranker: trained on PolNeAR train with the settings dev chooses, it must reach the
 * floors on dev and, by 5-fold cross-validation, on train (the larger check that it generalises), beat the rules
 * alone on both (over the cross-validation, significantly, statement by statement), and be exactly the model Sitrep
 * ships (the weights are what the training command produces).
 */
class SpeakersEvalGateTest {
    static final double DEV_SPEAKER_FLOOR = 0.965;
    static final double FOLDS_SPEAKER_FLOOR = 0.950;
    /** McNemar's z for one-sided p < 0.005. */
    static final double MCNEMAR_Z = 2.58;

    @Test
    void rankerFloorsAndTheShippedModelIsTheTrainedOne(@TempDir Path tmp) throws Exception {
        Path root = SharedData.dataSet("polnear").map(p -> p.resolve("data")).orElse(null);
        assumeTrue(root != null && Files.isDirectory(root.resolve("train")), "../shared/data/polnear absent");
        Path model = tmp.resolve("speaker-ranker.tsv");
        SpeakersEval.Report r = SpeakersEval.run(root, 5, model, true);
        assertTrue(r.devRanker().speakerAccuracy() >= DEV_SPEAKER_FLOOR, r.toString());
        assertTrue(r.foldsRanker().speakerAccuracy() >= FOLDS_SPEAKER_FLOOR, r.toString());
        assertTrue(r.devRanker().speakerAccuracy() > r.devRules().speakerAccuracy(), r.toString());
        // Over the same statements, the ranker's gain over the rules must be far beyond chance disagreement (one-sided
        // p < 0.005), whatever its size: a margin in accuracy points would fail the better the rules get.
        assertTrue(r.foldsPaired().z() > MCNEMAR_Z, r.foldsPaired() + "; " + r);
        assertEquals(r.foldsRules().matched(), r.foldsRanker().matched(), "the ranker changes speakers, not statements");
        try (InputStream shipped = dev.sitrep.quotes.SpeakerRanker.class.getResourceAsStream("speaker-ranker.tsv")) {
            assertEquals(new String(shipped.readAllBytes(), StandardCharsets.UTF_8), Files.readString(model),
                    "retrain: ./sitrep eval speakers --write sitrep-core/src/main/resources/dev/sitrep/quotes/speaker-ranker.tsv");
        }
    }
}
