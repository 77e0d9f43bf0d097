package dev.sitrep.cli;

import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: copies the bundled corpus to a temporary folder, ingests it into a temporary store (or
 * {@code --data}) and prints a situation report. The temporary folder is deleted afterwards.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample corpus (synthetic articles in every input format, with the traps "
                + "of real crawls) and prints a situation report.",
                "The store is temporary unless --data names a folder to keep it in."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "keep the demo store in this folder (default: a temporary one)")
    Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("sitrep-demo");
        try {
            Path corpus = DemoCorpus.copyTo(work.resolve("corpus"));
            Path store = data != null ? data : work.resolve("store");
            Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().build()), 2);
            IngestCommand.ingest(ingestion, List.of(corpus.toString()), store.toString(), ArticleStore.DEFAULT_BATCH, err);
            try (StoreSearch search = LuceneStoreSearch.open(store)) {
                SituationReport.print(out, search, data);
            }
        } finally {
            deleteTree(work);
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
