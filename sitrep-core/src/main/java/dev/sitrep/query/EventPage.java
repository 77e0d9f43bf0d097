package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A page of events with the counts over every event the request matches.
 *
 * @param page       the events of this page, with the number of events in all
 * @param types      events per PLOVER type, most first
 * @param actors     events per actor (source or target), most first, at most {@link EventGroups#FACET_SIZE}
 * @param publishers events per publisher reporting them, most first, at most {@link EventGroups#FACET_SIZE}
 * @param days       events per day of their first report and type, oldest day first; undated events left out
 */
public record EventPage(Page<EventHit> page, Map<String, Long> types, Map<String, Long> actors,
        Map<String, Long> publishers, SortedMap<LocalDate, Map<String, Long>> days) {
    /** The events of this page. */
    public List<EventHit> items() {
        return page.items();
    }
}
