package dev.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads JSON Lines: one object per line with any of {@code text}, {@code html}, {@code url}, {@code title}, {@code published}. */
final class JsonLinesReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesReader() {
    }

    static void read(String source, byte[] bytes, Consumer<? super SourceItem> sink) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int lineNo = 0;
        for (String line : all.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                sink.accept(ReadFailure.atLine(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.accept(ReadFailure.atLine(source, lineNo, "expected a JSON object"));
                continue;
            }
            String html = str(node, "html");
            String text = str(node, "text");
            if (html == null && text == null) {
                sink.accept(ReadFailure.atLine(source, lineNo, "object has neither \"text\" nor \"html\""));
                continue;
            }
            boolean isHtml = html != null;
            byte[] content = (isHtml ? html : text).getBytes(StandardCharsets.UTF_8);
            sink.accept(new RawDocument(source + ":" + lineNo, content, isHtml ? MediaKind.HTML : MediaKind.TEXT,
                    "UTF-8", str(node, "url"), null, str(node, "title"), str(node, "published")));
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
