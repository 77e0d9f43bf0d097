package dev.sitrep.positions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weights that turn {@link StanceFeatures} into a stance: a multinomial logistic regression, one weight per
 * feature and stance ({@link Stance} order). Immutable. The bundled model ({@code stance-model.tsv}) is learnt by
 * {@code ./sitrep eval stance --write FILE}; its header says from what.
 */
public final class StanceModel {
    private static final String RESOURCE = "stance-model.tsv";
    /** The header line that names the sentence encoders a head's features need ({@link StanceHeads}). */
    public static final String ENCODERS = "encoders:";
    private static volatile StanceModel defaults;

    private final Map<String, double[]> weights;
    private final List<String> header;

    private StanceModel(Map<String, double[]> weights, List<String> header) {
        Map<String, double[]> copy = new HashMap<>();
        weights.forEach((k, v) -> copy.put(k, v.clone()));
        this.weights = Map.copyOf(copy);
        this.header = List.copyOf(header);
    }

    /**
     * A model from its weights (three per feature, in {@link Stance} order); header lines become comments, and a
     * header line {@code encoders: NAME ...} names the sentence encoders of a stance head.
     */
    public static StanceModel of(Map<String, double[]> weights, List<String> header) {
        return new StanceModel(weights, header);
    }

    /** The bundled model, read once. */
    public static StanceModel defaults() {
        StanceModel d = defaults;
        if (d == null) {
            d = Resources.read(RESOURCE, StanceModel::read);
            defaults = d;
        }
        return d;
    }

    /** The sentence encoders the model's {@code embed:} features come from, as its header names them. */
    public List<String> encoders() {
        for (String h : header) {
            if (h.startsWith(ENCODERS)) {
                return List.of(h.substring(ENCODERS.length()).trim().split("\\s+"));
            }
        }
        return List.of();
    }

    /** The probability of each stance ({@link Stance} order) given the features. */
    public double[] probabilities(Map<String, Double> features) {
        double[] z = new double[Stance.values().length];
        features.forEach((name, value) -> {
            double[] w = weights.get(name);
            if (w != null) {
                for (int c = 0; c < z.length; c++) {
                    z[c] += w[c] * value;
                }
            }
        });
        return softmax(z);
    }

    /** Turns scores into probabilities in place and returns them. */
    public static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = StrictMath.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** How much a feature pushes toward {@code stance} beyond the strongest other stance; 0 when unknown. */
    public double lean(String feature, Stance stance) {
        double[] w = weights.get(feature);
        if (w == null) {
            return 0;
        }
        double other = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            if (c != stance.ordinal()) {
                other = Math.max(other, w[c]);
            }
        }
        return w[stance.ordinal()] - other;
    }

    /**
     * Reads a model: {@code #} comment lines (of which {@code # encoders: ...} is kept), then
     * {@code feature<TAB>supports<TAB>opposes<TAB>neither} a line.
     */
    public static StanceModel read(Reader in) throws IOException {
        Map<String, double[]> w = new HashMap<>();
        List<String> header = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("# " + ENCODERS)) {
                header.add(line.substring(2));
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IOException("stance model: not feature<TAB>supports<TAB>opposes<TAB>neither: " + line);
            }
            w.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        return new StanceModel(w, header);
    }

    /** Writes the model as {@link #read} reads it, the features with the largest weights first. */
    public void write(Writer out) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(weights.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -norm(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, double[]> e : sorted) {
            double[] v = e.getValue();
            out.write(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", e.getKey(), v[0], v[1], v[2]));
        }
    }

    private static double norm(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** The weights, a copy: three per feature, in {@link Stance} order. */
    public Map<String, double[]> weights() {
        Map<String, double[]> copy = new HashMap<>();
        weights.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** The number of features with weights. */
    public int size() {
        return weights.size();
    }
}
