package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
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
        try (StoreSearch search = LuceneStoreSearch.open(tmp.resolve("store"))) {
            assertEquals(30, search.articleCount());
            assertEquals(30, search.search(new SearchRequest("defense", null, null, null, null, 50), HitMarks.PLAIN).size(),
                    "American and British spellings meet");
        }
    }

    @Test
    void anErrorInOneDocumentFailsItAloneTheRestIsStoredInInputOrder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(in.resolve("d%02d.txt".formatted(i)), "Dispatch " + i + "\n\nDefence ministers met in "
                    + "Brussels for talks number " + i + (i == 5 ? " about poison" : "") + " on air defence.\n");
        }
        dev.sitrep.nlp.EntityRecognizer poisoned = new dev.sitrep.nlp.EntityRecognizer() {
            @Override
            public String name() {
                return "poisoned";
            }

            @Override
            public List<dev.sitrep.nlp.NamedSpan> recognize(String text) {
                if (text.contains("poison")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return List.of();
            }
        };
        List<ReadFailure> failures = new ArrayList<>();
        List<Ingestion.Progress> progress = new ArrayList<>();
        Ingestion ingestion = new Ingestion(new SourceReader(),
                new Pipeline(PipelineOptions.builder().recognizer(poisoned).build()), 3);
        Ingestion.Summary s;
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"), 5)) {
            s = ingestion.run(List.of(in.toString()), store, failures::add, progress::add);
        }
        assertEquals(new Ingestion.Summary(12, 11, 11, 0, 1), s);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).describe().matches(".*d05\\.txt: out of memory while analysing \\(in entities\\).*"),
                failures.get(0).describe());
        Ingestion.Progress last = progress.get(progress.size() - 1);
        assertEquals(11, last.committed(), "everything committed at the end");
        assertTrue(progress.stream().anyMatch(p -> p.committed() == 5 && p.stored() > 5), "commits seen as they happen");
        try (StoreSearch search = LuceneStoreSearch.open(tmp.resolve("store"))) {
            assertEquals(11, search.articleCount());
        }
    }

    @Test
    void aLongRunningSourceIsCommittedWhileItWaits() throws Exception {
        java.util.concurrent.CountDownLatch firstStored = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        Ingestion.Documents documents = sink -> {
            sink.accept(dev.sitrep.ingest.RawDocument.ofFile("first.txt", ("Dispatch one\n\nDefence ministers met "
                    + "in Brussels on air defence for Ukraine.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    dev.sitrep.ingest.MediaKind.TEXT));
            try {
                finish.await(); // a watcher with nothing new for a while
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Ingestion.Progress> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().textOnly(true)
                .build()), 1).committingEvery(java.time.Duration.ofMillis(200));
        Path dir = tmp.resolve("store");
        Thread run = Thread.ofPlatform().start(() -> {
            try (ArticleStore store = ArticleStore.open(dir, 500)) {
                ingestion.run(documents, store, f -> { }, p -> {
                    progress.add(p);
                    if (p.stored() == 1 && p.committed() == 1) {
                        firstStored.countDown();
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(firstStored.await(20, java.util.concurrent.TimeUnit.SECONDS),
                "committed within the interval, not at the end of the batch: " + progress);
        try (StoreSearch search = LuceneStoreSearch.open(dir)) {
            assertEquals(1, search.articleCount(), "visible to a reader while the source still runs");
        }
        finish.countDown();
        run.join(20_000);
        assertFalse(run.isAlive());
    }
}
