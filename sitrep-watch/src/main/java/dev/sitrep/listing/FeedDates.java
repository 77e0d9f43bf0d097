package dev.sitrep.listing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates feeds write, read leniently: RFC 822/1123 as RSS asks ({@code Wed, 12 Feb 2025 08:30:00 GMT}, with
 * or without the day name and the seconds, two- or four-digit years, numeric offsets and the named zones RFC 822
 * defines) and ISO 8601 as Atom and Dublin Core ask ({@code 2025-02-12T08:30:00+01:00}, with or without an
 * offset or a time). A date without a zone is taken as UTC: a feed that leaves the zone out gives no better guess.
 */
public final class FeedDates {
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
                    + "(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(.*)");
    private static final Pattern ISO_8601 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("([+-])(\\d{2}):?(\\d{2})?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    /** RFC 822 section 5.1 names these zones; CET and CEST are added because European feeds write them. */
    private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("BST", 1));
    private static final int MAX_LENGTH = 80;

    private FeedDates() {
    }

    /** The instant a feed's date names, or empty when the text is no date this class reads. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO_8601.matcher(s);
            if (iso.matches()) {
                return Optional.of(iso(iso));
            }
            Matcher rfc = RFC_822.matcher(s);
            if (rfc.matches()) {
                return rfc822(rfc);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // A date with impossible fields (month 13, 30 February) names no instant: no date, as for garbage.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant iso(Matcher m) {
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        if (m.group(4) == null) {
            return date.atStartOfDay().toInstant(zone(m.group(8)).orElse(ZoneOffset.UTC));
        }
        int nanos = 0;
        if (m.group(7) != null) {
            nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        }
        LocalDateTime time = date.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), nanos);
        return OffsetDateTime.of(time, zone(m.group(8)).orElse(ZoneOffset.UTC)).toInstant();
    }

    private static Optional<Instant> rfc822(Matcher m) {
        int month = month(m.group(2));
        if (month == 0) {
            return Optional.empty();
        }
        int year = num(m, 3);
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3: two-digit years below 50 are this century
        } else if (m.group(3).length() == 3) {
            year += 1900;
        }
        String zoneText = m.group(7).strip();
        Optional<ZoneOffset> zone = zoneText.isEmpty() ? Optional.of(ZoneOffset.UTC) : zone(zoneText);
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime time = LocalDateTime.of(year, month, num(m, 1), num(m, 4), num(m, 5),
                m.group(6) == null ? 0 : num(m, 6));
        return Optional.of(time.toInstant(zone.get()));
    }

    private static Optional<ZoneOffset> zone(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // "GMT+1", "UTC+01:00" and "+0100 (CET)": the offset wins over a name, a trailing comment is dropped.
        String z = text.replaceFirst("\\s*\\(.*\\)$", "").strip();
        if (z.length() > 3 && (z.startsWith("GMT") || z.startsWith("UTC"))) {
            z = z.substring(3);
        }
        Matcher n = NUMERIC_ZONE.matcher(z);
        if (n.matches()) {
            int hours = Integer.parseInt(n.group(2));
            int minutes = n.group(3) == null ? 0 : Integer.parseInt(n.group(3));
            int sign = n.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        Integer hours = NAMED_ZONES.get(z.toUpperCase(Locale.ROOT));
        return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (m.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
