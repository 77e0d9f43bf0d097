package dev.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text of an HTML page. May modify the document it is given.
 *
 * <p>First version: the text of {@code <article>} (or {@code <main>}, else {@code <body>}) block by block,
 * without scripts, navigation, headers, footers, asides and forms.
 */
public final class HtmlExtractor {

    /** The main text, paragraphs separated by a blank line, and whether anything else was dropped. */
    public Extraction extract(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element e : root.select("h1, h2, h3, h4, p, li, blockquote, pre")) {
            if (e.parents().stream().anyMatch(p -> p.nameIs("p") || p.nameIs("li") || p.nameIs("blockquote"))) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return new Extraction(String.join("\n\n", paragraphs), true);
    }
}
