package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitrep.positions.StanceModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: the stance detector on GWSD must not fall below the figures measured when the floors were pinned
 * (each floor is the measured figure less at most 0.005), and the bundled model must be exactly what
 * {@code ./sitrep eval stance --write} learns. Floors only go up.
 */
class StanceEvalGateTest {
    static final double TRAIN_MACRO_F1_FLOOR = 0.780;
    static final double DEV_MACRO_F1_FLOOR = 0.647;
    static final double DEV_ACCURACY_FLOOR = 0.662;
    /** The proposition's own words as the issue, no word lists: what any proposition a user writes gets. */
    static final double BARE_DEV_MACRO_F1_FLOOR = 0.574;

    static final double HEAD_TOLERANCE = 0.002;

    private static Path gwsd() {
        Path tsv = SharedData.dataSet("gwsd").map(p -> p.resolve("sentences.tsv")).orElse(null);
        assumeTrue(tsv != null && Files.isRegularFile(tsv), "../shared/data/gwsd absent");
        return tsv;
    }

    @Test
    void gwsdFloors() throws IOException {
        List<StanceEval.Scores> s = StanceEval.score(gwsd());
        s.forEach(System.out::println);
        StanceEval.Scores train = s.get(0);
        StanceEval.Scores dev = s.get(1);
        assertTrue(train.macroF1() >= TRAIN_MACRO_F1_FLOOR, train.toString());
        assertTrue(dev.macroF1() >= DEV_MACRO_F1_FLOOR, dev.toString());
        assertTrue(dev.accuracy() >= DEV_ACCURACY_FLOOR, dev.toString());
        assertTrue(dev.macroF1() > dev.baselineF1() + 0.2, dev.toString());
    }

    @Test
    void gwsdFloorWithTheBareProposition() throws IOException {
        StanceEval.Scores dev = StanceEval.score(gwsd(), true).get(1);
        System.out.println("bare proposition: " + dev);
        assertTrue(dev.macroF1() >= BARE_DEV_MACRO_F1_FLOOR, dev.toString());
    }

    /**
     * The bundled climate head is what {@code --write-head} learns. Its vectors come from ONNX Runtime, whose last
     * digits may differ between processors, so the weights are compared to within {@link #HEAD_TOLERANCE}.
     */
    @Test
    void bundledHeadIsWhatTheTrainerWrites() throws IOException {
        StanceModel learnt = StanceModel.read(new java.io.StringReader(StanceEval.learntHead(gwsd())));
        StanceModel bundled;
        try (InputStream in = StanceModel.class.getResourceAsStream("heads/climate-concern.tsv")) {
            bundled = StanceModel.read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String retrain = "retrain: ./sitrep eval stance --write-head"
                + " sitrep-embed/src/main/resources/dev/sitrep/positions/heads/climate-concern.tsv";
        assertEquals(bundled.encoders(), learnt.encoders(), retrain);
        assertEquals(bundled.weights().keySet(), learnt.weights().keySet(), retrain);
        bundled.weights().forEach((name, w) -> {
            double[] l = learnt.weights().get(name);
            for (int c = 0; c < w.length; c++) {
                assertTrue(Math.abs(w[c] - l[c]) <= HEAD_TOLERANCE, name + ": " + retrain);
            }
        });
    }

    @Test
    void bundledModelIsWhatTheTrainerWrites() throws IOException {
        String learnt = StanceEval.learnt(gwsd());
        try (InputStream in = dev.sitrep.positions.StanceModel.class.getResourceAsStream("stance-model.tsv")) {
            assertEquals(learnt, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "retrain: ./sitrep eval stance --write sitrep-core/src/main/resources/dev/sitrep/positions/stance-model.tsv");
        }
    }
}
