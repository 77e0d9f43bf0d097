package dev.sitrep.meta.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Article facts from the page's JSON-LD ({@code <script type="application/ld+json">}): the most trusted
 * node among those whose {@code @type} is in {@code jsonld-article-types.txt} (searched through
 * {@code @graph}, arrays and nesting), its headline, dates, authors, publisher, URL and language.
 *
 * <p>Scripts that are not valid JSON even for a lenient parser (comments, trailing commas, raw newlines are
 * accepted) are skipped. Every field of the result may be null; {@code authors} is never null.
 */
public final class JsonLd {
    private static final Evaluator SCRIPTS = QueryParser.parse("script[type~=(?i)ld\\+json]");
    private static final List<String> TYPES = ResourceLines.load("jsonld-article-types.txt");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();

    /** What the JSON-LD said about the article. */
    public record Facts(String headline, List<String> authors, String publisher, String published,
                        String otherPublished, String modified, String url, String language, String siteName) {
    }

    private JsonLd() {
    }

    /**
     * The facts of the best article node on the page. {@code published} comes from an article node only;
     * {@code otherPublished} is the date of a video or web page node, less telling of the article.
     */
    public static Facts read(Document doc) {
        List<JsonNode> typed = new ArrayList<>();
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        String siteName = null;
        for (Element script : doc.select(SCRIPTS)) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            List<JsonNode> all = new ArrayList<>();
            walk(root, all, 0);
            for (JsonNode n : all) {
                String id = text(n.get("@id"));
                if (id != null && n.has("name")) {
                    byId.putIfAbsent(id, n);
                }
                if (siteName == null && (hasType(n, "WebSite") || hasType(n, "NewsMediaOrganization"))) {
                    siteName = text(n.get("name"));
                }
                if (rank(n) < TYPES.size()) {
                    typed.add(n);
                }
            }
        }
        if (typed.isEmpty()) {
            return new Facts(null, List.of(), null, null, null, null, null, null, siteName);
        }
        typed.sort(java.util.Comparator.comparingInt(JsonLd::rank));
        JsonNode best = typed.getFirst();
        // dates of the article itself first; a video or page node's dates only when no article has one
        int articleTypes = TYPES.indexOf("VideoObject");
        List<JsonNode> articles = typed.stream().filter(n -> rank(n) < articleTypes).toList();
        String published = firstText(articles, "datePublished", "dateCreated");
        String otherPublished = firstText(typed, "datePublished", "dateCreated", "uploadDate");
        String headline = text(best.get("headline"));
        if (headline == null && rank(best) < TYPES.indexOf("WebPage")) {
            headline = text(best.get("name"));
        }
        return new Facts(headline, names(best.get("author"), byId), name(best.get("publisher")), published, otherPublished,
                text(best.get("dateModified")), url(best), text(best.get("inLanguage")), siteName);
    }

    private static void walk(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> walk(c, out, depth + 1));
        } else if (n.isObject()) {
            if (n.has("@type")) {
                out.add(n);
            }
            walk(n.get("@graph"), out, depth + 1);
            walk(n.get("mainEntity"), out, depth + 1);
            walk(n.get("mainEntityOfPage"), out, depth + 1);
        }
    }

    private static int rank(JsonNode n) {
        JsonNode t = n.get("@type");
        int best = TYPES.size();
        if (t != null && t.isArray()) {
            for (JsonNode x : t) {
                best = Math.min(best, rankOf(x.asText()));
            }
        } else if (t != null) {
            best = rankOf(t.asText());
        }
        return best;
    }

    private static int rankOf(String type) {
        int i = TYPES.indexOf(type.replace("http://schema.org/", "").replace("https://schema.org/", ""));
        return i < 0 ? TYPES.size() : i;
    }

    private static boolean hasType(JsonNode n, String type) {
        JsonNode t = n.get("@type");
        if (t != null && t.isArray()) {
            for (JsonNode x : t) {
                if (type.equals(x.asText())) {
                    return true;
                }
            }
            return false;
        }
        return t != null && type.equals(t.asText());
    }

    private static String firstText(List<JsonNode> nodes, String... fields) {
        for (String f : fields) {
            for (JsonNode n : nodes) {
                String v = text(n.get(f));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String url(JsonNode n) {
        JsonNode page = n.get("mainEntityOfPage");
        if (page != null && page.isObject()) {
            String id = text(page.get("@id"));
            if (id != null) {
                return id;
            }
        }
        String v = text(page);
        return v != null && v.startsWith("http") ? v : text(n.get("url"));
    }

    /**
     * Names of people or organisations: a string, an object with "name", an object that only points by
     * {@code @id} to a named node elsewhere on the page (the {@code @graph} style of WordPress SEO plugins),
     * or an array of these.
     */
    private static List<String> names(JsonNode n, java.util.Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (JsonNode c : n.isArray() ? n : List.of(n)) {
            JsonNode target = c;
            if (c.isObject() && !c.has("name") && c.has("@id")) {
                target = byId.get(text(c.get("@id")));
            }
            String s = name(target);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (!n.isValueNode()) {
            return null;
        }
        String s = Markup.unescape(n.asText());
        return s.isEmpty() ? null : s;
    }
}
