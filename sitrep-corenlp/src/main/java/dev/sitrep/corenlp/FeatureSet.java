package dev.sitrep.corenlp;

import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a CRF model's feature templates run when it labels text: fewer templates, faster labelling, lower
 * accuracy. The weights stay as trained; features a set leaves out simply never fire.
 *
 * <p>Measured on the CoNLL-2003 validation split with the CoNLL 4-class model: exact-span F1 over PER/ORG/LOC,
 * and tokens per CPU-second of one thread, best of five passes after the JIT has warmed up (the machine was
 * shared, so CPU time rather than wall time; {@code sitrep eval ner --features ... --passes 5} prints both):
 * <pre>
 *   FULL     0.936   16,600
 *   FAST     0.933   19,500   no disjunctive window features
 *   FASTEST  0.900   28,400   also no character n-grams and no same-word occurrence patterns
 * </pre>
 * FAST is the default: three thousandths of F1 for a sixth more speed. FASTEST is for throughput-bound runs:
 * it loses the affix n-grams that carry names never seen in training (ORG F1 falls from 0.88 to 0.82).
 */
public enum FeatureSet {
    FULL, FAST, FASTEST;

    /** System property naming the set (a constant's name, any case); FAST when unset. */
    public static final String PROPERTY = "sitrep.ner.features";

    /** The set chosen by {@link #PROPERTY}, else FAST. */
    public static FeatureSet configured() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .map(s -> valueOf(s.trim().toUpperCase(Locale.ROOT)))
                .orElse(FAST);
    }

    /** Switches off, in a freshly loaded model's flags, the templates this set leaves out. */
    void applyTo(SeqClassifierFlags flags) {
        if (this != FULL) {
            flags.useDisjunctive = false;
        }
        if (this == FASTEST) {
            flags.useNGrams = false;
            flags.useOccurrencePatterns = false;
        }
    }
}
