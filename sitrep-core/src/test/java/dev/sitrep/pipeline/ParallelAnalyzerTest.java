package dev.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelAnalyzerTest {

    @Test
    void resultsArriveInInputOrderWhateverTheThreadCount() {
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(true).build());
        List<RawDocument> docs = IntStream.range(0, 200)
                .mapToObj(i -> RawDocument.ofFile("doc-" + i + ".txt",
                        ("Report number " + i + " from the summit.\n" + "Ministers spoke. ".repeat(i % 37 + 1))
                                .getBytes(StandardCharsets.UTF_8), MediaKind.TEXT))
                .toList();
        for (int threads : new int[] {1, 2, 3}) {
            List<String> sources = new ArrayList<>();
            try (ParallelAnalyzer analyzer = new ParallelAnalyzer(pipeline, threads, r -> {
                Article a = ((Result.Analyzed) r).article();
                sources.add(a.source());
            })) {
                docs.forEach(analyzer::accept);
            }
            assertEquals(docs.stream().map(RawDocument::source).toList(), sources, threads + " threads");
        }
    }
}
