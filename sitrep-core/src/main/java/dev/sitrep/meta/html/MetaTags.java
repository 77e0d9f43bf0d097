package dev.sitrep.meta.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The {@code <meta>} tags of a page as one lookup: keys are the lower-cased {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv} of each tag ("og:title", "article:published_time", "author",
 * "parsely-pub-date"), values their non-blank {@code content}, the first tag of each key winning; the
 * later values of a repeated key (one {@code author} tag per writer) are kept for {@link #all}.
 */
public final class MetaTags {
    private static final Evaluator META = QueryParser.parse("meta[content]");
    private static final String[] KEY_ATTRS = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Collects the meta tags of {@code doc} in one pass. */
    public static MetaTags of(Document doc) {
        Map<String, List<String>> values = new HashMap<>();
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
                        List<String> vs = values.computeIfAbsent(k, x -> new ArrayList<>(1));
                        if (!vs.contains(content)) {
                            vs.add(content);
                        }
                    }
                }
            }
        }
        return new MetaTags(values);
    }

    /** The content of the first of {@code keys} that the page has, or null. */
    public String first(List<String> keys) {
        for (String k : keys) {
            String v = get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The content of {@code key}, or null. */
    public String get(String key) {
        List<String> vs = values.get(key);
        return vs == null ? null : vs.getFirst();
    }

    /** Every distinct content of {@code key}, in page order; empty when the page has none. */
    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /**
     * The {@code twitter:dataN} whose {@code twitter:labelN} passes {@code label}: blog engines state the
     * writer as the pair "Written by" / "Jane Doe". Null when no label passes.
     */
    public String labelled(Predicate<String> label) {
        for (int i = 1; i <= 4; i++) {
            String l = get("twitter:label" + i);
            if (l != null && label.test(l)) {
                return get("twitter:data" + i);
            }
        }
        return null;
    }
}
