package dev.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep ingest}. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Analyses inputs and stores them in the embedded store (idempotent).")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("ingest is not built yet");
    }
}
