package dev.sitrep.eval;

import dev.sitrep.positions.Stance;
import dev.sitrep.positions.StanceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link StanceModel}: multinomial logistic regression over the rows' feature maps, each class weighted by
 * the inverse of its share of the rows (so the rare stance counts as much as the common one, which is what
 * macro-F1 rewards), L2-regularised except for the bias, minimised by full-batch gradient descent with AdaGrad
 * steps from zero weights; the polarity features keep the weights {@link #FIXED} gives them. No randomness: the same rows give the same weights.
 */
final class StanceTrainer {
    static final int ITERATIONS = 400;
    static final double POLARITY = 1.5;
    private static final double RATE = 0.5;
    private static final int CLASSES = Stance.values().length;
    /**
     * Weights that are set, not learnt: what the cues plainly say for or against an issue ("rejected", "will never",
     * "supports") decides the stance on any issue, however rarely the training sentences say it so plainly.
     */
    static final Map<String, double[]> FIXED = Map.of(
            "polarity-for", new double[] {POLARITY, 0, 0},
            "polarity-against", new double[] {0, POLARITY, 0});

    /** One training row: its features and its gold stance. */
    record Row(Map<String, Double> features, Stance gold) {
    }

    private StanceTrainer() {
    }

    static StanceModel train(List<Row> rows, double l2, List<String> header) {
        return train(rows, l2, ITERATIONS, header);
    }

    /** {@link #train(List, double, List)} with this many steps. */
    static StanceModel train(List<Row> rows, double l2, int iterations, List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        int[][] x = new int[rows.size()][];
        double[][] v = new double[rows.size()][];
        int[] counts = new int[CLASSES];
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Double> f = rows.get(r).features();
            x[r] = new int[f.size()];
            v[r] = new double[f.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : f.entrySet()) {
                x[r][k] = index.computeIfAbsent(e.getKey(), n -> index.size());
                v[r][k++] = e.getValue();
            }
            counts[rows.get(r).gold().ordinal()]++;
        }
        double[] classWeight = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            classWeight[c] = counts[c] == 0 ? 0 : rows.size() / (double) (CLASSES * counts[c]);
        }
        int bias = index.getOrDefault("bias", -1);
        double[][] w = new double[index.size()][CLASSES];
        boolean[] fixed = new boolean[index.size()];
        index.forEach((name, f) -> {
            if (FIXED.containsKey(name)) {
                w[f] = FIXED.get(name).clone();
                fixed[f] = true;
            }
        });
        double[][] g2 = new double[index.size()][CLASSES];
        for (int it = 0; it < iterations; it++) {
            double[][] grad = new double[index.size()][CLASSES];
            for (int r = 0; r < rows.size(); r++) {
                double[] z = new double[CLASSES];
                for (int k = 0; k < x[r].length; k++) {
                    for (int c = 0; c < CLASSES; c++) {
                        z[c] += w[x[r][k]][c] * v[r][k];
                    }
                }
                double[] p = StanceModel.softmax(z);
                int gold = rows.get(r).gold().ordinal();
                for (int c = 0; c < CLASSES; c++) {
                    double d = classWeight[gold] * (p[c] - (c == gold ? 1 : 0)) / rows.size();
                    for (int k = 0; k < x[r].length; k++) {
                        grad[x[r][k]][c] += d * v[r][k];
                    }
                }
            }
            for (int f = 0; f < w.length; f++) {
                for (int c = 0; c < CLASSES && !fixed[f]; c++) {
                    double g = grad[f][c] + (f == bias ? 0 : l2 * w[f][c]);
                    g2[f][c] += g * g;
                    w[f][c] -= RATE * g / Math.sqrt(g2[f][c] + 1e-12);
                }
            }
        }
        Map<String, double[]> weights = new HashMap<>();
        index.forEach((name, f) -> weights.put(name, w[f]));
        return StanceModel.of(weights, header);
    }
}
