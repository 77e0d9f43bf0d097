package dev.sitrep.limits;

import java.time.Duration;

/** Thrown by {@link Deadline#check()} when a document has spent its time budget; the pipeline turns it into a failure. */
public final class OverBudgetException extends RuntimeException {
    private final Duration budget;

    OverBudgetException(Duration budget) {
        super("analysis stopped after " + seconds(budget), null, false, false);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
