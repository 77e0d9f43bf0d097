package dev.sitrep.eval;

import dev.sitrep.eval.StanceEval.Row;
import dev.sitrep.positions.Issue;
import dev.sitrep.positions.SentenceEncoder;
import dev.sitrep.positions.Stance;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceHeads;
import dev.sitrep.positions.StanceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learns a stance head ({@link StanceHeads}) for one issue from labelled sentences: logistic regression over the
 * word features every issue has and the components of the sentences' vectors from the given encoders.
 *
 * <p>The vector components are standardised over the training rows and scaled by {@link #VECTOR_SCALE} before
 * learning, so that one L2 suits both kinds of feature (the scale was chosen by cross-validation over GWSD train,
 * with the L2). The standardisation is then folded into the written weights (a weight over the raw component, and
 * the bias), so that the head reads a sentence's vector as the encoder gives it. Each sentence is encoded once; the
 * models are scored through {@link StanceDetector}, the path every issue takes.
 */
final class StanceHeadTrainer {
    static final double VECTOR_SCALE = 0.1;
    static final int ITERATIONS = 1000;
    static final double[] L2 = {0.003, 0.01, 0.03, 0.1};

    private final Issue issue;
    private final List<SentenceEncoder> encoders;

    private StanceHeadTrainer(Issue issue, List<SentenceEncoder> encoders) {
        this.issue = issue;
        this.encoders = encoders.stream().map(Remembering::new).map(SentenceEncoder.class::cast).toList();
    }

    /**
     * The trainer of a head for {@code issue} over the encoders named; an {@link IllegalArgumentException} when one
     * of them is not on the class path.
     */
    static StanceHeadTrainer of(Issue issue, List<String> encoders) {
        return new StanceHeadTrainer(issue, StanceHeads.encoders(encoders).orElseThrow(() -> new IllegalArgumentException(
                "the sentence encoders " + encoders + " are not on the class path (module sitrep-embed)")));
    }

    /** Encodes every row's sentence once, two at a time. */
    void encode(List<Row> rows) {
        rows.parallelStream().forEach(r -> encoders.forEach(e -> e.encode(r.sentence())));
    }

    /** The head learnt from {@code train} with this L2, its header the given lines and the encoders' names. */
    StanceModel learn(List<Row> train, double l2, List<String> header) {
        List<Map<String, Double>> features = new ArrayList<>();
        List<Stance> gold = new ArrayList<>();
        for (Row r : train) {
            if (StanceDetector.bearsOn(r.sentence(), issue)) {
                features.add(StanceHeads.withVectors(StanceDetector.features(r.sentence(), issue), r.sentence(),
                        encoders));
                gold.add(r.gold());
            }
        }
        Map<String, double[]> moments = moments(features);
        List<StanceTrainer.Row> data = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Map<String, Double> f = new LinkedHashMap<>();
            features.get(i).forEach((name, value) -> {
                double[] m = moments.get(name);
                f.put(name, m == null ? value : (value - m[0]) / m[1] * VECTOR_SCALE);
            });
            data.add(new StanceTrainer.Row(f, gold.get(i)));
        }
        List<String> lines = new ArrayList<>(header);
        lines.add(StanceModel.ENCODERS + " " + String.join(" ", encoders.stream().map(SentenceEncoder::name).toList()));
        StanceModel standardised = StanceTrainer.train(data, l2, ITERATIONS, List.of());
        return fold(standardised, moments, lines);
    }

    /** The detector that judges the issue with {@code head} (and every other issue with the bundled model). */
    StanceDetector detector(StanceModel head) {
        StanceHeads.Head h = new StanceHeads.Head(head, encoders);
        return new StanceDetector(StanceModel.defaults(), id -> id.equals(issue.id()) ? Optional.of(h) : Optional.empty());
    }

    /**
     * The strongest L2 of {@link #L2} whose heads score within {@link StanceEval#L2_TOLERANCE} of the best
     * macro-F1 over the folds of {@code train}, each fold judged by a head learnt on the others.
     */
    double chooseL2(List<Row> train, boolean print) {
        return StanceEval.chooseL2(train, issue, L2, (fit, l2) -> detector(learn(fit, l2, List.of())), "head, train",
                print);
    }

    /** The mean and standard deviation of each vector component over the rows (none for word features). */
    private static Map<String, double[]> moments(List<Map<String, Double>> rows) {
        Map<String, double[]> sums = new HashMap<>();
        for (Map<String, Double> f : rows) {
            f.forEach((name, value) -> {
                if (name.startsWith(StanceHeads.EMBED)) {
                    double[] s = sums.computeIfAbsent(name, n -> new double[2]);
                    s[0] += value;
                    s[1] += value * value;
                }
            });
        }
        Map<String, double[]> out = new HashMap<>();
        sums.forEach((name, s) -> {
            double mean = s[0] / rows.size();
            double sd = Math.sqrt(Math.max(0, s[1] / rows.size() - mean * mean));
            if (sd > 0) {
                out.put(name, new double[] {mean, sd});
            }
        });
        return out;
    }

    /** The weights over raw components that score as {@code m} does over standardised ones. */
    private static StanceModel fold(StanceModel m, Map<String, double[]> moments, List<String> header) {
        Map<String, double[]> w = new HashMap<>(m.weights());
        double[] bias = w.getOrDefault("bias", new double[Stance.values().length]).clone();
        moments.forEach((name, mv) -> {
            double[] v = w.get(name);
            if (v == null) {
                return;
            }
            double[] raw = new double[v.length];
            for (int c = 0; c < v.length; c++) {
                raw[c] = v[c] * VECTOR_SCALE / mv[1];
                bias[c] -= raw[c] * mv[0];
            }
            w.put(name, raw);
        });
        w.put("bias", bias);
        return StanceModel.of(w, header);
    }

    /** An encoder that encodes each sentence once (training judges the same sentences many times). */
    private static final class Remembering implements SentenceEncoder {
        private final SentenceEncoder encoder;
        private final Map<String, float[]> seen = new ConcurrentHashMap<>();

        Remembering(SentenceEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String name() {
            return encoder.name();
        }

        @Override
        public float[] encode(String sentence) {
            return seen.computeIfAbsent(sentence, encoder::encode).clone();
        }
    }
}
