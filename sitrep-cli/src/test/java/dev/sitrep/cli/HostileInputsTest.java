package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.eval.hostile.HostileEval;
import dev.sitrep.eval.hostile.HostileInput;
import dev.sitrep.eval.hostile.HostileInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code sitrep eval hostile} on a fast subset of the reader-level inputs (one of each family: gzip,
 * WARC, binary, UTF-16, JSON Lines, file-system oddities) and on every pipeline-level input, each through the
 * real CLI in its own 1 GiB JVM. The whole table is {@code ./sitrep eval hostile}; it takes minutes.
 */
class HostileInputsTest {
    private static final List<String> READER_SUBSET = List.of("truncated-gzip", "gzip-bomb-1gib",
            "warc-corrupt-gz-member", "warc-10tb-content-length", "png-as-html", "utf16le-no-bom", "jsonl-bad-lines",
            "fifo", "symlink-loop", "name-with-newline");

    @TempDir
    Path dir;

    private void assertAllPass(List<HostileInput> kinds) throws Exception {
        StringWriter table = new StringWriter();
        List<HostileEval.Row> rows = HostileEval.run(kinds, dir, Duration.ofSeconds(60), new PrintWriter(table));
        assertEquals(kinds.size(), rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.verdict().equals("FAIL")), table::toString);
    }

    @Test
    void readerLevelInputsAreRefusedOrReadAndTheBatchGoesOn() throws Exception {
        assertAllPass(HostileInputs.all().stream().filter(k -> READER_SUBSET.contains(k.name())).toList());
    }

    @Test
    void pipelineLevelInputsAreAnalysedInBoundedTimeAndMemory() throws Exception {
        assertAllPass(HostileInputs.all().stream().filter(k -> k.level().equals("pipeline")).toList());
    }
}
