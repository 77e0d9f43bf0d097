package dev.sitrep.ingest;

import static dev.sitrep.ingest.WarcFixtures.html;
import static dev.sitrep.ingest.WarcFixtures.request;
import static dev.sitrep.ingest.WarcFixtures.resource;
import static dev.sitrep.ingest.WarcFixtures.response;
import static dev.sitrep.ingest.WarcFixtures.warc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcReaderTest {
    @TempDir
    Path dir;

    private List<SourceItem> read(Path file) {
        return new SourceReader().readAll(List.of(file.toString()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void yieldsHtmlAndTextRecordsWithUrlDateAndCharset(boolean gzip) throws IOException {
        byte[] latin = "<html><body><p>Caf\u00e9 talks resume in Brussels</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve(gzip ? "news.warc.gz" : "news.warc");
        Files.write(file, warc(gzip,
                request("https://news.example/a"),
                response("https://news.example/a", "text/html; charset=utf-8", html("Summit", "Leaders met.")),
                response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                response("https://news.example/b", "text/html; charset=iso-8859-1", latin),
                resource("https://news.example/c.txt", "text/plain", "Ministers said talks would go on."),
                response("https://news.example/style.css", "text/css", "p{}".getBytes(StandardCharsets.UTF_8))));
        List<SourceItem> items = read(file);
        assertEquals(3, items.size(), items::toString);
        RawDocument a = assertInstanceOf(RawDocument.class, items.get(0));
        assertEquals("https://news.example/a", a.url());
        assertEquals(WarcFixtures.DATE, a.fetched());
        assertEquals(MediaKind.HTML, a.kind());
        assertEquals("utf-8", a.declaredCharset());
        assertTrue(new String(a.content(), StandardCharsets.UTF_8).contains("Leaders met."));
        assertTrue(a.source().startsWith(file + "#"), a.source());
        RawDocument b = assertInstanceOf(RawDocument.class, items.get(1));
        assertEquals("iso-8859-1", b.declaredCharset());
        assertEquals(Arrays.toString(latin), Arrays.toString(b.content()));
        RawDocument c = assertInstanceOf(RawDocument.class, items.get(2));
        assertEquals(MediaKind.TEXT, c.kind());
        assertEquals("https://news.example/c.txt", c.url());
    }

    @Test
    void skipsRedirectsAndErrors() throws IOException {
        Path file = dir.resolve("status.warc");
        Files.write(file, warc(false,
                response("https://news.example/old", 301, "text/html", html("Moved", "Moved.")),
                response("https://news.example/gone", 404, "text/html", html("Not found", "No such page."))));
        assertEquals(List.of(), read(file));
    }

    @Test
    void corruptRecordMidFileYieldsTheRecordsBeforeItThenOneFailureWithItsOffset() throws IOException {
        byte[] bytes = warc(false,
                response("https://news.example/1", "text/html", html("One", "First story.")),
                response("https://news.example/2", "text/html", html("Two", "Second story.")),
                response("https://news.example/3", "text/html", html("Three", "Third story.")),
                response("https://news.example/4", "text/html", html("Four", "Fourth story.")));
        int third = WarcFixtures.indexOf(bytes, "WARC/1.", 2);
        byte[] garbage = "GARBAGE-NOT-A-WARC-HEADER".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(garbage, 0, bytes, third, garbage.length);
        Path file = dir.resolve("broken.warc");
        Files.write(file, bytes);
        List<SourceItem> items = read(file);
        assertEquals(3, items.size(), items::toString);
        assertEquals("https://news.example/1", ((RawDocument) items.get(0)).url());
        assertEquals("https://news.example/2", ((RawDocument) items.get(1)).url());
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(2));
        assertEquals(file.toString(), f.source());
        assertEquals(third, f.offset(), f.describe());
        assertTrue(f.describe().startsWith(file + ": offset " + third + ": "), f.describe());
    }

    @Test
    void truncatedWarcGzYieldsTheCompleteRecordsThenOneFailure() throws IOException {
        byte[] bytes = warc(true,
                response("https://news.example/1", "text/html", html("One", "First story.")),
                response("https://news.example/2", "text/html", html("Two", "Second story.")));
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));
        List<SourceItem> items = read(file);
        assertEquals(2, items.size(), items::toString);
        assertEquals("https://news.example/1", ((RawDocument) items.get(0)).url());
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(1));
        assertTrue(f.offset() > 0, f.describe());
    }
}
