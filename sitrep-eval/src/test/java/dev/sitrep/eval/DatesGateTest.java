package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: publication-day accuracy on the htmldate gold never drops below the measured floor, and every seed
 * article gets a date.
 */
class DatesGateTest {
    // measured with `./sitrep eval dates`; floors only go up
    private static final double PIPELINE_FLOOR = 0.920;
    private static final double READER_FLOOR = 0.925;
    private static final double SEEDS_FLOOR = 1.0;

    @Test
    void htmldateAccuracyStaysAboveTheFloor() {
        Path dir = SharedData.dataSet("htmldate").orElse(null);
        assumeTrue(dir != null, "shared/data/htmldate not present");
        DatesEval.Score s = DatesEval.measure(dir);
        assertTrue(s.accuracy() >= PIPELINE_FLOOR, "pipeline accuracy " + s.accuracy());
        assertTrue(s.readerAccuracy() >= READER_FLOOR, "reader accuracy " + s.readerAccuracy());
    }

    @Test
    void everySeedArticleHasADate() {
        Path seeds = SharedData.seeds().orElse(null);
        assumeTrue(seeds != null, "shared/seeds not present");
        SeedDates.Score s = SeedDates.measure(seeds);
        assertTrue(s.articles().size() >= 9, "seed articles " + s.articles().size());
        assertTrue(s.share() >= SEEDS_FLOOR, "seed articles dated " + s.dated() + " of " + s.articles().size());
    }
}
