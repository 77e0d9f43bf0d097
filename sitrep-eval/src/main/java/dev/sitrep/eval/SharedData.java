package dev.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public gold beside the checkout ({@code ../shared}): the {@code sitrep.shared} system property
 * (Maven sets it for tests), else {@code SITREP_SHARED}, else {@code ../shared} from the working directory
 * or its parent. The gold is read in place and never copied into the project.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The {@code shared} folder, when one can be found. */
    public static Optional<Path> root() {
        for (String candidate : new String[] {System.getProperty("sitrep.shared"), System.getenv("SITREP_SHARED"),
                "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Optional.of(Path.of(candidate).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** A folder under {@code shared/data} (for example "conll2003"), when present. */
    public static Optional<Path> dataSet(String name) {
        return root().map(r -> r.resolve("data").resolve(name)).filter(Files::isDirectory);
    }

    /** The seed documents folder, when present. */
    public static Optional<Path> seeds() {
        return root().map(r -> r.resolve("seeds")).filter(Files::isDirectory);
    }
}
