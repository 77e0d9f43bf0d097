package dev.sitrep.pipeline;

import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.model.Article;

/** What the pipeline makes of one source item: an article, or the reason there is none. */
public sealed interface Result permits Result.Analyzed, Result.Failed {

    record Analyzed(Article article) implements Result {
    }

    record Failed(ReadFailure failure) implements Result {
        /**
         * The failure of a document whose analysis threw outside any stage's reach (a task that died), worded
         * as the pipeline words its own: one line, the throwable's kind and Sitrep's frame.
         */
        public static Failed of(String source, Throwable e) {
            return new Failed(ReadFailure.of(source, Failures.describe(e, "the pipeline")));
        }
    }
}
