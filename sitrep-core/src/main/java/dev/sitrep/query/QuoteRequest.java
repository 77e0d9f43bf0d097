package dev.sitrep.query;

import java.time.LocalDate;

/**
 * A quote listing.
 *
 * @param speaker speaker id, canonical name, alias or words of a name, or null for everyone
 * @param about   words (classic syntax) searched in the quote, the sentences around it and its article's title
 *                (each word in any of them), or null
 * @param from    first publication day included, or null
 * @param to      last publication day included, or null
 * @param limit   most quotes returned, at least 1
 */
public record QuoteRequest(String speaker, String about, LocalDate from, LocalDate to, int limit) {
    public QuoteRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** Every quote, newest first, up to {@code limit}. */
    public static QuoteRequest all(int limit) {
        return new QuoteRequest(null, null, null, null, limit);
    }
}
