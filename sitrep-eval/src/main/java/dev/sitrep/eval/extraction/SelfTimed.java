package dev.sitrep.eval.extraction;

/**
 * An extractor that runs outside this JVM (a peer in another process) and reports the CPU time its last
 * page took there; the harness uses that instead of the calling thread's CPU time, which would be near zero.
 */
public interface SelfTimed {
    /** CPU nanoseconds the last {@link PageExtractor#extract} call took in the other process. */
    long lastCpuNanos();
}
