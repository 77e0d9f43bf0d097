package dev.sitrep.nlp.kb;

import java.time.LocalDate;

/**
 * One person's time in one office.
 *
 * @param personId   the holder
 * @param start      first day in office
 * @param end        first day out of office (exclusive), or null while still in office
 * @param provenance where the dates come from, and how exact they are
 */
public record Tenure(String personId, LocalDate start, LocalDate end, String provenance) {

    /** Whether the holder was in office on {@code day}; a successor sworn in that day takes precedence. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }
}
