package dev.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the bundled demo corpus ({@link DemoCorpus}, package-private in the command-line module) to the browser
 * tests, which build their store from exactly what {@code sitrep demo} ingests.
 */
public final class DemoCorpusCopy {
    private DemoCorpusCopy() {
    }

    /** Copies every demo corpus file into {@code dir} (created) and returns {@code dir}. */
    public static Path into(Path dir) throws IOException {
        return DemoCorpus.copyTo(dir);
    }
}
