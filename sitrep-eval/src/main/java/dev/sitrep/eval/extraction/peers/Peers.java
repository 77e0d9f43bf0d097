package dev.sitrep.eval.extraction.peers;

import dev.sitrep.eval.extraction.PageExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers the extraction harness measures beside Sitrep, on the same pages in the same run: boilerpipe
 * and Readability4J in the JVM, and Mozilla Readability run by node when it is installed. A peer that
 * cannot start is skipped with a one-line reason, never silently.
 */
public final class Peers {
    private Peers() {
    }

    /** Every peer that can run here; reasons for the others go to {@code warnings}. Close the list's closeables after use. */
    public static List<PageExtractor> available(PrintWriter warnings) {
        List<PageExtractor> peers = new ArrayList<>(List.of(new BoilerpipeExtractor(), new Readability4jExtractor()));
        var dir = ReadabilityJsExtractor.defaultDir();
        if (dir.isEmpty()) {
            warnings.println("peer readability.js skipped: sitrep-eval/src/main/js not found (run from the checkout)");
        } else {
            try {
                peers.add(ReadabilityJsExtractor.start(dir.get()));
            } catch (IOException e) {
                warnings.println("peer readability.js skipped: " + e.getMessage());
            }
        }
        return peers;
    }

    /** Stops peers that run as external processes. */
    public static void close(List<PageExtractor> peers) {
        for (PageExtractor p : peers) {
            if (p instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // Closing a finished runner cannot lose results; nothing to report.
                }
            }
        }
    }

    /** The folder of the node runner, for messages. */
    public static Path jsDir() {
        return ReadabilityJsExtractor.defaultDir().orElse(Path.of("sitrep-eval", "src", "main", "js"));
    }
}
