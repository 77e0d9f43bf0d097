package dev.sitrep.cli;

/** The exit codes every subcommand uses. */
final class ExitCodes {
    static final int OK = 0;
    /** Some inputs could not be read or analysed; each was named on stderr and the rest were processed. */
    static final int FAILED = 1;
    /** Bad usage (picocli's own code for parameter errors). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
