package dev.sitrep.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of what a search or a statement listing matches, by field: publishers, languages, flags and entities of
 * the matching articles ({@link StoreSearch#facets(SearchRequest)}); speakers, publishers, languages, flags and
 * stances of the matching statements ({@link StoreSearch#facets(QuoteRequest)}). Each count's {@code value} is
 * what the request's filter of that field takes, so a count is a filter one click away.
 *
 * @param fields the counts per field, in the order of the field constants, each most first (ties by value), at
 *               most {@link #SIZE}; a field with nothing to count is absent
 */
public record Facets(Map<String, List<Count>> fields) {
    /** The most counts a field lists. */
    public static final int SIZE = 20;
    public static final String SPEAKER = "speaker";
    public static final String ENTITY = "entity";
    public static final String PUBLISHER = "publisher";
    public static final String LANGUAGE = "language";
    public static final String FLAG = "flag";
    public static final String STANCE = "stance";

    /**
     * One count.
     *
     * @param value what the field's filter takes: an entity or speaker id, a publisher as given, a language code, a
     *              flag label, or "issue:stance"
     * @param label what to show: a name for an id, else the value
     * @param count matching articles, or statements
     */
    public record Count(String value, String label, long count) {
    }

    /** The fields of an article search's counts, in order. */
    public static final List<String> ARTICLE_FIELDS = List.of(PUBLISHER, LANGUAGE, FLAG, ENTITY);
    /** The fields of a statement listing's counts, in order. */
    public static final List<String> STATEMENT_FIELDS = List.of(SPEAKER, PUBLISHER, LANGUAGE, FLAG, STANCE);

    public Facets {
        Map<String, List<Count>> copy = new LinkedHashMap<>();
        fields.forEach((field, counts) -> {
            if (!counts.isEmpty()) {
                copy.put(field, List.copyOf(counts));
            }
        });
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** The counts of one field, empty when it has none. */
    public List<Count> of(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
