package dev.sitrep.limits;

import java.time.Duration;

/**
 * The time budget of the document the current thread is analysing. The pipeline opens one per document
 * ({@link #start}); the stages' long loops call {@link #check()}, which throws {@link OverBudgetException}
 * once the budget is spent, so a document that would run away stops at the next check and becomes a failure
 * while the thread goes on with the next document.
 *
 * <p>Cooperative rather than a watchdog that kills threads: Java cannot stop a thread safely, and a check
 * costs one read of {@link System#nanoTime()}, so it can sit in every loop whose length depends on the text.
 * A thread with no open deadline never stops.
 */
public final class Deadline implements AutoCloseable {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long endNanos;
    private final Duration budget;
    private final Deadline outer;

    private Deadline(Duration budget, Deadline outer) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
        this.outer = outer;
    }

    /** Opens a deadline on the current thread; close it (try-with-resources) when the document is done. */
    public static Deadline start(Duration budget) {
        Deadline d = new Deadline(budget, CURRENT.get());
        CURRENT.set(d);
        return d;
    }

    /** Throws {@link OverBudgetException} when the current thread's document has spent its budget. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null && System.nanoTime() - d.endNanos > 0) {
            throw new OverBudgetException(d.budget);
        }
    }

    /** Whether the current thread's document has spent its budget (for loops that stop early rather than fail). */
    public static boolean expired() {
        Deadline d = CURRENT.get();
        return d != null && System.nanoTime() - d.endNanos > 0;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
