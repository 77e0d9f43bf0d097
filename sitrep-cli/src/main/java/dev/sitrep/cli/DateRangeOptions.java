package dev.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} publication-day range that every query command takes. */
final class DateRangeOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "published on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "published on or before this day")
    LocalDate to;

    /** A one-line complaint when the range is empty (from after to), else null. */
    String problem() {
        return from != null && to != null && from.isAfter(to) ? "--from " + from + " is after --to " + to : null;
    }
}
