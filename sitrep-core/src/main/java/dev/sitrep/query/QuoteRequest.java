package dev.sitrep.query;

import java.time.LocalDate;

/**
 * A quote listing.
 *
 * @param speaker   speaker id, canonical name, alias or words of a name, or null for everyone
 * @param about     words (classic syntax) searched in the quote, the sentences around it and its article's title
 *                  (each word in any of them), or null
 * @param from      first publication day included, or null
 * @param to        last publication day included, or null
 * @param limit     most quotes returned, at least 1
 * @param publisher publisher name (exact, any case, or words of it), or null
 * @param language  the article's language code ("en", any case), or null
 * @param flag      a flag label of the article ("machine-translated"), or null
 * @param stance    an issue id ("ukraine-nato": statements on it) or an issue id and a stance
 *                  ("ukraine-nato:opposes"), or null
 */
public record QuoteRequest(String speaker, String about, LocalDate from, LocalDate to, int limit, String publisher,
                           String language, String flag, String stance) {
    public QuoteRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        publisher = Narrowing.blankless(publisher);
        language = Narrowing.language(language);
        flag = Narrowing.flag(flag);
        stance = Narrowing.stance(stance);
    }

    /** Without publisher, language, flag or stance filters. */
    public QuoteRequest(String speaker, String about, LocalDate from, LocalDate to, int limit) {
        this(speaker, about, from, to, limit, null, null, null, null);
    }

    /** The same filters with another limit. */
    public QuoteRequest withLimit(int limit) {
        return new QuoteRequest(speaker, about, from, to, limit, publisher, language, flag, stance);
    }

    /** Every quote, newest first, up to {@code limit}. */
    public static QuoteRequest all(int limit) {
        return new QuoteRequest(null, null, null, null, limit);
    }
}
