package dev.sitrep.stores;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoadTest {
    @TempDir
    Path tmp;

    /** A store in memory: what a writer is asked to do, checked against the contract (idempotent by id). */
    static final class MemoryWriter implements StoreWriter {
        final Map<String, Article> stored = new LinkedHashMap<>();
        int commits;

        @Override
        public boolean add(Article a) {
            return stored.putIfAbsent(a.id(), a) == null;
        }

        @Override
        public void commit() {
            commits++;
        }

        @Override
        public int uncommitted() {
            return 0;
        }

        @Override
        public void close() {
        }

        @Override
        public String location() {
            return "memory";
        }
    }

    private static String line(String id) {
        return ArticleJson.toLine(Article.builder().id(id).title("Title " + id).text("Text of " + id + ".")
                .published(LocalDate.of(2025, 2, 1)).build());
    }

    @Test
    void gzipPartsOfAFolderInNameOrderBadLinesNamedAndSkipped() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("articles"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out.resolve("part-00000.jsonl.gz")))) {
            gz.write((line("a1") + "\n" + line("a2") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(out.resolve("part-00001.jsonl"), line("a3") + "\n{not json\n\n" + line("a1") + "\n");
        Files.writeString(out.resolve("_SUCCESS"), "");
        MemoryWriter w = new MemoryWriter();
        List<String> failures = new ArrayList<>();
        ArticleLoad.Summary s = ArticleLoad.load(List.of(out, tmp.resolve("missing")), w, failures::add);
        assertEquals(List.of("a1", "a2", "a3"), List.copyOf(w.stored.keySet()));
        assertEquals(new ArticleLoad.Summary(4, 3, 1, 2), s);
        assertTrue(failures.get(0).endsWith("missing: no such file or folder"), failures.toString());
        assertTrue(failures.get(1).contains("part-00001.jsonl:2: not an article"), failures.toString());
        assertEquals(1, w.commits);
    }

    @Test
    void aTruncatedGzipKeepsItsWholeLines() throws IOException {
        Path file = tmp.resolve("cut.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 200; i++) {
                gz.write((line("b" + i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 40));
        MemoryWriter w = new MemoryWriter();
        List<String> failures = new ArrayList<>();
        ArticleLoad.Summary s = ArticleLoad.load(List.of(file), w, failures::add);
        assertEquals(1, s.failed());
        assertTrue(failures.get(0).contains("cut short"), failures.toString());
        assertTrue(s.stored() > 100, "the lines before the cut are stored: " + s);
    }
}
