package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shape of what a store holds: the counts a situation report opens with.
 *
 * @param articles    stored articles
 * @param quotes      stored quotes
 * @param byPublisher articles per publisher, most first ({@link #UNKNOWN}, for articles without one, last)
 * @param byDate      articles per publication day, oldest first (undated articles left out)
 * @param undated     articles without a publication day
 * @param topEntities the most mentioned entities, most articles first
 */
public record Overview(int articles, int quotes, Map<String, Integer> byPublisher, Map<LocalDate, Integer> byDate,
                       int undated, List<EntityCount> topEntities) {
    /** The publisher key of articles whose publisher is not known. */
    public static final String UNKNOWN = "(unknown publisher)";

    public Overview {
        byPublisher = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPublisher));
        byDate = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byDate));
        topEntities = List.copyOf(topEntities);
    }

    /**
     * How much the store speaks of one entity.
     *
     * @param id       entity id
     * @param name     canonical name
     * @param type     entity type name ("PERSON")
     * @param articles articles that mention it
     * @param mentions mentions over all those articles
     */
    public record EntityCount(String id, String name, String type, int articles, int mentions) {
    }
}
