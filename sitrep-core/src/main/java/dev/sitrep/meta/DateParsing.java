package dev.sitrep.meta;

import dev.sitrep.meta.html.ResourceLines;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as markup, containers and running text write them: ISO 8601 and its relatives (2025-02-13,
 * 2025/02/13, 2025.02.13, 20250213), CJK (2025年2月13日), numeric day-month-year or month-day-year
 * (13.02.2025, 02/13/2025, decided by plausibility), and month names in the languages listed in
 * {@code month-names.tsv} (13 February 2025, Feb. 13th, 2025, 13 de fevereiro de 2025).
 *
 * <p>Parsing never throws; a string with no date gives null. Whether a day is plausible as a publication
 * date (not before 1995, not after a reference) is for the caller to decide with {@link #plausible}.
 * Hand-written because java.time formatters need one pattern per layout and language, and the layouts here
 * are found inside longer text rather than matched whole.
 */
public final class DateParsing {
    /** Publication dates earlier than this are taken for mistakes (the web news era begins about here). */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Map<String, Integer> MONTHS = loadMonths();
    // A month is any word (or two, for "كانون الثاني") looked up in MONTHS after the match: one short
    // pattern instead of an alternation of hundreds of names keeps scanning long text fast.
    private static final String MONTH_WORDS = "(?<![\\p{L}])(\\p{L}{3,12}(?:\\s\\p{L}{3,8})?)(?![\\p{L}])";
    private static final String MONTH_WORD = "(?<![\\p{L}])(\\p{L}{3,12})(?![\\p{L}])";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String SEP = "\\s?[-/.]\\s?";
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<!\\d)(" + YEAR + ")" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile(
            "(" + YEAR + ")\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(" + YEAR + "|\\d{2})(?![\\d]|\\.\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(" + YEAR + ")([01]\\d)([0-3]\\d)(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+|of\\s+)?" + MONTH_WORDS
                    // the month's other name after a slash: "24 نيسان / أبريل 2020" (Levantine and standard Arabic)
                    + "(?:\\s?/\\s?\\p{L}{3,12})?\\.?,?\\s*(?:de\\s+)?(" + YEAR + ")(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH_WORD + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(" + YEAR
                    + ")(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // "Dec. 19" with no year: only ever removed from bylines, never parsed as a date
    private static final Pattern MONTH_DAY = Pattern.compile(
            MONTH_WORD + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A date found in text, with where it starts (for "first on the page" choices). */
    public record Found(LocalDate date, int start) {
    }

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
        return day(m.group(1), m.group(2), m.group(3));
    }

    /** Whether {@code word} (any case, null allowed) names a month in one of the known languages ("feb", "février"). */
    public static boolean isMonthName(String word) {
        return word != null && MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code d} can be a publication date seen on {@code reference}: from 1995 up to the reference. */
    public static boolean plausible(LocalDate d, LocalDate reference) {
        return d != null && !d.isBefore(EARLIEST) && !d.isAfter(reference);
    }

    /**
     * The first date in a short string such as an attribute value or a byline ("Posted 13.02.2025, 10:14"),
     * or null. Layouts without separators (20250213) and two-digit years are accepted here, where the string
     * is known to hold a date, but not by {@link #findAll}.
     */
    public static LocalDate parse(String s, boolean monthFirst) {
        if (s == null || s.isBlank() || s.length() > 300) {
            return null;
        }
        List<Found> found = scan(s, monthFirst, true, 1);
        return found.isEmpty() ? null : found.getFirst().date();
    }

    /** {@link #parse(String, boolean)} with day-first order for ambiguous numeric dates. */
    public static LocalDate parse(String s) {
        return parse(s, false);
    }

    /** {@code text} with every date in it replaced by " | " (bylines mix names and dates). */
    public static String removeDates(String text) {
        StringBuilder b = new StringBuilder(text);
        for (Pattern p : new Pattern[] {NUMERIC_YMD, CJK, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DMY, MONTH_DAY}) {
            Matcher m = p.matcher(b.toString());
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            for (int i = spans.size() - 1; i >= 0; i--) {
                String span = b.substring(spans.get(i)[0], spans.get(i)[1]);
                boolean date = p == MONTH_DAY ? isMonthName(monthOf(span)) : parse(span) != null;
                if (date) {
                    b.replace(spans.get(i)[0], spans.get(i)[1], " | ");
                }
            }
        }
        return b.toString();
    }

    private static String monthOf(String span) {
        Matcher m = MONTH_DAY.matcher(span);
        return m.find() ? m.group(1) : null;
    }

    /** Every date in running text, in text order, at most {@code limit}. */
    public static List<Found> findAll(CharSequence text, boolean monthFirst, int limit) {
        return scan(text, monthFirst, false, limit);
    }

    private static List<Found> scan(CharSequence text, boolean monthFirst, boolean lenient, int limit) {
        List<Found> out = new ArrayList<>();
        collect(NUMERIC_YMD.matcher(text), out, m -> day(m.group(1), m.group(2), m.group(3)));
        collect(CJK.matcher(text), out, m -> day(m.group(1), m.group(2), m.group(3)));
        collect(DAY_MONTH_YEAR.matcher(text), out, m -> named(m.group(3), m.group(2), m.group(1)));
        collect(MONTH_DAY_YEAR.matcher(text), out, m -> named(m.group(3), m.group(1), m.group(2)));
        Matcher dmy = NUMERIC_DMY.matcher(text);
        while (dmy.find()) {
            String y = dmy.group(3);
            if (y.length() == 2 && !lenient) {
                continue;
            }
            LocalDate d = dayOrMonthFirst(y.length() == 2 ? "20" + y : y, dmy.group(1), dmy.group(2), monthFirst);
            if (d != null && covered(out, dmy.start()) == false) {
                out.add(new Found(d, dmy.start()));
            }
        }
        if (lenient) {
            collect(COMPACT.matcher(text), out, m -> day(m.group(1), m.group(2), m.group(3)));
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static void collect(Matcher m, List<Found> out, java.util.function.Function<Matcher, LocalDate> f) {
        while (m.find()) {
            LocalDate d = f.apply(m);
            if (d != null && !covered(out, m.start())) {
                out.add(new Found(d, m.start()));
            }
        }
    }

    // Patterns overlap ("2025-02-13" also reads as day-month-year from "25-02-13"); the first kind wins.
    private static boolean covered(List<Found> out, int start) {
        for (Found f : out) {
            if (Math.abs(f.start() - start) < 6) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate dayOrMonthFirst(String y, String a, String b, boolean monthFirst) {
        int x = Integer.parseInt(a);
        int z = Integer.parseInt(b);
        if (x > 12) {
            return day(y, b, a);
        }
        if (z > 12) {
            return day(y, a, b);
        }
        return monthFirst ? day(y, a, b) : day(y, b, a);
    }

    private static LocalDate named(String y, String monthName, String d) {
        String name = monthName.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(name);
        int space = name.indexOf(' ');
        if (month == null && space > 0) {
            // "fevereiro de 2025", "Feb 13": the second word was not part of the month
            month = MONTHS.get(name.substring(0, space));
        }
        return month == null ? null : day(y, String.valueOf(month), d);
    }

    private static LocalDate day(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> out = new HashMap<>();
        for (String line : ResourceLines.load("month-names.tsv")) {
            String[] cols = line.split("\t");
            int month = Integer.parseInt(cols[0]);
            for (String name : cols[1].split("\\|")) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), month);
            }
        }
        return Map.copyOf(out);
    }
}
