package dev.sitrep.cli;

import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.limits.Limits;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: analyses inputs and stores the articles, their entities and quotes. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses files, folders, WARCs, JSON Lines or - (stdin) and stores the articles (idempotent: "
                + "an article already stored is skipped).",
                "Commits every --batch articles, so an interrupted ingest keeps all but the batch in flight; "
                        + "run it again to finish.",
                "Unreadable inputs are named on stderr, one line each; the rest is stored (exit code 1).",
                "On a terminal a status line shows documents read, articles stored and committed, failures and rate."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders (recursive), .warc(.gz), .jsonl, or - for stdin")
    List<String> inputs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Stores.DEFAULT_BATCH,
            description = "articles per commit (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "documents analysed in parallel while one thread writes (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--text-only", description = "skip entities and quotes")
    boolean textOnly;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "reference date for relative dates (\"5 days ago\") when the source gives none")
    LocalDate asOf;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "AUTO",
            description = "status line while ingesting: AUTO (on a terminal), ALWAYS (a line every 10 s when not on "
                    + "a terminal), NEVER (default: ${DEFAULT-VALUE})")
    ProgressLine.Mode progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Limits limits = limitOptions.limits();
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(textOnly).asOf(asOf).limits(limits).build());
        Ingestion.Summary s = ingest(new Ingestion(SourceReader.of(limits), pipeline, workers), inputs, data.location(),
                batch, err, new ProgressLine(err, progress));
        return s.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Runs an ingestion into the store at {@code store}, failures and the summary line to {@code err}. */
    static Ingestion.Summary ingest(Ingestion ingestion, List<String> inputs, String store, int batch,
                                    PrintWriter err) throws IOException {
        return ingest(ingestion, inputs, store, batch, err, new ProgressLine(err, ProgressLine.Mode.NEVER));
    }

    /** As above, with a status line while it runs. */
    static Ingestion.Summary ingest(Ingestion ingestion, List<String> inputs, String location, int batch,
                                    PrintWriter err, ProgressLine progress) throws IOException {
        Ingestion.Summary s;
        var failures = progress.failures();
        try (StoreWriter store = Stores.openWriter(location, batch)) {
            s = ingestion.run(inputs, store, f -> failures.accept("sitrep: " + f.describe()), progress);
        }
        progress.clear();
        err.println("sitrep: " + s.describe() + " into " + location + " (all committed)");
        err.flush();
        return s;
    }
}
