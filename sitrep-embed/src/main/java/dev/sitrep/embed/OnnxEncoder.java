package dev.sitrep.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sitrep.positions.SentenceEncoder;
import java.util.function.Supplier;

/**
 * A {@link SentenceEncoder} over one of langchain4j's in-process ONNX models, which carry the model and its
 * tokenizer inside their jar. The model is loaded on first use (about a second), once, and shared by every thread;
 * its work runs on the calling thread. Vectors come out of unit length.
 */
abstract class OnnxEncoder implements SentenceEncoder {
    private final String name;
    private final String prefix;
    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;

    /** An encoder named {@code name} that puts {@code prefix} before each sentence (what the model was trained on). */
    OnnxEncoder(String name, String prefix, Supplier<EmbeddingModel> loader) {
        this.name = name;
        this.prefix = prefix;
        this.loader = loader;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final float[] encode(String sentence) {
        String text = prefix + sentence;
        // The models refuse blank text; a blank sentence is encoded as a lone full stop, a vector like any other.
        float[] v = model().embed(text.isBlank() ? prefix + "." : text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        return v;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = loader.get();
                    model = m;
                }
            }
        }
        return m;
    }
}
