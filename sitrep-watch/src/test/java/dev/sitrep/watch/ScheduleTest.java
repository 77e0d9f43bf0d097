package dev.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.watch.Schedule.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Duration PACE = Duration.ofMinutes(10);
    private static final Duration MIN = Duration.ofMinutes(5);
    private static final Duration MAX = Duration.ofHours(24);

    private static Duration next(Duration now, Outcome o, Duration sinceNew) {
        return Schedule.next(now, o, PACE, sinceNew, MIN, MAX);
    }

    @Test
    void aSourceThatPublishesKeepsItsPaceThroughEmptyPolls() {
        assertEquals(PACE, next(PACE, Outcome.NOTHING_NEW, Duration.ofMinutes(40)));
        assertEquals(PACE, next(Duration.ofHours(2), Outcome.NOTHING_NEW, Duration.ofHours(1)), "back to the pace");
    }

    @Test
    void aDormantSourceIsPolledLessAndLessUpToTheMaximum() {
        assertEquals(Duration.ofMinutes(15), next(PACE, Outcome.NOTHING_NEW, Duration.ofHours(13)));
        assertEquals(Duration.ofMinutes(15), next(PACE, Outcome.NOTHING_NEW, null), "never had anything new");
        assertEquals(MAX, next(Duration.ofHours(20), Outcome.NOTHING_NEW, Duration.ofDays(3)));
    }

    @Test
    void itemsThatMayHaveScrolledPastHalveTheIntervalDownToTheMinimum() {
        assertEquals(MIN, next(PACE, Outcome.NEW_WITHOUT_OVERLAP, Duration.ZERO));
        assertEquals(MIN, next(MIN, Outcome.NEW_WITHOUT_OVERLAP, Duration.ZERO));
        assertEquals(Duration.ofMinutes(6).plusSeconds(15), next(MIN, Outcome.NEW_WITH_OVERLAP, Duration.ZERO),
                "an overlapping listing moves back towards the pace");
        assertEquals(PACE, next(Duration.ofHours(3), Outcome.NEW_WITH_OVERLAP, Duration.ZERO));
    }

    @Test
    void outcomes() {
        assertEquals(Outcome.NOTHING_NEW, Schedule.outcome(0, true, false));
        assertEquals(Outcome.NEW_WITH_OVERLAP, Schedule.outcome(3, false, false), "a first poll overlaps nothing");
        assertEquals(Outcome.NEW_WITHOUT_OVERLAP, Schedule.outcome(3, true, false));
        assertEquals(Outcome.NEW_WITH_OVERLAP, Schedule.outcome(3, true, true));
    }
}
