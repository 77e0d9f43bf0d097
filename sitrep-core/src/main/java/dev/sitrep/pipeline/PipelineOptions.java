package dev.sitrep.pipeline;

import dev.sitrep.limits.Limits;
import dev.sitrep.nlp.EntityRecognizer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * How a {@link Pipeline} runs.
 *
 * @param textOnly   skip entities and quotes (extraction benchmarks, speed)
 * @param asOf       reference date for relative dates when the source gives none, or null to leave them unresolved
 * @param recognizer the entity recognizer, or null for {@link dev.sitrep.nlp.EntityRecognizers#best()}
 * @param knowledgeFiles the user's own knowledge-base files, merged over the shipped one in order (never null)
 * @param limits     what one document may cost (never null; {@link Limits#defaults()} when not given)
 */
public record PipelineOptions(boolean textOnly, LocalDate asOf, EntityRecognizer recognizer,
        List<Path> knowledgeFiles, Limits limits) {

    public PipelineOptions {
        knowledgeFiles = knowledgeFiles == null ? List.of() : List.copyOf(knowledgeFiles);
        limits = limits == null ? Limits.defaults() : limits;
    }

    /** Options with the shipped knowledge base alone (the signature before knowledge files existed). */
    public PipelineOptions(boolean textOnly, LocalDate asOf, EntityRecognizer recognizer) {
        this(textOnly, asOf, recognizer, List.of(), Limits.defaults());
    }

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
        private List<Path> knowledgeFiles = List.of();
        private Limits limits = Limits.defaults();

        public Builder textOnly(boolean v) { textOnly = v; return this; }
        public Builder asOf(LocalDate v) { asOf = v; return this; }
        public Builder recognizer(EntityRecognizer v) { recognizer = v; return this; }
        public Builder knowledgeFiles(List<Path> v) { knowledgeFiles = v; return this; }
        public Builder limits(Limits v) { limits = v; return this; }

        public PipelineOptions build() {
            return new PipelineOptions(textOnly, asOf, recognizer, knowledgeFiles, limits);
        }
    }
}
