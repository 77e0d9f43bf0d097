package dev.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads JSON Lines line by line: one object per line with any of {@code text}, {@code html}, {@code url},
 * {@code title}, {@code published}. A bad line becomes a {@link ReadFailure} naming its line; the others are
 * still read.
 */
final class JsonLinesReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesReader() {
    }

    static void read(String source, InputStream in, Consumer<? super SourceItem> sink) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                readLine(source, lineNo, line, sink);
            }
        }
    }

    private static void readLine(String source, int lineNo, String line, Consumer<? super SourceItem> sink) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            sink.accept(ReadFailure.atLine(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.accept(ReadFailure.atLine(source, lineNo, "expected a JSON object"));
            return;
        }
        String html = str(node, "html");
        String text = str(node, "text");
        if (html == null && text == null) {
            sink.accept(ReadFailure.atLine(source, lineNo, "object has neither \"text\" nor \"html\""));
            return;
        }
        boolean isHtml = html != null && !html.isBlank() || text == null;
        byte[] content = (isHtml ? html : text).getBytes(StandardCharsets.UTF_8);
        sink.accept(new RawDocument(source + ":" + lineNo, content, isHtml ? MediaKind.HTML : MediaKind.TEXT,
                "UTF-8", str(node, "url"), null, str(node, "title"), str(node, "published")));
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
