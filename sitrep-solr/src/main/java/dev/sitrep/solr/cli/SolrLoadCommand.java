package dev.sitrep.solr.cli;

import dev.sitrep.stores.ArticleLoad;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep solr load}: stores articles that were analysed already — the JSON Lines contract, as
 * {@code sitrep analyze} and the Spark job write it — without analysing them again.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Stores analysed articles (JSON Lines, one article per line, as sitrep analyze and the Spark "
                + "job write them; .gz too; folders are walked) in the store, deciding copies and stories against "
                + "what it holds. Articles already stored are skipped. A bad line is named on stderr and skipped."})
final class SolrLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "STORE",
            description = "where to store them: solr://zkhost:2181[/chroot]/collection (or a folder)")
    String store;

    @Option(names = "--batch", defaultValue = "" + Stores.DEFAULT_BATCH, paramLabel = "N",
            description = "articles per commit (default: ${DEFAULT-VALUE})")
    int batch;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "JSON Lines files or folders of them")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleLoad.Summary s;
        try (StoreWriter writer = Stores.openWriter(store, batch)) {
            s = ArticleLoad.load(inputs, writer, f -> err.println("sitrep: " + f));
        }
        err.println("sitrep: " + s.describe() + " into " + store + " (all committed)");
        return s.failed() == 0 ? SolrCommand.OK : SolrCommand.FAILED;
    }
}
