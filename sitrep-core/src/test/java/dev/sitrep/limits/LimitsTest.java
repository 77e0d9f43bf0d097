package dev.sitrep.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits as the command lines of `analyze`, `ingest` and the Spark job set them. */
class LimitsTest {

    @Test
    void optionsBecomeLimitsAndTheOthersKeepTheirDefaults() {
        Limits l = Limits.ofOptions(4, 50_000, 10);
        assertEquals(4L << 20, l.maxDocumentBytes());
        assertEquals(50_000, l.maxAnalysedChars());
        assertEquals(Duration.ofSeconds(10), l.timeBudget());
        assertEquals(Limits.DEFAULT_QUOTES, l.maxQuotes());
        assertEquals(Limits.DEFAULT_ENTITIES, l.maxEntities());
    }

    @Test
    void valuesOutsideTheOptionsRangeAreRefusedNamingTheOption() {
        assertEquals("--max-document-mb must be between 1 and 2047, not 4096",
                assertThrows(IllegalArgumentException.class, () -> Limits.ofOptions(4096, 50_000, 10)).getMessage());
        assertEquals("--max-chars must be at least 1000 and --time-budget at least 1 s",
                assertThrows(IllegalArgumentException.class, () -> Limits.ofOptions(16, 999, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Limits.ofOptions(16, 50_000, 0));
    }
}
