package dev.sitrep.eval.extraction.peers;

import dev.sitrep.eval.extraction.PageExtractor;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J, a Kotlin port of Mozilla's Readability running in the JVM. */
public final class Readability4jExtractor implements PageExtractor {

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(String html, String url) {
        Article article = new Readability4J(url == null || url.isBlank() ? "http://localhost/" : url, html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
