package dev.sitrep.eval.extraction;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitrep as users run it: the page goes through the real {@link Pipeline} (decode, metadata, extraction,
 * splitting, cleaning) with entities and quotes switched off. When one page yields several articles their
 * texts are joined with blank lines.
 */
public final class SitrepPageExtractor implements PageExtractor {
    private final Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(true).build());

    @Override
    public String name() {
        return "sitrep";
    }

    @Override
    public String extract(String html, String url) {
        RawDocument doc = new RawDocument(url == null ? "page" : url, html.getBytes(StandardCharsets.UTF_8),
                MediaKind.HTML, "UTF-8", url, null, null, null);
        List<String> texts = new ArrayList<>();
        for (Result r : pipeline.analyze(doc)) {
            if (r instanceof Result.Analyzed a) {
                texts.add(a.article().text());
            }
        }
        return String.join("\n\n", texts);
    }
}
