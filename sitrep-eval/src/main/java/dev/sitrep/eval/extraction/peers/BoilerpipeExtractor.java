package dev.sitrep.eval.extraction.peers;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.sitrep.eval.extraction.PageExtractor;

/** boilerpipe's ArticleExtractor (Kohlschütter et al.), the classic JVM peer for main-text extraction. */
public final class BoilerpipeExtractor implements PageExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(String html, String url) throws Exception {
        return ArticleExtractor.INSTANCE.getText(html);
    }
}
