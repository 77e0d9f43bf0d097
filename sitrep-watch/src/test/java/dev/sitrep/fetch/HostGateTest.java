package dev.sitrep.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostGateTest {
    private static final String HOST = "x.com:443";
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final HostGate gate = new HostGate(clock, HostGate.DEFAULT_DELAY, new Random(42));

    private void oneRequest() {
        assertTrue(gate.tryAcquire(HOST));
        gate.release(HOST);
    }

    @Test
    void keysAreLowercaseAuthorities() {
        assertEquals("x.com", HostGate.key(URI.create("http://X.com/a")));
        assertEquals("x.com", HostGate.key(URI.create("https://www.x.com:443/a")), "one server under both names");
        assertEquals("x.com:8443", HostGate.key(URI.create("https://x.com:8443/a")));
        assertEquals("www.com", HostGate.key(URI.create("http://www.com/")));
    }

    @Test
    void oneRequestInFlight() {
        assertTrue(gate.tryAcquire(HOST));
        assertTrue(gate.inFlight(HOST));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(gate.tryAcquire(HOST), "a second request while the first runs");
        assertTrue(gate.tryAcquire("other.com:443"), "other hosts are not held up");
        gate.release(HOST);
        assertThrows(IllegalStateException.class, () -> gate.release(HOST));
    }

    @Test
    void delayCountsFromTheEndOfTheLastRequest() {
        assertTrue(gate.tryAcquire(HOST));
        clock.advance(Duration.ofSeconds(20)); // a slow request
        gate.release(HOST);
        assertEquals(T0.plusSeconds(25), gate.nextAllowed(HOST));
        clock.advance(Duration.ofMillis(4999));
        assertFalse(gate.tryAcquire(HOST));
        clock.advance(Duration.ofMillis(1));
        assertTrue(gate.tryAcquire(HOST));
    }

    @Test
    void delayIsConfigurablePerHost() {
        gate.setDelay(HOST, Duration.ofSeconds(1));
        oneRequest();
        clock.advance(Duration.ofSeconds(1));
        assertTrue(gate.tryAcquire(HOST));
    }

    @Test
    void crawlDelayWinsWhenLonger() {
        gate.setCrawlDelay(HOST, Duration.ofSeconds(12));
        oneRequest();
        assertEquals(T0.plusSeconds(12), gate.nextAllowed(HOST));
        clock.advance(Duration.ofSeconds(11));
        assertFalse(gate.tryAcquire(HOST));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(gate.tryAcquire(HOST));
        gate.release(HOST);
        gate.setCrawlDelay(HOST, Duration.ofSeconds(2));
        assertEquals(clock.instant().plusSeconds(5), gate.nextAllowed(HOST), "the delay wins when longer");
    }

    @Test
    void retryAfterInSecondsAndAsADate() {
        Instant now = Instant.parse("2015-10-21T07:26:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), HostGate.parseRetryAfter(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(120)),
                HostGate.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), HostGate.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now));
        assertEquals(Optional.empty(), HostGate.parseRetryAfter("soon", now));
        assertEquals(Optional.empty(), HostGate.parseRetryAfter(null, now));
        assertEquals(Optional.empty(), HostGate.parseRetryAfter("-5", now));
    }

    @Test
    void noRequestDuringARetryAfter() {
        oneRequest();
        Instant until = gate.backOff(HOST, Duration.ofSeconds(120));
        assertEquals(T0.plusSeconds(120), until);
        assertEquals(until, gate.nextAllowed(HOST));
        for (int s = 0; s < 120; s += 10) {
            assertFalse(gate.tryAcquire(HOST), "at +" + s + " s");
            clock.advance(Duration.ofSeconds(10));
        }
        assertTrue(gate.tryAcquire(HOST));
        gate.release(HOST);
        gate.success(HOST);
        assertEquals(0, gate.failures(HOST));
    }

    @Test
    void retryAfterIsCappedAtADay() {
        assertEquals(T0.plus(HostGate.MAX_RETRY_AFTER), gate.backOff(HOST, Duration.ofDays(400)));
    }

    @Test
    void exponentialBackOffWithFullJitter() {
        Random expected = new Random(42);
        for (int failure = 1; failure <= 14; failure++) {
            long ceiling = Math.min(HostGate.BACKOFF_CAP.toMillis(), HostGate.BACKOFF_BASE.toMillis() << (failure - 1));
            long wait = expected.nextLong(ceiling + 1);
            Instant until = gate.backOff(HOST);
            assertEquals(clock.instant().plusMillis(wait), until, "failure " + failure);
            assertEquals(failure, gate.failures(HOST));
            assertFalse(until.isAfter(clock.instant().plus(HostGate.BACKOFF_CAP)));
            clock.advance(Duration.between(clock.instant(), until));
        }
        gate.success(HOST);
        assertEquals(0, gate.failures(HOST));
        assertTrue(gate.tryAcquire(HOST), "a success ends the back-off");
    }

    @Test
    void backOffDuringARequestHoldsTheNextOne() {
        assertTrue(gate.tryAcquire(HOST));
        Instant until = gate.backOff(HOST, Duration.ofMinutes(10));
        gate.release(HOST);
        clock.advance(Duration.ofMinutes(9));
        assertFalse(gate.tryAcquire(HOST));
        clock.advance(Duration.between(clock.instant(), until));
        assertTrue(gate.tryAcquire(HOST));
    }
}
