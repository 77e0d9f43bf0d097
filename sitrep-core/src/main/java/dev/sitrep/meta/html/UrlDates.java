package dev.sitrep.meta.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a URL spells out: {@code /2025/02/13/}, {@code /2025-02-13-slug},
 * {@code /20250213/}, {@code /2025/0213/}, {@code ?date=2025-02-13}. Only complete days count; a URL with
 * only a year and month ({@code /2025/02/}) says nothing about the day.
 */
public final class UrlDates {
    private static final String Y = "((?:199|20[0-3])\\d)";
    private static final Pattern SEPARATED = Pattern.compile(
            "[/_=-]" + Y + "[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\\d|3[01])(?:[/_.?&#-]|\\.[a-z]+|$)");
    private static final Pattern COMPACT = Pattern.compile(
            "[/_=-]" + Y + "/?(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.?&#-]|$)");

    private UrlDates() {
    }

    /** The day in {@code url}, or null. */
    public static LocalDate day(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        for (Pattern p : new Pattern[] {SEPARATED, COMPACT}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
