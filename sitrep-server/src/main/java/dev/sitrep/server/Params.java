package dev.sitrep.server;

import dev.sitrep.query.Page;
import dev.sitrep.store.search.QueryLimits;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The query-string parameters of one request, decoded, with typed getters that turn a bad value into a
 * {@link BadRequest} naming the parameter. A repeated parameter keeps its first value.
 */
final class Params {
    static final int DEFAULT_LIMIT = 20;

    private final Map<String, String> values = new HashMap<>();

    Params(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            values.putIfAbsent(name, value);
        }
    }

    private static String decode(String s, String parameter) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad percent-encoding in the query string", parameter, s, -1);
        }
    }

    /**
     * The value, or null when absent or blank. Values are held to the query length of {@link QueryLimits}: no
     * parameter (a name, a publisher, a query) needs more, and a filter built from a long one costs in proportion.
     */
    String text(String name) {
        String v = values.get(name);
        if (v != null && v.length() > QueryLimits.MAX_LENGTH) {
            throw new BadRequest(name + " is " + v.length() + " characters long; at most " + QueryLimits.MAX_LENGTH
                    + " are allowed", name, v.substring(0, QueryLimits.MAX_LENGTH + 1), QueryLimits.MAX_LENGTH);
        }
        return v == null || v.isBlank() ? null : v;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a day as YYYY-MM-DD, not \"" + v + "\"", name, v, e.getErrorIndex());
        }
    }

    int offset() {
        int offset = integer("offset", 0);
        if (offset < 0) {
            throw new BadRequest("offset must be at least 0", "offset", text("offset"), 0);
        }
        return offset;
    }

    /** {@code limit}: default {@value #DEFAULT_LIMIT}, at most {@link Page#MAX_LIMIT} (larger asks get that many). */
    int limit() {
        return Math.min(positiveLimit(DEFAULT_LIMIT), Page.MAX_LIMIT);
    }

    /** The most rows an export may write: {@code limit} when given (at least 1, no upper bound), else every row. */
    long exportLimit() {
        return text("limit") == null ? Long.MAX_VALUE : positiveLimit(1);
    }

    private int positiveLimit(int absent) {
        int limit = integer("limit", absent);
        if (limit < 1) {
            throw new BadRequest("limit must be at least 1", "limit", text("limit"), 0);
        }
        return limit;
    }

    /** Publication days from {@code from} to {@code to}, either open. */
    record Days(LocalDate from, LocalDate to) {
    }

    /** {@code from} and {@code to}, checked: days as YYYY-MM-DD, from not after to. */
    Days days() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        checkRange(from, to);
        return new Days(from, to);
    }

    /** The value of a parameter the endpoint cannot do without; a 400 saying {@code what} it is when absent. */
    String required(String name, String what) {
        String v = text(name);
        if (v == null) {
            throw new BadRequest(name + " is required: " + what, name, "", 0);
        }
        return v;
    }

    /** Checks that {@code from} is not after {@code to}. */
    void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from " + from + " is after to " + to, "from", text("from"), 0);
        }
    }

    private int integer(String name, int fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, not \"" + v + "\"", name, v, 0);
        }
    }
}
