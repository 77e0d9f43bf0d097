package dev.sitrep.watch;

import java.time.Duration;

/**
 * Adaptive polling: how long to wait before polling a source again, from what the last poll found. The
 * configured interval is the pace for a source that publishes; the bounds are how far adaptation may go.
 *
 * <ul>
 *   <li>Something new and no overlap with a previous listing: items may have scrolled past between the two
 *       polls (a feed keeping its last ten items on a busy day); the interval halves, down to the minimum, and
 *       the caller reads the site's sitemaps at once for what the feed dropped.</li>
 *   <li>Something new, the listing overlapping the last one: nothing scrolled past; the interval moves back
 *       towards the configured pace.</li>
 *   <li>Nothing new while the source published within the last {@link #QUIET}: the configured pace is kept, so
 *       that what a source publishes every half hour is found within one interval.</li>
 *   <li>Nothing new for longer than that: the interval grows by half at each empty poll, up to the maximum
 *       (24 h by default), so a dormant source costs a few requests a day.</li>
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

    /** How long a source may have nothing new before it is polled less often than its configured pace. */
    static final Duration QUIET = Duration.ofHours(12);

    /**
     * @param current  the interval now
     * @param pace     the configured interval
     * @param sinceNew how long since a poll last found something new (null: never)
     */
    static Duration next(Duration current, Outcome outcome, Duration pace, Duration sinceNew, Duration min,
                         Duration max) {
        Duration d = switch (outcome) {
            case NEW_WITHOUT_OVERLAP -> current.dividedBy(2);
            case NEW_WITH_OVERLAP -> current.compareTo(pace) > 0 ? pace
                    : current.plus(pace.minus(current).dividedBy(4));
            case NOTHING_NEW -> sinceNew != null && sinceNew.compareTo(QUIET) < 0
                    ? (current.compareTo(pace) > 0 ? pace : current)
                    : current.plus(current.dividedBy(2));
        };
        if (d.compareTo(min) < 0) {
            return min;
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
