package dev.sitrep.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata from a page's markup. Runs on the parsed page before main-text extraction changes it.
 *
 * <p>First version: {@code <title>} and {@code <html lang>}.
 */
public final class HtmlMetadataReader {

    public PageMetadata read(Document doc, String url) {
        String title = doc.title().isBlank() ? null : doc.title().strip();
        Element html = doc.selectFirst("html");
        String lang = html != null ? html.attr("lang") : "";
        return new PageMetadata(title, null, null, null, url, lang.isBlank() ? null : lang, null);
    }
}
