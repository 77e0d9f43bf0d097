package dev.sitrep;

import dev.sitrep.ingest.SourceReader;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The common case in one call: {@code Sitrep.analyze(Path.of("crawl"))}. For options (text only, a reference
 * date, another entity recognizer) build a {@link Pipeline} from {@link PipelineOptions}.
 */
public final class Sitrep {
    private Sitrep() {
    }

    /** Every article in a file or folder, analysed with the default options; unreadable inputs are skipped. */
    public static List<Article> analyze(Path input) {
        Pipeline pipeline = new Pipeline(PipelineOptions.defaults());
        List<Article> out = new ArrayList<>();
        new SourceReader().read(List.of(input.toString()), item -> pipeline.analyze(item, r -> {
            if (r instanceof Result.Analyzed a) {
                out.add(a.article());
            }
        }));
        return out;
    }
}
