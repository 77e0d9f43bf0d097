package dev.sitrep.watch;

import java.time.Duration;

/**
 * Adaptive polling: how long to wait before polling a source again, from what the last poll found.
 *
 * <ul>
 *   <li>Nothing new: the interval grows by half, up to the maximum (24 h by default), so a quiet source costs
 *       a few requests a day.</li>
 *   <li>Something new, and some of the listed items were already listed last time: the listing overlaps the
 *       last one, so nothing scrolled past unseen; the interval shrinks by a quarter towards the minimum.</li>
 *   <li>Something new and no overlap with a previous listing: items may have scrolled past between the two
 *       polls (a feed keeping its last ten items on a busy day); the interval halves, and the caller reads the
 *       site's sitemaps at once for what the feed dropped.</li>
 * </ul>
 */
final class Schedule {
    private Schedule() {
    }

    /** What the last poll saw. */
    enum Outcome { NOTHING_NEW, NEW_WITH_OVERLAP, NEW_WITHOUT_OVERLAP }

    static Outcome outcome(int newItems, boolean hadPrevious, boolean overlaps) {
        if (newItems == 0) {
            return Outcome.NOTHING_NEW;
        }
        return hadPrevious && !overlaps ? Outcome.NEW_WITHOUT_OVERLAP : Outcome.NEW_WITH_OVERLAP;
    }

    static Duration next(Duration current, Outcome outcome, Duration min, Duration max) {
        Duration d = switch (outcome) {
            case NOTHING_NEW -> current.plus(current.dividedBy(2));
            case NEW_WITH_OVERLAP -> current.minus(current.dividedBy(4));
            case NEW_WITHOUT_OVERLAP -> current.dividedBy(2);
        };
        if (d.compareTo(min) < 0) {
            return min;
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
