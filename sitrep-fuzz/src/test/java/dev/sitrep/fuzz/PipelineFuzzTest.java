package dev.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.nlp.RuleRecognizer;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import java.time.LocalDate;

/**
 * The whole cascade on arbitrary bytes, declared as HTML and as text: decode, extract, split, clean,
 * metadata, entities, quotes. An undecodable document becomes a one-line failure; anything else becomes
 * articles whose entity and quote offsets lie inside their text. Nothing throws.
 */
class PipelineFuzzTest {
    // The rule recognizer: no model to load, so each execution stays fast enough to explore.
    private static final Pipeline PIPELINE = new Pipeline(PipelineOptions.builder()
            .recognizer(new RuleRecognizer()).asOf(LocalDate.of(2025, 6, 1)).build());

    @FuzzTest(maxDuration = "2m")
    void html(byte[] bytes) {
        analyze(bytes, MediaKind.HTML);
    }

    @FuzzTest(maxDuration = "2m")
    void text(byte[] bytes) {
        analyze(bytes, MediaKind.TEXT);
    }

    private static void analyze(byte[] bytes, MediaKind kind) {
        for (Result r : PIPELINE.analyze(RawDocument.ofFile("fuzz", bytes, kind))) {
            switch (r) {
                case Result.Analyzed a -> Contracts.article(a.article());
                case Result.Failed f -> Contracts.oneLine(f.failure().describe());
            }
        }
    }
}
