package dev.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of every command that uses the store; mixed in with {@code @Mixin}. */
final class DataDirOption {
    /** The environment variable that chooses the store when {@code --data} is absent. */
    static final String ENV = "SITREP_DATA";
    static final Path DEFAULT = Path.of("sitrep-data");

    @Option(names = "--data", paramLabel = "DIR",
            description = "store folder (default: $" + ENV + ", else ./sitrep-data)")
    Path data;

    /** {@code --data}, else {@code $SITREP_DATA}, else {@code ./sitrep-data}. */
    Path dir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT;
    }
}
