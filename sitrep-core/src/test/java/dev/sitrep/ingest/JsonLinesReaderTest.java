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
}
