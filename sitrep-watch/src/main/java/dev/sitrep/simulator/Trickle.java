package dev.sitrep.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A slow body: the first {@code bytes} bytes of an article page are sent one at a time, {@code every} apart in
 * real time, and the rest at full speed. The status line and headers come at once, so only a client with a
 * deadline on the whole body (not just on the first byte) gets out early.
 *
 * @param bytes how many bytes are trickled
 * @param every real time between two trickled bytes
 */
public record Trickle(int bytes, Duration every) {
    public Trickle {
        Objects.requireNonNull(every, "every");
        if (bytes < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a trickle needs bytes >= 1 and a positive pause, not " + bytes
                    + " every " + every);
        }
    }

    /** The least real time a trickled body takes. */
    public Duration minimumTime() {
        return every.multipliedBy(bytes - 1L);
    }
}
