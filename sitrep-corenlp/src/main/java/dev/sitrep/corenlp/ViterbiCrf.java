package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * CoreNLP's CRF classifier with a leaner decoder: features are extracted by CoreNLP as usual, except the
 * character n-grams of words, which come from a per-word memo ({@link NGramFeatures}); then the labels come from
 * {@link ChainPotentials#best} instead of a calibrated clique tree. Only the label is set on each
 * token, not its probability (Sitrep reads only the label). Models the lean decoder does not cover, and
 * settings that change CoreNLP's inference (Gibbs sampling, reversed order, beam search), take CoreNLP's path.
 *
 * <p>Thread-safe as CoreNLP's classifier is: labelling keeps its state in per-call objects, the memos are
 * concurrent maps, and {@link #prepare} runs once, before the instance is shared.
 */
final class ViterbiCrf extends CRFClassifier<CoreLabel> {
    private volatile ChainPotentials potentials;
    private volatile NGramFeatures nGrams;
    private volatile boolean lean;

    ViterbiCrf() {
        super();
    }

    /** Reads the weights for the lean decoder; call once, after loading. */
    void prepare() {
        potentials = ChainPotentials.of(this).orElse(null);
        lean = leanApplies();
        if (lean) {
            nGrams = NGramFeatures.takeOver(this).orElse(null);
        }
    }

    /** Whether labelling takes the lean path (decided once, by {@link #prepare}). */
    boolean lean() {
        return lean;
    }

    private boolean leanApplies() {
        return potentials != null && !flags.doGibbs && !flags.useReverse && flags.labelDictionaryCutoff <= 0
                && (flags.inferenceType == null || flags.inferenceType.equalsIgnoreCase("Viterbi"))
                && flags.crfType.equalsIgnoreCase("maxent");
    }

    /** The word as CoreNLP's feature templates see it: its text through the model's word function. */
    private String word(CoreLabel token) {
        String w = token.getString(CoreAnnotations.TextAnnotation.class);
        return flags.wordFunction == null ? w : flags.wordFunction.apply(w);
    }

    @Override
    public List<CoreLabel> classify(List<CoreLabel> document) {
        if (document.isEmpty() || !lean()) {
            return super.classify(document);
        }
        int[][][] data = documentToDataAndLabels(document).first();
        if (nGrams != null) {
            for (int j = 0; j < data.length; j++) {
                data[j][0] = nGrams.addTo(data[j][0], word(document.get(j)));
            }
        }
        int[] best = potentials.best(data);
        for (int j = 0; j < best.length; j++) {
            document.get(j).set(CoreAnnotations.AnswerAnnotation.class, classIndex.get(best[j]));
        }
        return document;
    }
}
