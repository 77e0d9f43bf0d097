package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * CoreNLP's CRF classifier with a leaner decoder: features are extracted by CoreNLP as usual, then the labels
 * come from {@link ChainPotentials#best} instead of a calibrated clique tree. Only the label is set on each
 * token, not its probability (Sitrep reads only the label). Models the lean decoder does not cover, and
 * settings that change CoreNLP's inference (Gibbs sampling, reversed order, beam search), take CoreNLP's path.
 */
final class ViterbiCrf extends CRFClassifier<CoreLabel> {
    private volatile ChainPotentials potentials;

    ViterbiCrf() {
        super();
    }

    /** Reads the weights for the lean decoder; call once, after loading. */
    void prepare() {
        potentials = ChainPotentials.of(this).orElse(null);
    }

    /** Whether labelling takes the lean path. */
    boolean lean() {
        return potentials != null && !flags.doGibbs && !flags.useReverse && flags.labelDictionaryCutoff <= 0
                && (flags.inferenceType == null || flags.inferenceType.equalsIgnoreCase("Viterbi"))
                && flags.crfType.equalsIgnoreCase("maxent");
    }

    @Override
    public List<CoreLabel> classify(List<CoreLabel> document) {
        if (document.isEmpty() || !lean()) {
            return super.classify(document);
        }
        int[] best = potentials.best(documentToDataAndLabels(document).first());
        for (int j = 0; j < best.length; j++) {
            document.get(j).set(CoreAnnotations.AnswerAnnotation.class, classIndex.get(best[j]));
        }
        return document;
    }
}
