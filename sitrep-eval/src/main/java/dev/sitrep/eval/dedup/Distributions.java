package dev.sitrep.eval.dedup;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.dedup.Fingerprinter;
import dev.sitrep.dedup.Similarity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Prints how similar copies and the hardest non-copies look to the fingerprints, per transformation and
 * strength: the evidence behind the copy detector's thresholds.
 */
final class Distributions {
    private Distributions() {
    }

    static void print(List<GoldTexts.Text> texts, PrintWriter out) {
        Fingerprinter fp = new Fingerprinter();
        List<String> vocabulary = CopySet.vocabulary(texts);
        List<String> all = texts.stream().map(GoldTexts.Text::text).toList();
        Fingerprint[] originals = all.stream().map(fp::of).toArray(Fingerprint[]::new);
        // Hardest non-copy of each text: the other gold text its fingerprint resembles most.
        List<Similarity> negatives = new ArrayList<>();
        for (int i = 0; i < originals.length; i++) {
            Similarity best = null;
            for (int j = 0; j < originals.length; j++) {
                if (i != j) {
                    Similarity s = originals[i].compare(originals[j]);
                    if (best == null || score(s) > score(best)) {
                        best = s;
                    }
                }
            }
            negatives.add(best);
        }
        line(out, "hardest non-copy", negatives);
        for (Transform t : Transform.values()) {
            for (double strength : t.strengths()) {
                Random rnd = new Random(42);
                List<Similarity> sims = new ArrayList<>();
                for (int i = 0; i < originals.length; i++) {
                    String copy = t.apply(all.get(i), strength, rnd, vocabulary, all);
                    sims.add(originals[i].compare(fp.of(copy)));
                }
                line(out, t.name().toLowerCase() + " " + strength, sims);
            }
        }
    }

    private static double score(Similarity s) {
        return s.words() + s.skeleton();
    }

    private static void line(PrintWriter out, String label, List<Similarity> sims) {
        out.printf("%-22s wordJ %s | skelJ %s | wordC %s%n", label,
                pct(sims, Similarity::words), pct(sims, Similarity::skeleton), pct(sims, Similarity::wordContainment));
    }

    /** 1st, 5th, 50th and 99th percentiles. */
    private static String pct(List<Similarity> sims, ToDoubleFunction<Similarity> f) {
        double[] v = sims.stream().mapToDouble(f).sorted().toArray();
        return String.format("p1 %.2f p5 %.2f p50 %.2f p99 %.2f", at(v, 0.01), at(v, 0.05), at(v, 0.5), at(v, 0.99));
    }

    private static double at(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

}
