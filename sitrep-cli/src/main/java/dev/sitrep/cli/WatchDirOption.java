package dev.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --watch-dir DIR} option: where {@code watch} keeps its archive and state, beside the store. */
final class WatchDirOption {
    @Option(names = "--watch-dir", paramLabel = "DIR",
            description = "the watcher's archive (WARC files) and state (default: the store folder's name + -watch)")
    Path dir;

    /** {@code --watch-dir}, else {@code <store>-watch} next to the store. */
    Path dir(Path store) {
        if (dir != null) {
            return dir;
        }
        Path abs = store.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-watch");
    }
}
