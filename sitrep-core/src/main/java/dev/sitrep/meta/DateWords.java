package dev.sitrep.meta;

import dev.sitrep.clean.ResourceLines;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vocabulary of dates written in words, loaded once from {@code month-names.txt}, {@code weekday-names.txt}
 * and {@code relative-dates.txt}: month and unit lookups plus regex alternations (longest first) to build
 * patterns from.
 */
final class DateWords {
    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Map<String, ChronoUnit> UNITS = new HashMap<>();
    static final String MONTH_ALTERNATION;
    static final String WEEKDAY_ALTERNATION;
    static final String UNIT_ALTERNATION;

    static {
        for (String line : ResourceLines.load(DateWords.class, "month-names.txt")) {
            String[] parts = line.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                MONTHS.put(parts[i], Integer.parseInt(parts[0]));
            }
        }
        for (String line : ResourceLines.load(DateWords.class, "relative-dates.txt")) {
            String[] parts = line.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                UNITS.put(parts[i], ChronoUnit.valueOf(parts[0]));
            }
        }
        List<String> weekdays = new ArrayList<>();
        for (String line : ResourceLines.load(DateWords.class, "weekday-names.txt")) {
            weekdays.addAll(List.of(line.split("\\s+")));
        }
        MONTH_ALTERNATION = alternation(new ArrayList<>(MONTHS.keySet()));
        WEEKDAY_ALTERNATION = alternation(weekdays);
        UNIT_ALTERNATION = alternation(new ArrayList<>(UNITS.keySet()));
    }

    private DateWords() {
    }

    /** Month number of a name or abbreviation (any case, trailing dot allowed), or 0. */
    static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    static ChronoUnit unit(String word) {
        return UNITS.get(word.toLowerCase(Locale.ROOT));
    }

    private static String alternation(List<String> words) {
        words.sort((a, b) -> b.length() - a.length());
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }
}
