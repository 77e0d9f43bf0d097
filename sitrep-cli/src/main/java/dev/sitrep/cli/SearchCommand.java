package dev.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep search}. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Searches the store.")
final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("search is not built yet");
    }
}
