package dev.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenUrlsTest {
    @TempDir
    Path dir;

    @Test
    void keysSurviveAReopenOnlyOnceSynced() throws IOException {
        Path file = dir.resolve("seen");
        try (SeenUrls seen = SeenUrls.open(file)) {
            for (int i = 0; i < 20_000; i++) {
                assertTrue(seen.add("news.example/2026/" + i));
            }
            assertFalse(seen.add("news.example/2026/7"));
            seen.sync();
            seen.add("news.example/unsynced"); // close syncs too
        }
        try (SeenUrls seen = SeenUrls.open(file)) {
            assertEquals(20_001, seen.size());
            assertTrue(seen.contains("news.example/2026/19999"));
            assertTrue(seen.contains("news.example/unsynced"));
            assertFalse(seen.contains("news.example/2026/20000"));
        }
    }

    @Test
    void aTornAppendIsCutOff() throws IOException {
        Path file = dir.resolve("seen");
        try (SeenUrls seen = SeenUrls.open(file)) {
            seen.add("a");
            seen.add("b");
        }
        Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        try (SeenUrls seen = SeenUrls.open(file)) {
            assertEquals(2, seen.size());
            seen.add("c");
        }
        assertEquals(24, Files.size(file));
    }
}
