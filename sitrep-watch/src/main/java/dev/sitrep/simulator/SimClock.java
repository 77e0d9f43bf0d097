package dev.sitrep.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated time every site publishes by: it stands still until the caller moves it, so a test or an
 * evaluation can play a whole news day in seconds and know exactly what was visible when.
 *
 * <p>The clock only moves forward. An article, once visible, stays visible; letting time run backwards would
 * unpublish it and make the ground truth ambiguous. Thread-safe: handler threads read it while the caller
 * advances it.
 */
public final class SimClock implements InstantSource {
    private final AtomicReference<Instant> now;

    /** A clock that reads {@code start} until it is moved. */
    public SimClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Moves the clock forward.
     *
     * @return the new time
     * @throws IllegalArgumentException if {@code step} is negative
     */
    public Instant advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + step);
        }
        return now.updateAndGet(t -> t.plus(step));
    }

    /**
     * Sets the clock to {@code time}, which may equal but not precede the current time.
     *
     * @throws IllegalArgumentException if {@code time} is before the current time
     */
    public void set(Instant time) {
        Objects.requireNonNull(time, "time");
        now.updateAndGet(t -> {
            if (time.isBefore(t)) {
                throw new IllegalArgumentException("the clock only moves forward: " + time + " is before " + t);
            }
            return time;
        });
    }

    @Override
    public String toString() {
        return "SimClock[" + now.get() + "]";
    }
}
