package dev.sitrep.cli;

import dev.sitrep.query.KnowledgeBaseRoles;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.server.ServerOptions;
import dev.sitrep.server.SitrepServer;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the HTTP API and the web page over a store, until SIGTERM or Ctrl-C, which stop it
 * gracefully (requests in flight finish, the index is closed). Articles another process ingests into the same
 * folder appear without a restart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (/api/..., described at /api/openapi.json) and the web page over the store.",
                "Stops gracefully on Ctrl-C or SIGTERM. Articles ingested meanwhile appear without a restart.",
                "Guards: queries are bounded (length, nesting, wildcards, regular expressions), slow clients are closed",
                "after 5 s, foreign Host headers get 421, requests beyond --max-concurrent wait, then get 503."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = {"also answer requests whose Host header names NAME (any port): the public name a reverse proxy "
                    + "forwards; repeatable. Otherwise only localhost, 127.0.0.1 and [::1] on this port (and the --bind "
                    + "address) are answered, against DNS rebinding"})
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "requests answered at once; more wait up to 2 s, then get 503 (default: 4 per core, at least 8)")
    Integer maxConcurrent;

    @Option(names = "--watch", paramLabel = "SOURCES",
            description = "also follow the sources of this file, as sitrep watch does: one process writes, serves and "
                    + "shows new articles within seconds of their commit")
    Path watchSources;

    @Mixin
    WatchDirOption watchDir;

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (watchSources != null && !startWatcher(err)) {
            return ExitCodes.USAGE;
        }
        ServerOptions options = ServerOptions.DEFAULTS.withAllowedHosts(allowedHosts);
        if (maxConcurrent != null) {
            if (maxConcurrent < 1) {
                throw new ParameterException(spec.commandLine(), "--max-concurrent must be at least 1");
            }
            options = options.withConcurrency(maxConcurrent, options.queueWait());
        }
        SitrepServer server = SitrepServer.start(Stores.openSearch(data.location()), new InetSocketAddress(bind, port),
                KnowledgeBaseRoles.shipped(), options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("sitrep: closing the store failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "sitrep-shutdown"));
        err.println("sitrep: serving " + data.dir() + " at http://" + hostForUrl(server) + ":" + server.port() + "/ (Ctrl-C stops)");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** Starts {@code watch} on a thread of its own, writing the store this server reads. */
    private boolean startWatcher(PrintWriter err) throws IOException {
        dev.sitrep.watch.SourcesFile sources;
        try {
            sources = dev.sitrep.watch.SourcesFile.load(watchSources);
        } catch (dev.sitrep.watch.SourcesFile.SourcesException e) {
            err.println("sitrep: " + e.getMessage());
            return false;
        }
        try (dev.sitrep.stores.StoreWriter store = Stores.openWriter(data.location(), Stores.DEFAULT_BATCH)) {
            store.commit(); // an empty store for the server to open before the first article arrives
        }
        WatchCommand watch = new WatchCommand();
        watch.data = data;
        watch.workers = 2;
        watch.commitEvery = 2;
        watch.limitOptions = limitOptions;
        watch.progress = ProgressLine.Mode.NEVER;
        dev.sitrep.watch.WatchOptions options = dev.sitrep.watch.WatchOptions.builder(watchDir.dir(data.dir()))
                .maxBytes(limitOptions.limits().maxDocumentBytes()).build();
        Thread.ofPlatform().name("sitrep-watch").daemon().start(() -> {
            try {
                watch.run(sources, options, err);
            } catch (IOException | RuntimeException e) {
                err.println("sitrep: watch stopped: " + e.getMessage());
                err.flush();
            }
        });
        return true;
    }

    private String hostForUrl(SitrepServer server) {
        String host = server.address().getHostString();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
