package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of {@code sitrep eval watch}, pinned as a gate: the first ninety simulated minutes of the
 * scripted day (seventeen sites with every trap) at 120 times real speed. {@code --check} holds the floors the
 * full day is reported against: recall 0.995 on the sites that can be fetched, no duplicate, no politeness
 * violation, latency p95 under twice the poll interval.
 */
class WatchEvalGateTest {
    @TempDir
    Path tmp;

    @Test
    void theScriptedDayMeetsItsFloors() {
        CliRun run = CliRun.of("eval", "watch", "--hours", "1.5", "--speed", "120", "--text-only", "--check",
                "--dir", tmp.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        Matcher recall = Pattern.compile("recall (\\d\\.\\d+) on the").matcher(run.out());
        assertTrue(recall.find(), run.out());
        assertTrue(Double.parseDouble(recall.group(1)) >= 0.995, run.out());
        assertTrue(run.out().contains("duplicates stored 0"), run.out());
        assertTrue(run.out().contains("politeness violations 0 "), run.out());
    }
}
