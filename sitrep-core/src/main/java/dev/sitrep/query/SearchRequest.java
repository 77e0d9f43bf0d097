package dev.sitrep.query;

import java.time.LocalDate;

/**
 * An article search: a query over titles and text, and filters that narrow without changing the ranking.
 *
 * @param query     Lucene classic syntax; blank for every article
 * @param from      first publication day included, or null
 * @param to        last publication day included, or null
 * @param publisher publisher name (exact, any case, or words of it), or null
 * @param entity    entity id, canonical name or alias, or null
 * @param limit     most results returned, at least 1
 * @param newest    newest first (then best), as a feed lists them, instead of best first (then newest)
 * @param language  language code ("en", any case), or null
 * @param flag      a flag label ("spun-text"), or null
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String publisher, String entity, int limit,
                            boolean newest, String language, String flag) {
    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        language = Narrowing.language(language);
        flag = Narrowing.flag(flag);
    }

    /** Without a language or flag filter. */
    public SearchRequest(String query, LocalDate from, LocalDate to, String publisher, String entity, int limit,
                         boolean newest) {
        this(query, from, to, publisher, entity, limit, newest, null, null);
    }

    /** Best first. */
    public SearchRequest(String query, LocalDate from, LocalDate to, String publisher, String entity, int limit) {
        this(query, from, to, publisher, entity, limit, false);
    }

    /** Just a query, no filters, ten results. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 10);
    }
}
