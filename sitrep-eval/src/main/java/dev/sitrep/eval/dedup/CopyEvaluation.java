package dev.sitrep.eval.dedup;

import dev.sitrep.dedup.CopyIndex;
import dev.sitrep.dedup.CopyRule;
import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.dedup.Fingerprinter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * One run of the copy evaluation at one strength level: every gold text, plus one copy of it per
 * transformation, fed to the incremental detector in a shuffled order (originals always before their copies,
 * as they are published first). Gold groups are an original and its copies; gold texts that already are
 * copies of each other (exact word-bigram resemblance of at least 0.5, computed here without sketches) form
 * one group, since the detector is right to join them.
 */
final class CopyEvaluation {
    private static final String[] LEVELS = {"light", "moderate", "heavy"};

    private CopyEvaluation() {
    }

    static List<CopyScores> run(List<GoldTexts.Text> texts, CopyRule rule) {
        return run(texts, rule, List.of(LEVELS));
    }

    /** Runs the named levels only ("light", "moderate", "heavy"). */
    static List<CopyScores> run(List<GoldTexts.Text> texts, CopyRule rule, List<String> levels) {
        List<String> originals = texts.stream().map(GoldTexts.Text::text).toList();
        List<String> vocabulary = CopySet.vocabulary(texts);
        int[] goldOfOriginal = preexistingGroups(originals);
        List<CopyScores> out = new ArrayList<>();
        for (int level = 0; level < LEVELS.length; level++) {
            if (levels.contains(LEVELS[level])) {
                out.add(runLevel(LEVELS[level], level, originals, vocabulary, goldOfOriginal, rule));
            }
        }
        return out;
    }

    private record Doc(String text, int gold, int original, Transform transform) {
    }

    private static CopyScores runLevel(String name, int level, List<String> originals, List<String> vocabulary,
                                       int[] goldOfOriginal, CopyRule rule) {
        Random rnd = new Random(7 + level);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            docs.add(new Doc(originals.get(i), goldOfOriginal[i], i, null));
        }
        for (Transform t : Transform.values()) {
            double strength = t.strengths()[level];
            for (int i = 0; i < originals.size(); i++) {
                docs.add(new Doc(t.apply(originals.get(i), strength, rnd, vocabulary, originals), goldOfOriginal[i], i, t));
            }
        }
        List<Doc> order = new ArrayList<>(docs.subList(0, originals.size()));
        Collections.shuffle(order, rnd);
        List<Doc> copies = new ArrayList<>(docs.subList(originals.size(), docs.size()));
        Collections.shuffle(copies, rnd);
        order.addAll(copies);

        Fingerprinter fp = new Fingerprinter();
        CopyIndex index = new CopyIndex(rule);
        int[] predicted = new int[order.size()];
        for (int d = 0; d < order.size(); d++) {
            Fingerprint f = fp.of(order.get(d).text());
            int[] hits = index.copiesOf(f, 1);
            predicted[d] = hits.length > 0 ? predicted[hits[0]] : d;
            index.add(f);
        }
        return score(name, order, predicted);
    }

    private static CopyScores score(String name, List<Doc> order, int[] predicted) {
        int n = order.size();
        int[] gold = new int[n];
        for (int d = 0; d < n; d++) {
            gold[d] = order.get(d).gold();
        }
        // Pair counts from the contingency table of predicted x gold groups.
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> predSizes = new HashMap<>();
        Map<Integer, Integer> goldSizes = new HashMap<>();
        for (int d = 0; d < n; d++) {
            cells.merge(((long) predicted[d] << 32) | gold[d], 1, Integer::sum);
            predSizes.merge(predicted[d], 1, Integer::sum);
            goldSizes.merge(gold[d], 1, Integer::sum);
        }
        double both = cells.values().stream().mapToDouble(CopyEvaluation::pairs).sum();
        double pred = predSizes.values().stream().mapToDouble(CopyEvaluation::pairs).sum();
        double gol = goldSizes.values().stream().mapToDouble(CopyEvaluation::pairs).sum();
        double all = pairs(n);
        double expected = pred * gol / all;
        double ari = (both - expected) / ((pred + gol) / 2 - expected);

        // Recall per transformation: is each copy in the predicted group of its original?
        Map<Integer, Integer> originalPos = new HashMap<>();
        for (int d = 0; d < n; d++) {
            if (order.get(d).transform() == null) {
                originalPos.put(order.get(d).original(), d);
            }
        }
        Map<Transform, int[]> found = new EnumMap<>(Transform.class);
        for (int d = 0; d < n; d++) {
            Doc doc = order.get(d);
            if (doc.transform() != null) {
                int[] c = found.computeIfAbsent(doc.transform(), k -> new int[2]);
                c[1]++;
                if (predicted[d] == predicted[originalPos.get(doc.original())]) {
                    c[0]++;
                }
            }
        }
        Map<Transform, Double> recallBy = new EnumMap<>(Transform.class);
        int hit = 0;
        int total = 0;
        for (var e : found.entrySet()) {
            recallBy.put(e.getKey(), (double) e.getValue()[0] / e.getValue()[1]);
            hit += e.getValue()[0];
            total += e.getValue()[1];
        }
        return new CopyScores(name, pred == 0 ? 1 : both / pred, (double) hit / total, recallBy, ari, n);
    }

    private static double pairs(double k) {
        return k * (k - 1) / 2;
    }

    /** Groups of gold texts that are already copies of each other, by exact bigram resemblance >= 0.5. */
    static int[] preexistingGroups(List<String> texts) {
        List<long[]> bigrams = new ArrayList<>();
        for (String t : texts) {
            String[] w = t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            long[] b = new long[Math.max(0, w.length - 1)];
            for (int i = 0; i + 1 < w.length; i++) {
                b[i] = (long) w[i].hashCode() << 32 ^ (w[i + 1].hashCode() & 0xffffffffL);
            }
            bigrams.add(java.util.Arrays.stream(b).sorted().distinct().toArray());
        }
        int[] group = new int[texts.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < group.length; i++) {
            for (int j = i + 1; j < group.length; j++) {
                long[] a = bigrams.get(i);
                long[] b = bigrams.get(j);
                if (Math.min(a.length, b.length) * 2 < Math.max(a.length, b.length)) {
                    continue;
                }
                int inter = intersection(a, b);
                if (inter >= 0.5 * (a.length + b.length - inter)) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < group.length; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        return group;
    }

    private static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
