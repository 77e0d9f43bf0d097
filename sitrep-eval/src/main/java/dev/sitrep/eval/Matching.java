package dev.sitrep.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How metadata predictions are matched against gold, the same for every set: titles and site names by
 * normalised exact match (NFKC, case folded, punctuation and spacing ignored), authors by token overlap
 * (F1 of the sets of name words, "by" and "and" ignored, at least 0.5 to count), languages by their primary
 * subtag.
 */
public final class Matching {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> AUTHOR_STOP = Set.of("by", "and", "und", "et", "y", "e", "von", "por", "par");

    private Matching() {
    }

    /** The text reduced to lower-case words separated by single spaces. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(m.group());
        }
        return b.toString();
    }

    /** Whether two titles are the same after {@link #normalise}. */
    public static boolean sameText(String gold, String predicted) {
        return !normalise(gold).isEmpty() && normalise(gold).equals(normalise(predicted));
    }

    /** F1 of the author name words of gold and prediction; 0 when either has none. */
    public static double authorOverlap(String gold, String predicted) {
        Set<String> g = authorWords(gold);
        Set<String> p = authorWords(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(g);
        common.retainAll(p);
        if (common.isEmpty()) {
            return 0;
        }
        double precision = (double) common.size() / p.size();
        double recall = (double) common.size() / g.size();
        return 2 * precision * recall / (precision + recall);
    }

    /** Whether the author prediction overlaps the gold by at least half (token F1 >= 0.5). */
    public static boolean sameAuthor(String gold, String predicted) {
        return authorOverlap(gold, predicted) >= 0.5;
    }

    /** Whether two language tags share their primary subtag ("en-US" and "en"). */
    public static boolean sameLanguage(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        return primary(gold).equals(primary(predicted));
    }

    private static String primary(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static Set<String> authorWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : normalise(s).split(" ")) {
            if (!w.isEmpty() && !AUTHOR_STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
