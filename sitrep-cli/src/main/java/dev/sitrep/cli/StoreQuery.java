package dev.sitrep.cli;

import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a query command uses the store: open it, answer, close it. A query that does not parse (shown with a
 * caret under the problem) or a bad argument ({@link IllegalArgumentException}, such as an empty date range)
 * is one line on stderr and exit code 2; a store that cannot be read goes to {@link Main}'s handler (exit 1).
 */
final class StoreQuery {
    /** What a command does with the open store: prints its answer, returns the exit code. */
    @FunctionalInterface
    interface Answer {
        int print(StoreSearch store) throws IOException;
    }

    private StoreQuery() {
    }

    /** Runs {@code answer} over the store that {@code data} names, for the command {@code spec} describes. */
    static int run(CommandSpec spec, StoreOption data, Answer answer) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (StoreSearch store = Stores.openSearch(data.location())) {
            return answer.print(store);
        } catch (QuerySyntaxException e) {
            err.println("sitrep: " + e.prettyPrint());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
