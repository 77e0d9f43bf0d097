package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quality gate for the warning flags on human-written gold: spun-text and machine-translated must stay at or
 * below their pinned ceilings (false positives), the English guess at or above its floor, and the share of
 * words that text-dump cleaning removes from these clean texts below its ceiling. Skipped when the
 * gold is absent.
 */
class FlagsEvalGateTest {
    private static final double FLAG_CEILING = 0.005;

    @Test
    void benchmarkGoldIsNotFlagged() {
        Optional<FlagsEval.Rates> r = FlagsEval.benchmark();
        assumeTrue(r.isPresent(), "article-extraction-benchmark not found");
        check(r.get(), 0.880, 0.003);
    }

    @Test
    void wcxbGoldIsNotFlagged() {
        Optional<FlagsEval.Rates> r = FlagsEval.wcxb();
        assumeTrue(r.isPresent(), "wcxb-articles-dev not found");
        check(r.get(), 0.995, 0.001);
    }

    private static void check(FlagsEval.Rates r, double englishFloor, double removedCeiling) {
        assertTrue(r.pages() > 100, r.line());
        assertTrue(r.spunRate() <= FLAG_CEILING, r.line() + " spun pages " + r.spunPages());
        assertTrue(r.translatedRate() <= FLAG_CEILING, r.line());
        assertTrue(r.englishRate() >= englishFloor, r.line());
        assertTrue(r.removedRate() <= removedCeiling, r.line());
    }
}
