package dev.sitrep.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two published scoring rules, as ../shared/data/README.md states them.
 *
 * <ul>
 *   <li>article-extraction-benchmark: {@code \w+} tokens with case kept, 4-token shingles counted with
 *       multiplicity; per page TP, FP and FN are divided by their sum, precision and recall are computed per
 *       page and averaged over the pages where they are defined; F1 comes from the two means.</li>
 *   <li>WCXB: bag of lower-cased {@code \w+} words, F1 per page, averaged over pages.</li>
 *   <li>A page with neither gold nor predicted text (a gold set marks a few pages as having no main text) scores
 *       F1 1; precision and recall stay undefined.</li>
 * </ul>
 */
public final class Scoring {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private Scoring() {
    }

    /** {@code \w+} tokens of a text, in order. */
    static List<String> tokens(String text, boolean lowerCase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(lowerCase ? m.group().toLowerCase(Locale.ROOT) : m.group());
        }
        return out;
    }

    /** 4-token shingles with their counts; a text shorter than four tokens is one shingle. */
    static Map<String, Integer> shingles(String text) {
        List<String> t = tokens(text, false);
        Map<String, Integer> out = new HashMap<>();
        if (t.isEmpty()) {
            return out;
        }
        for (int i = 0; i <= Math.max(0, t.size() - SHINGLE); i++) {
            out.merge(String.join(" ", t.subList(i, Math.min(t.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return out;
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : tokens(text, true)) {
            out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    /** Shingle precision and recall of one page (article-extraction-benchmark). */
    public static PageScore shingleScore(String id, String gold, String predicted) {
        return overlap(id, shingles(gold), shingles(predicted));
    }

    /** Word-bag precision and recall of one page (WCXB). */
    public static PageScore wordScore(String id, String gold, String predicted) {
        return overlap(id, bag(gold), bag(predicted));
    }

    private static PageScore overlap(String id, Map<String, Integer> gold, Map<String, Integer> pred) {
        long tp = 0;
        long predTotal = 0;
        long goldTotal = 0;
        for (var e : pred.entrySet()) {
            tp += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
            predTotal += e.getValue();
        }
        for (int c : gold.values()) {
            goldTotal += c;
        }
        if (predTotal == 0 && goldTotal == 0) {
            return new PageScore(id, Double.NaN, Double.NaN, 1);
        }
        double precision = predTotal == 0 ? Double.NaN : (double) tp / predTotal;
        double recall = goldTotal == 0 ? Double.NaN : (double) tp / goldTotal;
        return PageScore.of(id, precision, recall);
    }
}
