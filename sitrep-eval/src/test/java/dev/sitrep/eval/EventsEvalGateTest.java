package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: the event coder on the PLOVER gold records must not fall below the figures measured when the
 * floors were pinned (each floor a little under the measured figure). Floors only go up. Skipped when the
 * shared data is absent.
 */
class EventsEvalGateTest {
    static final double TYPE_FLOOR = 0.750;
    static final double SOURCE_FLOOR = 0.810;
    static final double TARGET_FLOOR = 0.765;
    static final double HELD_TYPE_FLOOR = 0.750;

    @Test
    void ploverGoldFloors() throws IOException {
        Path gold = EventsEval.gold().orElse(null);
        assumeTrue(gold != null, "../shared/data/plover-gsr absent");
        List<EventsEval.Scores> s = EventsEval.score(gold);
        s.forEach(System.out::println);
        EventsEval.Scores held = s.get(1);
        EventsEval.Scores all = s.get(2);
        assertTrue(all.type() >= TYPE_FLOOR, all.toString());
        assertTrue(all.source() >= SOURCE_FLOOR, all.toString());
        assertTrue(all.target() >= TARGET_FLOOR, all.toString());
        assertTrue(held.type() >= HELD_TYPE_FLOOR, held.toString());
    }
}
