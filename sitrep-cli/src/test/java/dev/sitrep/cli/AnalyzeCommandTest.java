package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code sitrep analyze} end to end on synthetic inputs of every kind, good and bad. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTRACT = List.of("id", "source", "url", "title", "publisher", "author",
            "published", "publishedInferred", "language", "section", "text", "flags", "entities", "quotes", "events", "duplicateOf",
            "story");
    private static final String STORY = "Defence ministers met in Brussels on Tuesday to discuss air defence for Ukraine. "
            + "The talks lasted six hours and ended without a joint statement.\n\n"
            + "A spokesman said further meetings would follow in March.";

    @TempDir
    Path dir;

    record Run(int code, List<JsonNode> articles, List<String> errors) {
    }

    private static Run analyze(String... inputs) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("analyze", "--text-only"));
        args.addAll(List.of(inputs));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        List<JsonNode> articles = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            articles.add(JSON.readTree(line));
        }
        return new Run(code, articles, err.toString().lines().toList());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] page(String title, String body) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav>Home | World</nav>"
                + "<article><h1>" + title + "</h1><p>" + body.replace("\n\n", "</p><p>") + "</p></article>"
                + "<footer>Copyright Example News</footer></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] warc(boolean gzip, String... uris) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (String uri : uris) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page("Report from " + uri, STORY)).build();
                w.write(new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2025-03-04T08:00:00Z"))
                        .body(http).build());
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyKindOfInputBecomesOneJsonObjectPerArticle() throws IOException {
        Path text = write("in/story.txt", "Summit ends without deal\n\n" + STORY);
        Path html = write("in/page.html", page("Ministers meet in Brussels", STORY));
        Path jsonl = write("feed.jsonl", """
                {"url": "https://news.example/a", "title": "Air defence talks", "published": "2025-03-01", "text": "%s"}
                {"html": "<html><body><article><p>%s</p></article></body></html>"}
                """.formatted(STORY.replace("\n", "\\n"), STORY.replace("\n\n", " ")));
        Path warc = write("crawl.warc.gz", warc(true, "https://news.example/w1"));
        Path mojibake = write("mojibake.txt", "Spokesman: β€œTalks will go on,β€\u009d he said. " + STORY);
        Run run = analyze(dir.resolve("in").toString(), jsonl.toString(), warc.toString(), mojibake.toString());
        assertEquals(List.of(), run.errors());
        assertEquals(0, run.code());
        assertEquals(6, run.articles().size(), run.articles()::toString);
        for (JsonNode a : run.articles()) {
            List<String> fields = new ArrayList<>();
            a.fieldNames().forEachRemaining(fields::add);
            assertEquals(CONTRACT, fields);
            assertTrue(a.get("text").asText().contains("air defence"), a::toString);
        }
        List<String> sources = run.articles().stream().map(a -> a.get("source").asText()).toList();
        assertEquals(html.toString(), sources.get(0));
        assertEquals(text.toString(), sources.get(1));
        assertEquals(jsonl + ":1", sources.get(2));
        assertEquals(jsonl + ":2", sources.get(3));
        assertTrue(sources.get(4).startsWith(warc + "#"), sources.get(4));
        JsonNode fromJsonl = run.articles().get(2);
        assertEquals("https://news.example/a", fromJsonl.get("url").asText());
        assertEquals("2025-03-01", fromJsonl.get("published").asText());
        JsonNode fromWarc = run.articles().get(4);
        assertEquals("https://news.example/w1", fromWarc.get("url").asText());
        assertEquals("2025-03-04", fromWarc.get("published").asText());
        JsonNode repaired = run.articles().get(5);
        assertTrue(repaired.get("text").asText().contains("“Talks will go on,” he said."), repaired::toString);
        assertTrue(repaired.get("flags").toString().contains("mojibake-repaired"), repaired::toString);
    }

    @Test
    void badInputsAreNamedOneLineEachAndTheRestIsProcessed() throws IOException {
        Path good = write("good.txt", STORY);
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16,
                'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1});
        byte[] gz = gzip((STORY + " ").repeat(20).getBytes(StandardCharsets.UTF_8));
        Path truncated = write("cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        byte[] warc = warc(false, "https://news.example/1", "https://news.example/2", "https://news.example/3");
        int third = new String(warc, StandardCharsets.ISO_8859_1).indexOf("WARC/1.",
                new String(warc, StandardCharsets.ISO_8859_1).indexOf("WARC/1.", 1) + 1);
        System.arraycopy("NOT-A-WARC".getBytes(StandardCharsets.ISO_8859_1), 0, warc, third, 10);
        Path corrupt = write("broken.warc", warc);
        Path jsonl = write("feed.jsonl", "{\"text\": \"" + STORY.replace("\n", " ") + "\"}\n{not json}\n");
        Path missing = dir.resolve("missing.html");
        Run run = analyze(good.toString(), empty.toString(), binary.toString(), truncated.toString(),
                corrupt.toString(), jsonl.toString(), missing.toString());
        assertEquals(1, run.code());
        assertEquals(4, run.articles().size(), run.articles()::toString); // good.txt, two WARC records, one line
        assertEquals(6, run.errors().size(), run.errors()::toString);
        assertEquals("sitrep: " + empty + ": offset 0: empty document", run.errors().get(0));
        assertTrue(run.errors().get(1).startsWith("sitrep: " + binary + ": offset "), run.errors().get(1));
        assertTrue(run.errors().get(2).matches("sitrep: \\Q" + truncated + "\\E: offset \\d+: truncated gzip.*"),
                run.errors().get(2));
        assertEquals("sitrep: " + corrupt + ": offset " + third + ": not a WARC record header (expected WARC/1.x)",
                run.errors().get(3));
        assertTrue(run.errors().get(4).startsWith("sitrep: " + jsonl + ": line 2: invalid JSON"), run.errors().get(4));
        assertEquals("sitrep: " + missing + ": no such file or directory", run.errors().get(5));
    }

    @Test
    void badUsageExitsWithTwo() throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "analyze"));
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "analyze", "--no-such", "x"));
        assertTrue(err.toString().contains("Missing required parameter"), err::toString);
    }
}
