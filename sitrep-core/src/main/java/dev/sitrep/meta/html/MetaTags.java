package dev.sitrep.meta.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The {@code <meta>} tags of a page as one lookup: keys are the lower-cased {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv} of each tag ("og:title", "article:published_time", "author",
 * "parsely-pub-date"), values their non-blank {@code content}, the first tag of each key winning.
 */
public final class MetaTags {
    private static final Evaluator META = QueryParser.parse("meta[content]");
    private static final String[] KEY_ATTRS = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    /** Collects the meta tags of {@code doc} in one pass. */
    public static MetaTags of(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : doc.select(META)) {
            String content = Markup.unescape(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : KEY_ATTRS) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // property="og:title article:title" style lists name several keys at once
                    for (String k : key.split("\\s+")) {
                        values.putIfAbsent(k, content);
                    }
                }
            }
        }
        return new MetaTags(values);
    }

    /** The content of the first of {@code keys} that the page has, or null. */
    public String first(List<String> keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The content of {@code key}, or null. */
    public String get(String key) {
        return values.get(key);
    }
}
