package dev.sitrep.positions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stance heads in the core alone: read and written with their encoders, and used only when those are present. */
class StanceHeadsTest {
    /** A toy encoder: the share of words that are "warming" or "hoax", as two components. */
    private static final SentenceEncoder TOY = new SentenceEncoder() {
        @Override
        public String name() {
            return "toy";
        }

        @Override
        public float[] encode(String sentence) {
            String s = sentence.toLowerCase(java.util.Locale.ROOT);
            return new float[] {s.contains("hoax") ? 1 : 0, s.contains("hoax") ? 0 : 1};
        }
    };

    @Test
    void theEncodersLineSurvivesWritingAndReading() throws IOException {
        StanceModel m = StanceModel.of(Map.of("bias", new double[] {0.5, -0.5, 0}, "embed:toy:0",
                new double[] {-2, 2, 0}), List.of("learnt for a test", "encoders: toy other"));
        StringWriter out = new StringWriter();
        m.write(out);
        StanceModel back = StanceModel.read(new StringReader(out.toString()));
        assertEquals(List.of("toy", "other"), back.encoders());
        assertArrayEquals(new double[] {-2, 2, 0}, back.weights().get("embed:toy:0"), 1e-9);
        assertEquals(List.of(), StanceModel.defaults().encoders());
    }

    @Test
    void withoutItsEncodersAHeadIsNotUsedAndTheSharedModelJudges() {
        StanceModel head = StanceModel.of(Map.of("bias", new double[] {0, 0, 9}), List.of("encoders: e5-small-v2-q"));
        assertTrue(StanceHeads.of(head).isEmpty(), "no encoder plug-in on the core's class path");
        assertTrue(StanceHeads.bundled("climate-concern").isEmpty());
        Issue climate = Issues.named("climate-concern");
        String s = "Global warming is a hoax invented by alarmists.";
        assertEquals(new StanceDetector(StanceModel.defaults()).judge(s, climate), StanceDetector.defaults().judge(s, climate));
    }

    @Test
    void aHeadWeighsTheVectorsBesideTheWords() {
        StanceModel weights = StanceModel.of(Map.of("bias", new double[] {0, 0, 0}, "embed:toy:0",
                new double[] {0, 5, 0}, "embed:toy:1", new double[] {5, 0, 0}), List.of("encoders: toy"));
        StanceHeads.Head head = new StanceHeads.Head(weights, List.of(TOY));
        Issue climate = Issues.named("climate-concern");
        StanceDetector d = new StanceDetector(StanceModel.defaults(),
                id -> id.equals(climate.id()) ? Optional.of(head) : Optional.empty());
        assertEquals(Stance.OPPOSES, d.judge("Climate change is a hoax.", climate).stance());
        assertEquals(Stance.SUPPORTS, d.judge("Climate change keeps warming the seas.", climate).stance());
        assertEquals(Stance.NEITHER, d.judge("The bakery opened at nine.", climate).stance(),
                "a sentence that does not bear on the issue is never weighed");
        Map<String, Double> f = StanceHeads.withVectors(Map.of("bias", 1.0), "a hoax", List.of(TOY));
        assertEquals(Map.of("bias", 1.0, "embed:toy:0", 1.0, "embed:toy:1", 0.0), f);
    }
}
