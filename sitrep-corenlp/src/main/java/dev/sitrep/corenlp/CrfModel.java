package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The CRF name-finding models that CoreNLP's {@code models} jar ships, and the one Sitrep uses by default.
 * The build copies only the default into this module (the pom's {@code sitrep.ner.models} property names
 * what to copy); the others are for measurement.
 *
 * <p>Each constant loads its classifier once, on first use, from the class path, with the feature templates
 * of {@link FeatureSet#configured()} (fixed for the JVM from then on); loading takes about two seconds of CPU
 * and 80 to 120 MB of heap. A loaded classifier is shared by all threads: CoreNLP's own pipeline shares one
 * instance across its NER threads ({@code ner.nthreads}), labelling state lives in per-call objects, and the
 * one shared mutable set ({@code knownLCWords}) is concurrent.
 */
public enum CrfModel {
    /** PERSON, ORGANIZATION, LOCATION, MISC; trained on CoNLL-2003 with distributional-similarity clusters. */
    CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
    /** PERSON, ORGANIZATION, LOCATION; trained on CoNLL, MUC, ACE and more text, also with clusters. */
    ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
    /** MUC-7 types: adds MONEY, PERCENT, DATE and TIME to the three name types. */
    MUC_7CLASS("edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");

    /** System property naming the model to use (a constant's name, any case); CONLL_4CLASS when unset. */
    public static final String PROPERTY = "sitrep.ner.model";

    private final String resource;
    private volatile CRFClassifier<CoreLabel> classifier;
    private FeatureSet featureSet;

    CrfModel(String resource) {
        this.resource = resource;
    }

    /** The class-path resource holding the serialized classifier. */
    public String resource() {
        return resource;
    }

    /** The model chosen by {@link #PROPERTY}, else the default. */
    public static CrfModel configured() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .map(s -> valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                .orElse(CONLL_4CLASS);
    }

    /** Whether the serialized classifier is on the class path. */
    public boolean available() {
        return CrfModel.class.getClassLoader().getResource(resource) != null;
    }

    /**
     * The classifier, loaded on the first call (double-checked, so concurrent first callers load it once).
     *
     * @throws IllegalStateException when the model is not on the class path or cannot be read
     */
    public CRFClassifier<CoreLabel> classifier() {
        CRFClassifier<CoreLabel> c = classifier;
        if (c == null) {
            synchronized (this) {
                c = classifier;
                if (c == null) {
                    c = load();
                    classifier = c;
                }
            }
        }
        return c;
    }

    /** The feature templates the loaded classifier runs, when it is loaded. */
    public synchronized Optional<FeatureSet> featureSet() {
        return Optional.ofNullable(featureSet);
    }

    /** Whether {@link #classifier()} has been loaded already. */
    public boolean loaded() {
        return classifier != null;
    }

    private CRFClassifier<CoreLabel> load() {
        if (!available()) {
            throw new IllegalStateException("CoreNLP model " + resource + " not found on the class path: "
                    + "add edu.stanford.nlp:stanford-corenlp:models to the dependencies");
        }
        // Read through our own stream rather than CoreNLP's path lookup, which logs a line on stderr per load.
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(
                CrfModel.class.getClassLoader().getResourceAsStream(resource), 1 << 16), 1 << 16)) {
            ViterbiCrf c = new ViterbiCrf();
            c.loadClassifier(in);
            featureSet = FeatureSet.configured();
            featureSet.applyTo(c.flags);
            WordFunctionMemo.install(c);
            c.prepare();
            return c;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException("cannot load CoreNLP model " + resource + ": " + e, e);
        }
    }
}
