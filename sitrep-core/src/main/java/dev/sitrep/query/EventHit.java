package dev.sitrep.query;

import dev.sitrep.model.EventActor;
import java.time.LocalDate;
import java.util.List;

/**
 * One event, however many articles report it: the same type, sources and targets reported within
 * {@link EventGroups#WINDOW_DAYS} days of the first report are one event.
 *
 * @param type       the PLOVER type
 * @param cameo      the CAMEO code, as the first report codes it
 * @param sources    who acted, as the first report names them
 * @param targets    who was acted on
 * @param cue        the words that carry the action in the first report
 * @param first      the day of the first report, or null when its article is undated
 * @param last       the day of the latest report, or null
 * @param reports    the reports, earliest first: the first is the evidence; at most {@link EventGroups#MAX_REPORTS}
 * @param reportCount how many articles report the event in all
 * @param publishers how many publishers report it
 */
public record EventHit(String type, String cameo, List<EventActor> sources, List<EventActor> targets, String cue,
        LocalDate first, LocalDate last, List<EventReport> reports, int reportCount, int publishers) {
    public EventHit {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        reports = List.copyOf(reports);
    }
}
