package dev.sitrep.embed;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/** BGE-small-en-v1.5, quantised (384 dimensions); sentences as they are. */
public final class BgeSmallEncoder extends OnnxEncoder {
    public BgeSmallEncoder() {
        super("bge-small-en-v15-q", "", () -> new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
    }
}
