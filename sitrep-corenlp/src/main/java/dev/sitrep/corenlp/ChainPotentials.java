package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.util.Index;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The weights of a first-order CRF model (cliques of one and two labels), read once from a loaded classifier,
 * with the Viterbi search for the best labelling of one sentence.
 *
 * <p>CoreNLP decodes by first calibrating a clique tree (forward and backward passes that turn potentials into
 * marginal probabilities) and then running its generic best-sequence search on conditional probabilities read
 * out of that tree. The product of those conditionals is the chain's probability of the whole labelling, so
 * its best labelling is the one with the highest sum of raw clique potentials: Viterbi over the potentials
 * finds the same labels, and skips the calibration, which costs as much as the search itself.
 *
 * <p>The potentials are summed in the order CoreNLP sums them (feature by feature, float weights added as
 * doubles), and a label pair the model never saw in training scores zero, as it does in CoreNLP's factor
 * tables. Immutable and thread-safe.
 */
final class ChainPotentials {
    private final float[][] weights;
    private final int classes;
    private final int background;
    /** Column of the weights for each label alone. */
    private final int[] node;
    /** Column for each pair (previous, current), as {@code previous * classes + current}; -1 when unseen. */
    private final int[] edge;

    private ChainPotentials(float[][] weights, int classes, int background, int[] node, int[] edge) {
        this.weights = weights;
        this.classes = classes;
        this.background = background;
        this.node = node;
        this.edge = edge;
    }

    /**
     * The potentials of a classifier whose cliques span one and two labels; empty for other models (wider
     * windows), or when this CoreNLP version keeps its weights elsewhere, so callers fall back to CoreNLP's
     * own decoding.
     */
    static Optional<ChainPotentials> of(CRFClassifier<?> crf) {
        try {
            float[][] weights = (float[][]) CoreNlpFields.read(crf, "weights");
            @SuppressWarnings("unchecked")
            List<Index<CRFLabel>> labels = (List<Index<CRFLabel>>) CoreNlpFields.read(crf, "labelIndices");
            if (weights == null || labels == null || labels.size() != 2 || crf.windowSize() != 2) {
                return Optional.empty();
            }
            int classes = crf.classIndex.size();
            int[] node = new int[classes];
            int[] edge = new int[classes * classes];
            for (int y = 0; y < classes; y++) {
                node[y] = labels.get(0).indexOf(new CRFLabel(new int[] {y}));
                if (node[y] < 0) {
                    return Optional.empty();
                }
                for (int p = 0; p < classes; p++) {
                    edge[p * classes + y] = labels.get(1).indexOf(new CRFLabel(new int[] {p, y}));
                }
            }
            int background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
            return background < 0 ? Optional.empty()
                    : Optional.of(new ChainPotentials(weights, classes, background, node, edge));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The best label (a class index) per position, for a sentence's feature indices as CoreNLP's
     * {@code documentToDataAndLabels} gives them: {@code data[i][0]} fire on position i's label,
     * {@code data[i][1]} on the pair of labels at i-1 and i. The label before the sentence is the background.
     */
    int[] best(int[][][] data) {
        int n = data.length;
        int[][] from = new int[n][classes];
        double[] score = new double[classes];
        double[] next = new double[classes];
        double[] pair = new double[classes * classes];
        double[] alone = new double[classes];
        for (int i = 0; i < n; i++) {
            sums(data[i][0], node, alone);
            sums(data[i].length > 1 ? data[i][1] : new int[0], edge, pair);
            for (int y = 0; y < classes; y++) {
                if (i == 0) {
                    next[y] = pair[background * classes + y] + alone[y];
                    continue;
                }
                int arg = 0;
                double max = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < classes; p++) {
                    double s = score[p] + pair[p * classes + y];
                    if (s > max) {
                        max = s;
                        arg = p;
                    }
                }
                from[i][y] = arg;
                next[y] = max + alone[y];
            }
            double[] t = score;
            score = next;
            next = t;
        }
        int[] out = new int[n];
        int y = 0;
        for (int k = 1; k < classes; k++) {
            y = score[k] > score[y] ? k : y;
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = from[i][y];
        }
        return out;
    }

    /** Per label (or pair), the sum of the features' weights in its column; 0 where the column is -1. */
    private double[] sums(int[] features, int[] columns, double[] out) {
        // feature by feature, so each weight row is read once; each label's sum still adds in feature order
        Arrays.fill(out, 0);
        for (int f : features) {
            float[] row = weights[f];
            for (int k = 0; k < columns.length; k++) {
                int c = columns[k];
                if (c >= 0) {
                    out[k] += row[c];
                }
            }
        }
        return out;
    }
}
