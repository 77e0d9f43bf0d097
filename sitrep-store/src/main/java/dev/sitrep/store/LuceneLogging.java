package dev.sitrep.store;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Lucene's start-up advice off a command line's stderr: Lucene logs (through java.util.logging) a
 * warning that the JVM's vector module is not enabled, which matters for vector search only, and Sitrep
 * does none. Errors still get through.
 */
public final class LuceneLogging {
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTORIZATION.setLevel(Level.SEVERE);
    }

    private LuceneLogging() {
    }

    /** Applies the settings (once; later calls do nothing). */
    public static void quiet() {
        // The static initialiser did the work.
    }
}
