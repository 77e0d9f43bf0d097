package dev.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sitrep.limits.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads JSON Lines line by line: one object per line with any of {@code text}, {@code html}, {@code url},
 * {@code title}, {@code published}. A bad line becomes a {@link ReadFailure} naming its line; the others are
 * still read. Lines are read with {@link BoundedLines}: a line over the byte limit is skipped to its end
 * without being held, reported as "line N longer than 16 MiB, skipped", and the lines after it are read.
 *
 * <p>A stream whose first object spans several lines is one pretty-printed JSON document instead: an object
 * is one article, an array one article per element. Its lines are gathered up to the byte limit; when they
 * do not parse as one document (a feed whose first line is cut), or the limit is reached, they are read as
 * JSON Lines after all, so that a broken first line costs that line only.
 */
final class JsonLinesReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private JsonLinesReader() {
    }

    static void read(String source, InputStream in, int maxBytes, Consumer<? super SourceItem> sink)
            throws IOException {
        BoundedLines lines = new BoundedLines(in, maxBytes);
        boolean first = true;
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            long lineNo = lines.lineNumber();
            if (lines.tooLong()) {
                sink.accept(tooLong(source, lineNo, maxBytes));
                first = false;
                continue;
            }
            String line = text(bytes, lineNo);
            if (line.isBlank()) {
                continue;
            }
            if (first && opensDocument(line)) {
                readDocument(source, line, lines, maxBytes, sink);
                return;
            }
            first = false;
            readLine(source, lineNo, line, sink);
        }
    }

    private static ReadFailure tooLong(String source, long lineNo, int maxBytes) {
        return ReadFailure.atLine(source, lineNo, "line " + lineNo + " longer than " + Limits.bytes(maxBytes)
                + ", skipped");
    }

    private static String text(byte[] bytes, long lineNo) {
        String line = new String(bytes, StandardCharsets.UTF_8);
        return lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Whether a first line is the start of a JSON value that goes on below it. */
    private static boolean opensDocument(String line) {
        try {
            MAPPER.readTree(line);
            return false;
        } catch (JsonEOFException e) {
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void readLine(String source, long lineNo, String line, Consumer<? super SourceItem> sink) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            sink.accept(ReadFailure.atLine(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        article(source, source + ":" + lineNo, node, sink, why -> ReadFailure.atLine(source, lineNo, why));
    }

    /**
     * The stream may be one pretty-printed JSON document: its first line, then the rest, up to the limit. If it
     * is not one and some of its lines are objects on their own, it is JSON Lines after all (its first line
     * was cut); otherwise it is one failure, not one per line.
     */
    private static void readDocument(String source, String firstLine, BoundedLines lines, int maxBytes,
                                     Consumer<? super SourceItem> sink) throws IOException {
        List<String> gathered = new ArrayList<>();
        gathered.add(firstLine);
        long size = firstLine.length();
        byte[] overflow = null;
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            if (lines.tooLong() || size + bytes.length + 1 > maxBytes) {
                overflow = bytes;
                break;
            }
            gathered.add(text(bytes, lines.lineNumber()));
            size += bytes.length + 1;
        }
        JsonProcessingException error = null;
        if (overflow == null) {
            try {
                emitDocument(source, MAPPER.readTree(String.join("\n", gathered)), sink);
                return;
            } catch (JsonProcessingException e) {
                error = e;
            }
        }
        if (!someLineIsAnObject(gathered)) {
            if (error == null) {
                sink.accept(ReadFailure.of(source, "JSON document larger than " + Limits.bytes(maxBytes)));
            } else {
                long line = error.getLocation() == null ? -1 : error.getLocation().getLineNr();
                sink.accept(ReadFailure.atLine(source, line, "invalid JSON: " + error.getOriginalMessage()));
            }
            return;
        }
        asLines(source, gathered, sink);
        for (byte[] bytes = overflow; bytes != null; bytes = lines.next()) {
            long lineNo = lines.lineNumber();
            if (lines.tooLong()) {
                sink.accept(tooLong(source, lineNo, maxBytes));
            } else if (!text(bytes, lineNo).isBlank()) {
                readLine(source, lineNo, text(bytes, lineNo), sink);
            }
        }
    }

    private static void emitDocument(String source, JsonNode doc, Consumer<? super SourceItem> sink) {
        if (doc.isArray()) {
            for (int i = 0; i < doc.size(); i++) {
                int item = i + 1;
                article(source, source + ":" + item, doc.get(i), sink,
                        why -> ReadFailure.of(source, "item " + item + ": " + why));
            }
        } else {
            article(source, source, doc, sink, why -> ReadFailure.of(source, "a JSON document, not JSON Lines: " + why));
        }
    }

    private static boolean someLineIsAnObject(List<String> gathered) {
        for (int i = 1; i < gathered.size(); i++) {
            String line = gathered.get(i).strip();
            if (line.startsWith("{") && line.endsWith("}")) {
                try {
                    if (MAPPER.readTree(line).isObject()) {
                        return true;
                    }
                } catch (JsonProcessingException e) {
                    // not an object on its own line: look further
                }
            }
        }
        return false;
    }

    /** Lines gathered from line 1 on, read one by one. */
    private static void asLines(String source, List<String> gathered, Consumer<? super SourceItem> sink) {
        for (int i = 0; i < gathered.size(); i++) {
            if (!gathered.get(i).isBlank()) {
                readLine(source, i + 1, gathered.get(i), sink);
            }
        }
    }

    private static void article(String source, String name, JsonNode node, Consumer<? super SourceItem> sink,
                                Function<String, ReadFailure> failure) {
        if (node == null || !node.isObject()) {
            sink.accept(failure.apply("expected a JSON object"));
            return;
        }
        String html = str(node, "html");
        String text = str(node, "text");
        if (html == null && text == null) {
            sink.accept(failure.apply("object has neither \"text\" nor \"html\""));
            return;
        }
        boolean isHtml = html != null && !html.isBlank() || text == null;
        byte[] content = (isHtml ? html : text).getBytes(StandardCharsets.UTF_8);
        sink.accept(new RawDocument(name, content, isHtml ? MediaKind.HTML : MediaKind.TEXT,
                "UTF-8", str(node, "url"), null, str(node, "title"), str(node, "published")));
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
