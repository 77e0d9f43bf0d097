package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<SourceItem> read(String jsonl) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        JsonLinesReader.read("feed.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                (int) dev.sitrep.limits.Limits.DEFAULT_DOCUMENT_BYTES, items::add);
        return items;
    }

    @Test
    void readsEveryFieldOfTheContract() throws IOException {
        List<SourceItem> items = read("""
                {"url": "https://news.example/a", "title": "Summit ends", "published": "2025-03-04", "text": "Leaders left."}
                {"html": "<p>Markup story.</p>", "url": null}
                """);
        RawDocument a = (RawDocument) items.get(0);
        assertEquals("feed.jsonl:1", a.source());
        assertEquals("https://news.example/a", a.url());
        assertEquals("Summit ends", a.title());
        assertEquals("2025-03-04", a.published());
        assertEquals(MediaKind.TEXT, a.kind());
        assertEquals("UTF-8", a.declaredCharset());
        assertEquals("Leaders left.", new String(a.content(), StandardCharsets.UTF_8));
        RawDocument b = (RawDocument) items.get(1);
        assertEquals(MediaKind.HTML, b.kind());
        assertNull(b.url());
    }

    @Test
    void badLinesAreFailuresNamingTheirLineAndTheOthersAreRead() throws IOException {
        List<SourceItem> items = read("""
                {"text": "First."}
                {"text": "unterminated
                [1, 2, 3]
                {"title": "no body"}

                {"text": "Last."}
                """);
        assertEquals(5, items.size(), items::toString);
        assertEquals("feed.jsonl:1", items.get(0).source());
        ReadFailure bad = assertInstanceOf(ReadFailure.class, items.get(1));
        assertEquals(2, bad.offset());
        assertTrue(bad.describe().startsWith("feed.jsonl: line 2: invalid JSON"), bad.describe());
        assertEquals("feed.jsonl: line 3: expected a JSON object", ((ReadFailure) items.get(2)).describe());
        assertEquals(4, ((ReadFailure) items.get(3)).offset());
        assertEquals("feed.jsonl:6", items.get(4).source());
    }

    @Test
    void aPrettyPrintedJsonDocumentIsReadWholeNotLineByLine() throws IOException {
        List<SourceItem> array = read("""
                [
                  {"title": "One", "text": "First."},
                  {"title": "Two", "html": "<p>Second.</p>"},
                  {"title": "No body"}
                ]
                """);
        assertEquals(List.of("feed.jsonl:1", "feed.jsonl:2", "feed.jsonl"), array.stream().map(SourceItem::source).toList());
        assertEquals("feed.jsonl: item 3: object has neither \"text\" nor \"html\"", ((ReadFailure) array.get(2)).describe());
        List<SourceItem> metadata = read("""
                {
                  "title": "Gold metadata, not an article",
                  "score": NaN
                }
                """);
        assertEquals(1, metadata.size());
        assertInstanceOf(ReadFailure.class, metadata.get(0));
    }

    private static List<SourceItem> read(byte[] bytes, int maxBytes) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        JsonLinesReader.read("feed.jsonl", new ByteArrayInputStream(bytes), maxBytes, items::add);
        return items;
    }

    @Test
    void aLineOverTheLimitIsSkippedToItsEndAndTheNextLinesAreRead() throws IOException {
        String huge = "{\"text\": \"" + "word ".repeat(400) + "\"}";
        byte[] feed = ("{\"text\": \"Before.\"}\n" + huge + "\n{\"text\": \"After.\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        List<SourceItem> items = read(feed, 1024);
        assertEquals(List.of("feed.jsonl:1", "feed.jsonl", "feed.jsonl:3"), items.stream().map(SourceItem::source).toList());
        assertEquals("feed.jsonl: line 2: line 2 longer than 1 KiB, skipped", ((ReadFailure) items.get(1)).describe());
    }

    @Test
    void boundedLinesNeverHoldMoreThanTheLimit() throws IOException {
        byte[] bytes = ("short\r\n" + "x".repeat(200_000) + "\nlast").getBytes(StandardCharsets.US_ASCII);
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream(bytes), 100);
        assertEquals("short", new String(lines.next(), StandardCharsets.US_ASCII));
        assertEquals(0, lines.next().length);
        assertTrue(lines.tooLong());
        assertEquals(200_000, lines.lineBytes());
        assertEquals("last", new String(lines.next(), StandardCharsets.US_ASCII));
        assertEquals(3, lines.lineNumber());
        assertNull(lines.next());
    }

    @Test
    void aCutFirstLineCostsThatLineOnlyAndDeepNestingIsAFailure() throws IOException {
        String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        List<SourceItem> items = read("""
                {"text": "cut in the mid
                {"text": "Second."}
                %s
                [1, 2]
                {"text": "Last."}
                """.formatted(deep));
        assertEquals(5, items.size(), items::toString);
        assertEquals(1, ((ReadFailure) items.get(0)).offset());
        assertEquals("feed.jsonl:2", items.get(1).source());
        assertTrue(((ReadFailure) items.get(2)).describe().startsWith("feed.jsonl: line 3: invalid JSON"),
                items.get(2)::toString);
        assertEquals("feed.jsonl: line 4: expected a JSON object", ((ReadFailure) items.get(3)).describe());
        assertEquals("feed.jsonl:5", items.get(4).source());
    }

    @Test
    void aPrettyDocumentOverTheLimitIsOneFailure() throws IOException {
        String doc = "[\n" + "  {\"text\": \"Some words.\"},\n".repeat(100) + "  {\"text\": \"End.\"}\n]\n";
        List<SourceItem> items = read(doc.getBytes(StandardCharsets.UTF_8), 1024);
        assertEquals(1, items.size(), items::toString);
        assertEquals("feed.jsonl: JSON document larger than 1 KiB", ((ReadFailure) items.get(0)).describe());
    }
}
