package dev.sitrep.pipeline;

import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.model.Article;

/** What the pipeline makes of one source item: an article, or the reason there is none. */
public sealed interface Result permits Result.Analyzed, Result.Failed {

    record Analyzed(Article article) implements Result {
    }

    record Failed(ReadFailure failure) implements Result {
    }
}
