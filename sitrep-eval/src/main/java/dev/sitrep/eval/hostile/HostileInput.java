package dev.sitrep.eval.hostile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One kind of hostile input: how to make it, and what {@code sitrep analyze} should do with it.
 *
 * @param name         a short name for the table
 * @param level        {@code readers} when the readers must refuse or read it, {@code pipeline} when it is a
 *                     readable document that the analysis itself must survive in bounded time and memory
 * @param expectedExit 1 when the input is a failure (named on stderr), 0 when it is analysable
 * @param maker        writes the input into a folder and says what to pass to {@code analyze}
 */
public record HostileInput(String name, String level, int expectedExit, Maker maker) {

    /** Writes one input into {@code dir}. */
    @FunctionalInterface
    public interface Maker {
        Made make(Path dir) throws IOException;
    }

    /**
     * What was made.
     *
     * @param path   the file or folder to analyse
     * @param named  what the stderr line must contain to name it (the file name, escaped as Sitrep escapes it)
     */
    public record Made(Path path, String named) {
        static Made of(Path path) {
            return new Made(path, path.getFileName().toString());
        }
    }
}
