package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a topic developed: articles per day and the key statements about it.
 *
 * @param query      the topic as asked
 * @param days       matching articles per publication day, oldest first
 * @param statements the best-matching quotes, in date order (oldest first)
 */
public record Timeline(String query, Map<LocalDate, Long> days, List<QuoteHit> statements) {
    public Timeline {
        days = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(days));
        statements = List.copyOf(statements);
    }
}
