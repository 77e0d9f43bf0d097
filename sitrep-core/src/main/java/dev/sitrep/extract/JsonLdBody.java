package dev.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} a page declares in its JSON-LD (schema.org {@code NewsArticle}, {@code BlogPosting}
 * ...), when it has one: the longest found in any {@code application/ld+json} script, nested graphs
 * included. Scripts that do not parse are ignored.
 */
final class JsonLdBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdBody() {
    }

    static Optional<String> find(Document doc) {
        String best = null;
        for (Element script : doc.select("script[type*=ld+json]")) {
            String data = script.data();
            if (!data.contains("articleBody")) {
                continue;
            }
            try {
                String found = longest(JSON.readTree(data));
                if (found != null && (best == null || found.length() > best.length())) {
                    best = found;
                }
            } catch (Exception malformed) {
                // invalid JSON-LD is common (trailing commas, raw newlines): the page's markup still counts
            }
        }
        return Optional.ofNullable(best).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String longest(JsonNode node) {
        if (node == null) {
            return null;
        }
        String best = null;
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual()) {
                best = body.asText();
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                String found = longest(child);
                if (found != null && (best == null || found.length() > best.length())) {
                    best = found;
                }
            }
        }
        return best;
    }
}
