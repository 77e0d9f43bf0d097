package dev.sitrep.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.positions.Issues;
import dev.sitrep.positions.Stance;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceDetector.Judgement;
import dev.sitrep.positions.StanceHeads;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled climate head is found with its encoders and judges through the same detector as every issue;
 * issues without a head keep the shared model. Sentences written for Sitrep.
 */
class ClimateHeadTest {
    @Test
    void theClimateIssueHasAHeadAndTheBeatDoesNot() {
        StanceHeads.Head head = StanceHeads.bundled("climate-concern").orElseThrow();
        assertEquals(java.util.List.of("e5-small-v2-q", "bge-small-en-v15-q"), head.model().encoders());
        assertTrue(head.model().size() > 768, "word features and two vectors: " + head.model().size());
        assertTrue(StanceHeads.bundled("ukraine-nato").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Global warming is a hoax invented by alarmists. | opposes",
        "Rising seas driven by climate change will swallow coastal towns within decades. | supports",
        "The supposed warming trend in temperatures has stalled for fifteen years, and the models were wrong. | opposes",
        "The weather was mild in the capital yesterday. | neither",
    })
    void judgedByTheHead(String sentence, String stance) {
        Judgement j = StanceDetector.defaults().judge(sentence, Issues.named("Climate change is a serious concern"));
        assertEquals(stance, j.stance().label(), j::toString);
        if (j.stance() != Stance.NEITHER) {
            assertTrue(j.probability() > 0.34, j::toString);
        }
    }

    @Test
    void aHeadWithAnEncoderNotOnTheClassPathIsNotUsed() {
        var model = dev.sitrep.positions.StanceModel.of(Map.of("bias", new double[] {0, 0, 1}),
                java.util.List.of("encoders: no-such-encoder"));
        assertTrue(StanceHeads.of(model).isEmpty());
    }

    @Test
    void theBeatIsJudgedAsWithoutTheModule() {
        String sentence = "Washington will never support Ukraine joining NATO.";
        Judgement withHeads = StanceDetector.defaults().judge(sentence, Issues.named("ukraine-nato"));
        Judgement shared = new StanceDetector(dev.sitrep.positions.StanceModel.defaults())
                .judge(sentence, Issues.named("ukraine-nato"));
        assertEquals(shared, withHeads);
    }
}
