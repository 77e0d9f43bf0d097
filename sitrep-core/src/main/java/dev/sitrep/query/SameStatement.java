package dev.sitrep.query;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two quotes from copies of one article are the same statement. A spinner swaps words ("menace" for
 * "threat") and a machine translation rephrases, so equal text is too strict: the word sets are compared with
 * the Dice coefficient, and a quote that a truncated copy cut short counts when most of its words are in the
 * other. Only ever asked about quotes of one copy group, where two different statements rarely share half
 * their words; hand-written because no library in the build scores short word sets.
 */
final class SameStatement {
    /** Dice coefficient of the word sets from which two quotes count as one statement. */
    static final double MIN_DICE = 0.5;
    /** Share of the shorter quote's words found in the longer one, for a quote cut short. */
    static final double MIN_CONTAINED = 0.8;
    /** A cut quote needs this many words, so that "Yes." is not inside every answer. */
    static final int MIN_CONTAINED_WORDS = 4;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SameStatement() {
    }

    /** The similarity of two quotes, 0 to 1: 0 below the thresholds, so callers can keep the best match. */
    static double score(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        double dice = 2.0 * common.size() / (x.size() + y.size());
        if (dice >= MIN_DICE) {
            return dice;
        }
        int shorter = Math.min(x.size(), y.size());
        boolean cut = shorter >= MIN_CONTAINED_WORDS && common.size() >= MIN_CONTAINED * shorter;
        return cut ? MIN_DICE : 0;
    }

    /** Lower-case words without accents: "Zelensky’s" and "zelensky s" compare equal. */
    static Set<String> words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(plain.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
