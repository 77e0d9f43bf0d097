package dev.sitrep.cli;

import dev.sitrep.dedup.CopyDetector;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.limits.Limits;
import dev.sitrep.model.Article;
import dev.sitrep.stories.StoryClusterer;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.pipeline.ParallelAnalyzer;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep analyze}: one JSON object per article on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses files, folders, WARCs, JSON Lines or - (stdin) and prints one JSON object per article.",
                "Unreadable inputs are named on stderr, one line each; the rest is still analysed (exit code 1)."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders (recursive), .warc(.gz), .jsonl, or - for stdin")
    List<String> inputs;

    @Option(names = "--text-only", description = "skip entities and quotes")
    boolean textOnly;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "reference date for relative dates (\"5 days ago\") when the source gives none")
    LocalDate asOf;

    @Option(names = "--threads", paramLabel = "N", description = "documents analysed at once (default: one per core)")
    int threads = ParallelAnalyzer.defaultThreads();

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() {
        Limits limits = limitOptions.limits();
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(textOnly).asOf(asOf).limits(limits).build());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failures = new AtomicInteger();
        // Copies inside the batch are marked against what came before them in input order.
        CopyDetector copies = new CopyDetector();
        StoryClusterer stories = new StoryClusterer();
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(pipeline, threads, r -> {
            switch (r) {
                case Result.Analyzed a -> {
                    var decision = copies.accept(a.article());
                    Article article = a.article().toBuilder().duplicateOf(decision.duplicateOf()).build();
                    article = article.toBuilder().story(stories.assign(article)).build();
                    out.println(ArticleJson.toLine(article));
                }
                case Result.Failed f -> {
                    failures.incrementAndGet();
                    err.println("sitrep: " + f.failure().describe());
                }
            }
        })) {
            SourceReader.of(limits).read(inputs, analyzer::accept);
        }
        out.flush();
        err.flush();
        return failures.get() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
