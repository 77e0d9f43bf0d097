package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.query.HitMarks;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process (SIGKILL: no shutdown hook, no close) after one committed batch and a flushed but
 * uncommitted one, then checks that the store opens with exactly the committed articles and stays usable.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLosesOnlyTheBatchInFlight() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only and the serial collector: the child lives for a second, start-up is all that matters.
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                CrashingIngest.class.getName(), dir.toString(), "5", "3")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("READY 3", out.readLine(), "the writer got to the point of the crash");
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }

        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            assertEquals(5, s.articleCount(), "exactly the committed batch");
            assertEquals(5, s.search(new SearchRequest("summit", null, null, null, null, 50), HitMarks.PLAIN).size());
            assertEquals(1, s.search(SearchRequest.of("\"number 4\""), HitMarks.PLAIN).size());
            assertEquals(0, s.search(SearchRequest.of("\"number 5\""), HitMarks.PLAIN).size());
        }
        // The lock died with the process: a new writer opens, skips what is there and stores the lost batch.
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertFalse(store.add(CrashingIngest.numbered(4)));
            for (int i = 5; i < 8; i++) {
                assertTrue(store.add(CrashingIngest.numbered(i)));
            }
        }
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            assertEquals(8, s.articleCount());
        }
    }
}
