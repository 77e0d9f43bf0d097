package dev.sitrep.cli;

import dev.sitrep.query.KnowledgeBaseRoles;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.server.SitrepServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the HTTP API and the web page over a store, until SIGTERM or Ctrl-C, which stop it
 * gracefully (requests in flight finish, the index is closed). Articles another process ingests into the same
 * folder appear without a restart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (/api/..., described at /api/openapi.json) and the web page over the store.",
                "Stops gracefully on Ctrl-C or SIGTERM. Articles ingested meanwhile appear without a restart."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SitrepServer server = SitrepServer.start(StoreSearch.open(data.dir()), new InetSocketAddress(bind, port),
                KnowledgeBaseRoles.shipped());
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

    private String hostForUrl(SitrepServer server) {
        String host = server.address().getHostString();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
