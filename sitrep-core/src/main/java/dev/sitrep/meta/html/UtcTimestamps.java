package dev.sitrep.meta.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 timestamps written in UTC ({@code 2025-02-13T23:15:00Z}, {@code +00:00}), read as the day they fall
 * on in another zone. Only UTC is converted: a timestamp with any other offset was written in local time
 * already, and one with no offset says nothing about its zone. Midnight on the dot is left alone: content
 * systems write a bare day that way.
 */
final class UtcTimestamps {
    // Seconds and fractions are optional and loose ("23:15:0Z" occurs in the wild).
    private static final Pattern UTC = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{1,2}):(\\d{1,2})(?::\\d{1,2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT)\\s*$");

    private UtcTimestamps() {
    }

    /** The day {@code raw} falls on in {@code zone}, or null when {@code raw} is no UTC timestamp or zone is null. */
    static LocalDate localDay(String raw, ZoneId zone) {
        if (raw == null || zone == null || raw.length() > 40) {
            return null;
        }
        Matcher m = UTC.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            if (t.getHour() == 0 && t.getMinute() == 0) {
                return null; // midnight on the dot is a day written as a timestamp, not a moment
            }
            return t.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
