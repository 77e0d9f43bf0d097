package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a topic developed: articles per day and the key statements about it.
 *
 * @param query      the topic as asked
 * @param days       matching articles per publication day, oldest first
 * @param inferred   of those, the articles whose day was inferred from their text, per day (days with none left out)
 * @param statements the best-matching quotes, in date order (oldest first)
 */
public record Timeline(String query, Map<LocalDate, Long> days, Map<LocalDate, Long> inferred,
        List<QuoteHit> statements) {
    public Timeline {
        days = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(days));
        inferred = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inferred));
        statements = List.copyOf(statements);
    }
}
