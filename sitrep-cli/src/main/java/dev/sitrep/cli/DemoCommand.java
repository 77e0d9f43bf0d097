package dev.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Ingests the bundled sample corpus into a temporary store and prints a situation report.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("demo is not built yet");
    }
}
