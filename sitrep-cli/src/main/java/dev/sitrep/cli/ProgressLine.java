package dev.sitrep.cli;

import dev.sitrep.ingest.Ingestion;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * A live status line for long runs: documents read and done, articles stored and committed, failures, rate.
 * On a terminal it is rewritten in place twice a second and cleared before other lines are printed; elsewhere
 * (a log file, a pipe) it is printed as a plain line every {@link #LOG_EVERY_NANOS} at most, only when asked
 * for with {@code --progress}, so scripts that read standard error see only failures and the summary.
 */
final class ProgressLine implements Consumer<Ingestion.Progress> {
    static final long TERMINAL_EVERY_NANOS = 500_000_000L;
    static final long LOG_EVERY_NANOS = 10_000_000_000L;

    /** When to show progress. */
    enum Mode { AUTO, ALWAYS, NEVER }

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean enabled;
    private long lastNanos = Long.MIN_VALUE / 2;
    private int shown;

    ProgressLine(PrintWriter err, Mode mode) {
        this.err = err;
        this.terminal = mode != Mode.NEVER && Terminal.isTerminal();
        this.enabled = mode == Mode.ALWAYS || terminal;
    }

    @Override
    public void accept(Ingestion.Progress p) {
        if (!enabled || p.nanos() - lastNanos < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastNanos = p.nanos();
        String line = describe(p);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
            shown = line.length();
        } else {
            err.println("sitrep: " + line);
        }
        err.flush();
    }

    /** Clears a terminal line, so that the next message starts on a clean line. */
    void clear() {
        if (terminal && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    /** A failure line, printed below the status line rather than through it. */
    Consumer<String> failures() {
        return line -> {
            clear();
            err.println(line);
            err.flush();
        };
    }

    static String describe(Ingestion.Progress p) {
        return "%,d documents read, %,d done, %,d articles, %,d stored (%,d committed), %,d failed, %.1f documents/s"
                .formatted(p.documents(), p.done(), p.articles(), p.stored(), p.committed(), p.failed(), p.rate());
    }
}
