package dev.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} publication-day range that every query command takes. */
final class DateRangeOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "published on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "published on or before this day")
    LocalDate to;

    /** @throws IllegalArgumentException when the range is empty (from after to) */
    void check() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }
}
