package dev.sitrep.positions;

/**
 * Turns a sentence into a vector of fixed length whose direction carries its meaning: a sentence-embedding model.
 * Implementations are plugged in through {@link java.util.ServiceLoader} (the {@code sitrep-embed} module ships
 * two small ONNX models inside its jars), so the core carries no model runtime. {@link StanceHeads} uses them for
 * issues that have a learnt stance head; without them every issue is judged from its words alone.
 *
 * <p>Implementations are thread-safe and give the same vector for the same sentence.
 */
public interface SentenceEncoder {
    /** The name a stance head refers to this encoder by ({@code e5-small-v2-q}). */
    String name();

    /** The vector of {@code sentence}, of unit length. */
    float[] encode(String sentence);
}
