package dev.sitrep.pipeline;

import dev.sitrep.nlp.EntityRecognizer;
import java.time.LocalDate;

/**
 * How a {@link Pipeline} runs.
 *
 * @param textOnly   skip entities and quotes (extraction benchmarks, speed)
 * @param asOf       reference date for relative dates when the source gives none, or null to leave them unresolved
 * @param recognizer the entity recognizer, or null for {@link dev.sitrep.nlp.EntityRecognizers#best()}
 */
public record PipelineOptions(boolean textOnly, LocalDate asOf, EntityRecognizer recognizer) {

    public static PipelineOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private boolean textOnly;
        private LocalDate asOf;
        private EntityRecognizer recognizer;

        public Builder textOnly(boolean v) { textOnly = v; return this; }
        public Builder asOf(LocalDate v) { asOf = v; return this; }
        public Builder recognizer(EntityRecognizer v) { recognizer = v; return this; }

        public PipelineOptions build() {
            return new PipelineOptions(textOnly, asOf, recognizer);
        }
    }
}
