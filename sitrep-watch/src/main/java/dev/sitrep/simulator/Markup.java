package dev.sitrep.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Escaping and date formats shared by the pages and the listings. */
final class Markup {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Markup() {
    }

    /** Escapes text for an element's content or a quoted attribute, in HTML and XML alike. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String httpDate(Instant t) {
        return HTTP_DATE.format(t);
    }

    /** ISO 8601 in UTC, to the second, as feeds and {@code <time datetime>} write it. */
    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
