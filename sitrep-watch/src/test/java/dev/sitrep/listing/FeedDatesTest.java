package dev.sitrep.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    private static void is(String expected, String text) {
        assertEquals(Optional.of(Instant.parse(expected)), FeedDates.parse(text), text);
    }

    @Test
    void rfc822() {
        is("2025-02-12T08:30:00Z", "Wed, 12 Feb 2025 08:30:00 GMT");
        is("2025-02-12T08:30:00Z", "12 Feb 2025 08:30:00 GMT");
        is("2025-02-12T13:30:00Z", "Wed, 12 Feb 2025 08:30 EST");
        is("2025-02-12T07:30:00Z", "Wed, 12 Feb 2025 08:30:00 +0100");
        is("2025-02-03T07:30:00Z", "Mon, 3 Feb 2025 08:30:00 +01:00");
        is("2025-02-12T08:30:00Z", "Wed, 12 Feb 25 08:30:00 UT");
        is("2025-02-12T08:30:00Z", "Wednesday, 12 February 2025 08:30:00 Z");
        is("2025-02-12T08:30:00Z", "Wed, 12 Feb 2025 08:30:00");
        is("2025-02-12T07:30:00Z", "Wed, 12 Feb 2025 08:30:00 +0100 (CET)");
    }

    @Test
    void iso8601() {
        is("2025-02-12T08:30:00Z", "2025-02-12T08:30:00Z");
        is("2025-02-12T07:30:00Z", "2025-02-12T08:30:00+01:00");
        is("2025-02-12T07:30:00Z", "2025-02-12T08:30:00+0100");
        is("2025-02-12T08:30:00Z", "2025-02-12T08:30:00");
        is("2025-02-12T08:30:00.123Z", "2025-02-12T08:30:00.123Z");
        is("2025-02-12T08:30:00Z", "2025-02-12 08:30");
        is("2025-02-12T00:00:00Z", "2025-02-12");
    }

    @Test
    void notDates() {
        for (String s : new String[] {null, "", "yesterday", "Wed, 32 Feb 2025 08:30:00 GMT", "2025-13-01",
            "12 Foo 2025 08:30:00 GMT", "Wed, 12 Feb 2025 08:30:00 XYZ", "x".repeat(500)}) {
            assertTrue(FeedDates.parse(s).isEmpty(), String.valueOf(s));
        }
    }
}
