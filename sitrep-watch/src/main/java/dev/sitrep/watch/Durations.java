package dev.sitrep.watch;

import dev.sitrep.watch.SourcesFile.SourcesException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as operators write them in a sources file: {@code 90s}, {@code 5m}, {@code 2h}, {@code 1d}, or ISO 8601. */
final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    static Duration parse(String file, String key, String value, Duration absent) throws SourcesException {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = SHORT.matcher(v);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new SourcesException(file + ": " + key + ": '" + value + "' is not a duration (e.g. 90s, 5m, 2h)");
            }
        }
        if (d.isNegative()) {
            throw new SourcesException(file + ": " + key + ": '" + value + "' is negative");
        }
        return d;
    }

    /** The shortest of the forms {@link #parse} reads that says {@code d} exactly. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0 && ms > 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
