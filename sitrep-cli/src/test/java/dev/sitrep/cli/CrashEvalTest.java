package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of {@code sitrep eval crash}: real ingest processes killed with SIGKILL at random points
 * while they write; the store stays clean, loses and doubles nothing, and ends with the same articles, copies
 * and stories as an ingest that was never killed.
 */
class CrashEvalTest {
    @TempDir
    Path tmp;

    @Test
    void killedIngestsLoseNothingDoubleNothingAndEndWithTheSameStories() throws Exception {
        CrashEval eval = new CrashEval();
        eval.kills = 4;
        eval.articles = 300;
        eval.seed = 5;
        StringWriter log = new StringWriter();
        CrashEval.Outcome o = eval.run(tmp, new PrintWriter(log, true));
        assertTrue(o.ok(), o.describe() + "\n" + log);
        assertEquals(4, o.survived());
        assertTrue(o.articles() > 250, "the corpus was stored: " + o.articles());
        assertTrue(log.toString().lines().filter(l -> l.startsWith("crash: kill")).count() == 4, log.toString());
    }
}
