package dev.sitrep.query;

import dev.sitrep.model.EntityType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The orders every store gives its counts in, so that two stores holding the same articles list them alike. */
public final class Counts {
    /** The overview's entities: peoples named by a demonym last, then most articles, most mentions, name. */
    public static final Comparator<Overview.EntityCount> OVERVIEW_ENTITIES = Comparator
            .comparing((Overview.EntityCount e) -> EntityType.NORP.name().equals(e.type()))
            .thenComparing(Comparator.comparingInt(Overview.EntityCount::articles)
                    .thenComparingInt(Overview.EntityCount::mentions).reversed())
            .thenComparing(Overview.EntityCount::name);

    private Counts() {
    }

    /** The entries with the largest counts first (ties by key), at most {@code n}. */
    public static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** Articles per publisher, most first, ties by name, {@link Overview#UNKNOWN} last. */
    public static Map<String, Integer> publishers(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().equals(Overview.UNKNOWN))
                        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
