package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel ingestion: two analysis workers, one writer, duplicates and failures counted. */
class IngestionTest {
    @TempDir
    Path tmp;

    @Test
    void storesEachArticleOnceWhateverTheArrivalOrder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "Dispatch " + i + "\n\nDefense ministers met in Brussels "
                    + "for talks number " + i + " on air defence for Ukraine.\n");
        }
        // The same article under another name: same text, same id.
        Files.copy(in.resolve("d7.txt"), in.resolve("copy-of-d7.txt"));
        List<ReadFailure> failures = new ArrayList<>();
        Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().build()), 2);
        Ingestion.Summary s;
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"), 4)) {
            s = ingestion.run(List.of(in.toString(), tmp.resolve("absent").toString()), store, failures::add);
        }
        assertEquals(new Ingestion.Summary(32, 31, 30, 1, 1), s);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).describe().endsWith("absent: no such file or directory"), failures.get(0).describe());
        try (StoreSearch search = StoreSearch.open(tmp.resolve("store"))) {
            assertEquals(30, search.articleCount());
            assertEquals(30, search.search(new SearchRequest("defense", null, null, null, null, 50), HitMarks.PLAIN).size(),
                    "American and British spellings meet");
        }
    }
}
