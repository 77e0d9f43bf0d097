package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.lang.reflect.Field;

/**
 * Reads the package-private fields of CoreNLP's CRF classifier that the faster decoding needs (weights, label
 * and feature indices): CoreNLP offers no accessors for them. Callers fall back to CoreNLP's own code paths
 * when a field is missing, so a CoreNLP upgrade that renames one costs speed, not correctness.
 */
final class CoreNlpFields {
    private CoreNlpFields() {
    }

    static Object read(CRFClassifier<?> crf, String name) throws ReflectiveOperationException {
        Field f = CRFClassifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(crf);
    }
}
