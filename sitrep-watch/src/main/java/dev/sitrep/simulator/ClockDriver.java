package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Moves a {@link SimClock} at a steady multiple of real time on a thread of its own, until closed or until an
 * end is reached: how the watcher's tests and {@code sitrep eval watch} let a simulated day pass in minutes.
 */
public final class ClockDriver implements AutoCloseable {
    private static final long TICK_MILLIS = 5;
    private final Thread thread;
    private volatile boolean running = true;

    private ClockDriver(SimClock clock, double speed, Instant end) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, not " + speed);
        }
        thread = Thread.ofPlatform().daemon().name("sitrep-sim-clock").start(() -> {
            long startNanos = System.nanoTime();
            Instant start = clock.instant();
            while (running && (end == null || clock.instant().isBefore(end))) {
                try {
                    Thread.sleep(TICK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                Instant now = start.plusNanos((long) ((System.nanoTime() - startNanos) * speed));
                if (end != null && now.isAfter(end)) {
                    now = end;
                }
                if (now.isAfter(clock.instant())) {
                    clock.set(now);
                }
            }
        });
    }

    /** Runs {@code clock} at {@code speed} simulated seconds per real second until {@link #close()}. */
    public static ClockDriver start(SimClock clock, double speed) {
        return new ClockDriver(clock, speed, null);
    }

    /** Runs {@code clock} at {@code speed} until it reads {@code end} (or until {@link #close()}). */
    public static ClockDriver until(SimClock clock, double speed, Instant end) {
        return new ClockDriver(clock, speed, end);
    }

    /** Waits until the clock has reached its end. */
    public void awaitEnd() throws InterruptedException {
        thread.join();
    }

    /** Stops the clock where it is. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
