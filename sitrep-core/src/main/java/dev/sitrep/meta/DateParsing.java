package dev.sitrep.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for dates as containers and markup give them. */
public final class DateParsing {
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private DateParsing() {
    }

    /** The day of an ISO 8601 date or date-time ("2025-02-13", "2025-02-13T09:00:00Z"), or null. */
    public static LocalDate parseIsoPrefix(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
