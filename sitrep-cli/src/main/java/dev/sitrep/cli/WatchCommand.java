package dev.sitrep.cli;

import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.limits.Limits;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import dev.sitrep.watch.SourcesFile;
import dev.sitrep.watch.WatchEvents;
import dev.sitrep.watch.WatchOptions;
import dev.sitrep.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep watch}: follows the sources of a sources file and stores what they publish. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows the feeds, news sitemaps and front pages of a sources file: fetches politely "
                + "(robots.txt, a delay per host, back-off), archives every fetch as WARC, analyses and stores new "
                + "articles, searchable within seconds of their fetch.",
                "Runs until stopped (Ctrl-C finishes what is in flight and saves the state); --once polls every due "
                        + "source once, fetches what it lists and exits (for cron).",
                "Problems (a feed that does not parse, a host that does not answer) are one line each on stderr; "
                        + "with --once the exit code is 1 when there was any."})
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCES", description = "the sources file (YAML; see the README)")
    Path sourcesFile;

    @Mixin
    StoreOption data;

    @Mixin
    WatchDirOption watchDir;

    @Option(names = "--once", description = "one round, then exit")
    boolean once;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "pages analysed in parallel (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--commit-every", paramLabel = "SECONDS", defaultValue = "2",
            description = "new articles are committed, and so searchable, at least this often (default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Mixin
    ProxyOption proxy;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "AUTO",
            description = "status line: AUTO (on a terminal), ALWAYS, NEVER (default: ${DEFAULT-VALUE})")
    ProgressLine.Mode progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SourcesFile sources;
        try {
            sources = SourcesFile.load(sourcesFile);
        } catch (SourcesFile.SourcesException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        WatchOptions.Builder options = WatchOptions.builder(watchDir.dir(data.dir()))
                .maxBytes(limitOptions.limits().maxDocumentBytes()); // what is fetched is read under the same limit
        options.proxy(proxy.selector());
        return run(sources, options.build(), err);
    }

    int run(SourcesFile sources, WatchOptions options, PrintWriter err) throws IOException {
        Limits limits = limitOptions.limits();
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().limits(limits).build());
        Ingestion ingestion = new Ingestion(SourceReader.of(limits), pipeline, workers)
                .committingEvery(Duration.ofSeconds(Math.max(1, commitEvery)));
        ProgressLine line = new ProgressLine(err, progress);
        var failures = line.failures();
        WatchEvents events = problem -> failures.accept("sitrep: watch: " + problem);
        Ingestion.Summary s;
        CountDownLatch finished = new CountDownLatch(1);
        try (Watcher watcher = Watcher.open(sources, options, events)) {
            Thread hook = new Thread(() -> {
                watcher.stop();
                try {
                    finished.await(); // let the watcher save its state before the JVM exits
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sitrep-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            long[] lastSave = {0};
            try (StoreWriter store = Stores.openWriter(data.location(), Stores.DEFAULT_BATCH)) {
                s = ingestion.run(watcher.documents(once), store, f -> failures.accept("sitrep: " + f.describe()),
                        p -> {
                            line.accept(p);
                            if (p.committed() == p.stored()) {
                                watcher.committed(p.done());
                                if (System.nanoTime() - lastSave[0] > 2_000_000_000L) {
                                    lastSave[0] = System.nanoTime();
                                    try {
                                        watcher.save();
                                    } catch (IOException e) {
                                        failures.accept("sitrep: watch: cannot save the state: " + e.getMessage());
                                    }
                                }
                            }
                        });
                watcher.committed(s.documents());
            } finally {
                line.clear();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // The JVM is shutting down: the hook waits for the latch below.
                }
            }
            dev.sitrep.watch.WatchStats st = watcher.stats();
            err.println("sitrep: watch: " + st.listingPolls() + " listing polls (" + st.notModified()
                    + " unchanged), " + st.pages() + " new pages, " + st.requests() + " requests, "
                    + st.bytes() / 1024 + " KiB, " + st.problems() + " problems; " + s.describe() + " into "
                    + data.location() + " (all committed)");
            err.flush();
            return s.failed() == 0 && st.problems() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            finished.countDown();
        }
    }
}
