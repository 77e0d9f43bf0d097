package dev.sitrep.solr.cli;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep solr status}: whether the store answers, with its schema, and what it holds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Opens the store (checking its schema) and prints how many articles and quotes it holds.")
final class SolrStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "STORE", description = "solr://zkhost:2181[/chroot]/collection")
    String store;

    @Override
    public Integer call() throws IOException {
        try (StoreSearch s = Stores.openSearch(store)) {
            var o = s.overview(0);
            spec.commandLine().getOut().printf("%s: %,d articles, %,d quotes, %,d publishers%n", s.location(),
                    o.articles(), o.quotes(), o.byPublisher().size());
        }
        return SolrCommand.OK;
    }
}
