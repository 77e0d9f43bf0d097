package dev.sitrep.embed;

import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

/** E5-small-v2, quantised (384 dimensions); sentences are given as queries, as the model expects. */
public final class E5SmallEncoder extends OnnxEncoder {
    public E5SmallEncoder() {
        super("e5-small-v2-q", "query: ", () -> new E5SmallV2QuantizedEmbeddingModel(Runnable::run));
    }
}
