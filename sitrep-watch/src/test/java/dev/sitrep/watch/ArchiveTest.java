package dev.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.fetch.Exchange;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path dir;

    private static Exchange page(String url) {
        return new Exchange(URI.create(url), Instant.parse("2026-12-05T10:00:00Z"),
                Map.of("User-Agent", List.of("Sitrep/0.1 (+mailto:desk@example.org)")), 200,
                Map.of("Content-Type", List.of("text/html; charset=utf-8"), "ETag", List.of("\"v1\""),
                        "Transfer-Encoding", List.of("chunked")));
    }

    private static Archive.Position write(Archive archive, String url, String html) throws IOException {
        return archive.write(page(url), html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRecordReadsBackAsTheDocumentItsPositionNames() throws IOException {
        String html = "<html><head><title>Allies meet</title></head><body><p>\"We will stay,\" the minister said.</p>"
                + "</body></html>";
        Archive.Position at;
        try (Archive archive = new Archive(dir, 1 << 20, Duration.ofHours(1), InstantSource.system(), "Sitrep/0.1 (+mailto:desk@example.org)")) {
            at = write(archive, "https://news.example/2026/12/05/allies-meet", html);
        }
        List<SourceItem> items = new SourceReader().readAll(List.of(at.file().toString()));
        assertEquals(1, items.size(), items::toString);
        RawDocument doc = (RawDocument) items.get(0);
        assertEquals(at.source(), doc.source());
        assertEquals("https://news.example/2026/12/05/allies-meet", doc.url());
        assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), doc.content(), "the body, decoded, as archived");
        assertEquals("utf-8", doc.declaredCharset());
    }

    @Test
    void notModifiedIsARevisitAndNoDocument() throws IOException {
        Path file;
        try (Archive archive = new Archive(dir, 1 << 20, Duration.ofHours(1), InstantSource.system(), "Sitrep/0.1 (+mailto:desk@example.org)")) {
            Exchange e = new Exchange(URI.create("https://news.example/feed.xml"), Instant.parse("2026-12-05T10:00:00Z"),
                    Map.of(), 304, Map.of("ETag", List.of("\"v1\"")));
            file = archive.writeNotModified(e).file();
        }
        assertEquals(List.of(), new SourceReader().readAll(List.of(file.toString())));
    }

    @Test
    void filesRotateBySizeAndByAge() throws IOException {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
        try (Archive archive = new Archive(dir, 2_000, Duration.ofMinutes(30), now::get, "Sitrep/0.1 (+mailto:desk@example.org)")) {
            StringBuilder noise = new StringBuilder("<p>");
            for (int i = 0; i < 600; i++) {
                noise.append(Integer.toHexString(i * 0x9E3779B1)).append(' '); // does not compress away
            }
            String body = noise.append("</p>").toString();
            write(archive, "https://news.example/a", body);
            write(archive, "https://news.example/b", body); // the first file is over 2,000 bytes
            assertEquals(2, archive.files().size());
            write(archive, "https://news.example/c", "<p>short</p>");
            assertEquals(3, archive.files().size(), "still over the size");
            now.set(now.get().plus(Duration.ofMinutes(31)));
            archive.close();
        }
        try (Archive archive = new Archive(dir, 1 << 20, Duration.ofMinutes(30), now::get, "Sitrep/0.1 (+mailto:desk@example.org)")) {
            write(archive, "https://news.example/d", "<p>d</p>");
            write(archive, "https://news.example/e", "<p>e</p>");
            assertEquals(4, archive.files().size(), "a reopened archive starts a file of its own, then fills it");
            now.set(now.get().plus(Duration.ofMinutes(31)));
            write(archive, "https://news.example/f", "<p>f</p>");
            assertEquals(5, archive.files().size(), "rotated by age");
        }
        long docs = 0;
        for (Path f : new Archive(dir, 1, Duration.ZERO, now::get, "x").files()) {
            docs += new SourceReader().readAll(List.of(f.toString())).stream().filter(RawDocument.class::isInstance).count();
        }
        assertEquals(6, docs);
        assertTrue(Archive.names(new Archive(dir, 1, Duration.ZERO, now::get, "x").files()).get(0).startsWith("sitrep-"));
    }
}
