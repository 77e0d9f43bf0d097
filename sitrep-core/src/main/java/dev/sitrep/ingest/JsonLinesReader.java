package dev.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads JSON Lines line by line: one object per line with any of {@code text}, {@code html}, {@code url},
 * {@code title}, {@code published}. A bad line becomes a {@link ReadFailure} naming its line; the others are
 * still read. A stream whose first object spans several lines is one pretty-printed JSON document instead:
 * an object is one article, an array one article per element, and anything else one failure (not one per line).
 */
final class JsonLinesReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private JsonLinesReader() {
    }

    static void read(String source, InputStream in, int maxBytes, Consumer<? super SourceItem> sink)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        boolean first = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonEOFException e) {
                if (first) {
                    readDocument(source, line, lines, maxBytes, sink);
                    return;
                }
                sink.accept(ReadFailure.atLine(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
                continue;
            } catch (JsonProcessingException e) {
                sink.accept(ReadFailure.atLine(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
                first = false;
                continue;
            }
            first = false;
            int at = lineNo;
            article(source, source + ":" + at, node, sink, why -> ReadFailure.atLine(source, at, why));
        }
    }

    /** The stream is one pretty-printed JSON document: its first line, then the rest. */
    private static void readDocument(String source, String firstLine, BufferedReader rest, int maxBytes,
                                     Consumer<? super SourceItem> sink) throws IOException {
        StringBuilder all = new StringBuilder(firstLine).append('\n');
        char[] buf = new char[8192];
        for (int n = rest.read(buf); n >= 0; n = rest.read(buf)) {
            all.append(buf, 0, n);
            if (all.length() > maxBytes) {
                sink.accept(ReadFailure.of(source, "JSON document larger than "
                        + dev.sitrep.limits.Limits.bytes(maxBytes)));
                return;
            }
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(all.toString());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            sink.accept(ReadFailure.atLine(source, line, "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
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

    private static void article(String source, String name, JsonNode node, Consumer<? super SourceItem> sink,
                                java.util.function.Function<String, ReadFailure> failure) {
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
