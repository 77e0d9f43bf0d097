package dev.sitrep.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final String GOLD = "The alliance met in Brussels on Tuesday. Ministers agreed to raise spending.";

    @Test
    void identicalTextScoresOne() {
        PageScore s = Scoring.shingleScore("p", GOLD, GOLD);
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals(1.0, Scoring.wordScore("p", GOLD, GOLD).f1(), 1e-9);
    }

    @Test
    void extraChromeCostsPrecisionNotRecall() {
        PageScore s = Scoring.shingleScore("p", GOLD, GOLD + "\n\nShare this article on social media now");
        assertEquals(1.0, s.recall(), 1e-9);
        assertTrue(s.precision() < 1.0 && s.precision() > 0.5, "precision " + s.precision());
    }

    @Test
    void shinglesKeepCaseWordsDoNot() {
        String shouted = GOLD.toUpperCase(java.util.Locale.ROOT);
        assertEquals(0.0, Scoring.shingleScore("p", GOLD, shouted).f1(), 1e-9);
        assertEquals(1.0, Scoring.wordScore("p", GOLD, shouted).f1(), 1e-9);
    }

    @Test
    void wordBagsCountRepeats() {
        PageScore s = Scoring.wordScore("p", "vote vote vote now", "vote now");
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }

    @Test
    void emptyPredictionHasUndefinedPrecisionAndZeroF1() {
        PageScore s = Scoring.shingleScore("p", GOLD, "");
        assertTrue(Double.isNaN(s.precision()));
        assertEquals(0.0, s.recall(), 1e-9);
        assertEquals(0.0, s.f1(), 1e-9);
        assertEquals(1.0, Scoring.wordScore("p", "", "").f1(), 1e-9);
    }

    @Test
    void setScoreAveragesPages() {
        SetScore s = ExtractionEval.run(GoldSet.AEB, new PageExtractor() {
            @Override
            public String name() {
                return "echo";
            }

            @Override
            public String extract(String html, String url) {
                return html;
            }
        }, java.util.List.of(
                new GoldPage("a", null, GOLD, GOLD),
                new GoldPage("b", null, "<p>" + GOLD + "</p>", "Nothing in common here at all, none.")),
                (page, text) -> { });
        assertEquals(2, s.pages());
        assertEquals(0.5, s.recall(), 1e-9);
    }
}
