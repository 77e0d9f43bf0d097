package dev.sitrep.meta;

import dev.sitrep.clean.ResourceLines;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as running text and listing pages write them: "13 February 2025", "Thursday, February 13, 2025",
 * "07-05-2025", "2025-02-13", "5 days ago", "yesterday", and "February 12" without a year.
 *
 * <p>Contract: nothing is guessed. A relative date or a date without a year needs a reference date (the crawl
 * date or {@code --as-of}) and is empty without one; an all-numeric date needs to be told whether the day comes
 * first (see {@link DayOrder}).
 */
public final class TextDates {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String M = "(?<month>" + DateWords.MONTH_ALTERNATION + ")\\.?";
    private static final String WD = "(?:(?<weekday>" + DateWords.WEEKDAY_ALTERNATION + ")\\.?,?\\s+)?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th|\\.)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    /** "13 February 2025", "Thursday, 13 February 2025", "13. März 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WD + DAY + "\\s+(?:of\\s+|de\\s+)?" + M + ",?\\s+(?:de\\s+)?" + YEAR + "\\b", FLAGS);
    /** "February 13, 2025", "Thursday, Feb. 13, 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WD + M + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
    /** "February 12" or "12 February" with no year after it. */
    private static final Pattern YEARLESS = Pattern.compile(
            "\\b(?:" + M.replace("month", "m1") + "\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+"
                    + M.replace("month", "m2") + ")\\b(?!,?\\s+\\d{4})(?!\\s*\\d)", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[-./](\\d{1,2})[-./]((?:19|20)\\d{2})$");
    private static final Pattern ISO = Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})$");
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:vor\\s+|il y a\\s+|hace\\s+)?(\\d+|an?|one|ein|eine|einem|einer)\\s+(" + DateWords.UNIT_ALTERNATION
                    + ")\\.?(?:\\s+ago|\\s+fa)?$", FLAGS);
    private static final Pattern YESTERDAY = Pattern.compile("^(?:yesterday|gestern|hier|ayer|ieri|wczoraj)$", FLAGS);
    private static final Pattern TODAY = Pattern.compile("^(?:today|just now|heute|aujourd'hui|hoy|oggi|dzisiaj)$", FLAGS);
    /** A clock time or zone after a date on a line of its own ("13 February 2025 10.05 GMT"). */
    private static final Pattern TIME_TAIL = Pattern.compile(
            "(?:[,|•·]?\\s*(?:at\\s+)?\\d{1,2}[.:]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}(?:[+-]\\d{1,2})?)?)$", FLAGS);
    /** A day and month in either order, the year optional: the groups m1 d1 y1 or d2 m2 y2. */
    private static final String DAY_OF_YEAR = "(?:" + M.replace("month", "m1") + "\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(?<y1>(?:19|20)\\d{2}))?|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + M.replace("month", "m2")
            + "(?:,?\\s+(?<y2>(?:19|20)\\d{2}))?)\\b(?!\\s*\\d)";
    /** A wire dateline opening a paragraph: "KYIV, Feb 12 (Reuters) -", "BRUSSELS, 12 February 2025 —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{1,40},\\s+(?iu:" + DAY_OF_YEAR + ")\\s*(?:\\([^)]{2,40}\\)\\s*)?[-–—]");
    /** A day an event is reported on: "on February 12", "on Wednesday, 12 February 2025". */
    private static final Pattern REPORTED_DAY = Pattern.compile(
            "\\bon\\s+" + WD.replace("weekday", "w") + DAY_OF_YEAR, FLAGS);
    private static final Pattern YEAR_WORD = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");
    /** Words that make a sentence look ahead ("will meet on March 3"): its days are plans, not reports. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("\\b(?:" + String.join("|",
            ResourceLines.load(TextDates.class, "future-markers.txt")) + ")\\b", FLAGS);
    private static final Pattern PREFIX = Pattern.compile("^(?:" + String.join("|",
            ResourceLines.load(TextDates.class, "dateline-prefixes.txt")) + ")\\s*", FLAGS);

    private TextDates() {
    }

    /** Whether the order of an all-numeric date is day first (07-05-2025 = 7 May) or month first. */
    public enum DayOrder { DAY_FIRST, MONTH_FIRST }

    /**
     * The date a line holds when the whole line is a date (after an optional "Published:"-style prefix and
     * before an optional clock time). Empty when the line is something else, or when the date is relative or
     * yearless and {@code reference} is null.
     */
    public static Optional<LocalDate> parseLine(String line, LocalDate reference, DayOrder order) {
        String s = PREFIX.matcher(line.strip()).replaceFirst("");
        s = TIME_TAIL.matcher(s).replaceFirst("").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = NUMERIC.matcher(s)).matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            return order == DayOrder.MONTH_FIRST ? of(y, a, b) : of(y, b, a);
        }
        if ((m = ISO.matcher(s)).matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (isRelative(s)) {
            return reference == null ? Optional.empty() : Optional.of(relative(s, reference));
        }
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            if ((m = p.matcher(s)).matches()) {
                return full(m);
            }
        }
        if ((m = YEARLESS.matcher(s)).matches()) {
            return yearless(m, reference);
        }
        return Optional.empty();
    }

    /** Whether the line is a relative date ("5 days ago", "yesterday"), resolvable only with a reference. */
    public static boolean isRelative(String line) {
        String s = line.strip();
        return RELATIVE.matcher(s).matches() || YESTERDAY.matcher(s).matches() || TODAY.matcher(s).matches();
    }

    /** Whether the whole line is a date of any kind this class reads. */
    public static boolean isDateLine(String line) {
        return parseLine(line, LocalDate.EPOCH, DayOrder.DAY_FIRST).isPresent()
                || NUMERIC.matcher(line.strip()).matches();
    }

    /** A full date with a weekday in front ("Thursday, 13 February 2025"), as live blogs and datelines write it. */
    public static Optional<LocalDate> findWeekdayDate(String text) {
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.group("weekday") != null) {
                    Optional<LocalDate> d = full(m);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The latest date mentioned in the text within {@code days} before the reference date (inclusive), with or
     * without a year; empty without a reference. News mentions "on February 12" for the day of the report.
     */
    public static Optional<LocalDate> latestMentionNear(String text, LocalDate reference, int days) {
        if (reference == null) {
            return Optional.empty();
        }
        LocalDate best = null;
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEARLESS}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = p == YEARLESS ? yearless(m, reference) : full(m);
                if (d.isPresent() && !d.get().isAfter(reference) && !d.get().isBefore(reference.minusDays(days))
                        && (best == null || d.get().isAfter(best))) {
                    best = d.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A day the text names by month and day, with its year when written ({@code year} 0 otherwise).
     *
     * @param phrase the words that name it, as written
     */
    public record DayMention(String phrase, int year, int month, int day) {
        /** The day in {@code y}, or empty when there is no such day (29 February). */
        public Optional<LocalDate> in(int y) {
            return of(y, month, day);
        }
    }

    /** The dateline a paragraph opens with ("KYIV, Feb 12 (Reuters) -"), with or without its year. */
    public static Optional<DayMention> dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String phrase = m.group().replaceFirst("\\s*[-–—]$", "");
        return Optional.of(dayMention(m, phrase));
    }

    /**
     * The days the text reports events on ("said on February 12", "on 12 February 2025"), in text order, leaving
     * out the sentences that look ahead ({@code future-markers.txt}: "will", "next", "scheduled").
     */
    public static List<DayMention> reportedDays(String text) {
        List<DayMention> out = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            String s = sentence.group();
            if (LOOKS_AHEAD.matcher(s).find()) {
                continue;
            }
            Matcher m = REPORTED_DAY.matcher(s);
            while (m.find()) {
                out.add(dayMention(m, m.group()));
            }
        }
        return List.copyOf(out);
    }

    /** The distinct years (1900 to 2099) the text writes as numbers, in ascending order. */
    public static SortedSet<Integer> years(String text) {
        SortedSet<Integer> out = new TreeSet<>();
        Matcher m = YEAR_WORD.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    private static DayMention dayMention(Matcher m, String phrase) {
        boolean monthFirst = m.group("m1") != null;
        String year = monthFirst ? m.group("y1") : m.group("y2");
        return new DayMention(phrase.strip(), year == null ? 0 : Integer.parseInt(year),
                DateWords.month(monthFirst ? m.group("m1") : m.group("m2")),
                Integer.parseInt(monthFirst ? m.group("d1") : m.group("d2")));
    }

    private static LocalDate relative(String s, LocalDate ref) {
        if (YESTERDAY.matcher(s).matches()) {
            return ref.minusDays(1);
        }
        Matcher m = RELATIVE.matcher(s);
        if (!m.matches()) {
            return ref;
        }
        String n = m.group(1);
        long amount = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
        ChronoUnit unit = DateWords.unit(m.group(2));
        return switch (unit) {
            case MINUTES -> ref.minusDays(amount / (24 * 60));
            case HOURS -> ref.minusDays(amount / 24);
            default -> ref.minus(amount, unit);
        };
    }

    private static Optional<LocalDate> full(Matcher m) {
        return of(Integer.parseInt(m.group("year")), DateWords.month(m.group("month")), Integer.parseInt(m.group("day")));
    }

    // Without a year the reference supplies it; a date after the reference belongs to the year before.
    private static Optional<LocalDate> yearless(Matcher m, LocalDate reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String day = m.group("d1") != null ? m.group("d1") : m.group("d2");
        Optional<LocalDate> d = of(reference.getYear(), DateWords.month(month), Integer.parseInt(day));
        return d.map(x -> x.isAfter(reference) ? x.minusYears(1) : x);
    }

    private static Optional<LocalDate> of(int y, int m, int d) {
        try {
            return m == 0 ? Optional.empty() : Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
