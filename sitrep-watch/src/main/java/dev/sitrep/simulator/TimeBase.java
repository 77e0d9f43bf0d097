package dev.sitrep.simulator;

/**
 * Which time a delay is measured in. A watcher driven by a {@link SimClock} waits in simulated time; one that
 * sleeps for real against a slowly moving clock waits in real time. Rate limits and politeness rules say which
 * they mean, because a client can be polite in one and rude in the other.
 */
public enum TimeBase {
    /** The simulator's {@link SimClock}. */
    SIMULATED,
    /** The machine's monotonic clock ({@link System#nanoTime()}). */
    REAL
}
