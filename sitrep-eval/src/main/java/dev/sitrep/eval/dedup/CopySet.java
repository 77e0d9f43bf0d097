package dev.sitrep.eval.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Shared pieces of the copy evaluation set. */
final class CopySet {
    private CopySet() {
    }

    /** Distinct lower-case words of the gold texts, sorted, as replacement words for spun copies. */
    static List<String> vocabulary(List<GoldTexts.Text> texts) {
        Set<String> words = new HashSet<>();
        for (GoldTexts.Text t : texts) {
            for (String w : t.text().split("[^\\p{L}]+")) {
                if (w.length() > 3) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> out = new ArrayList<>(words);
        out.sort(null);
        return out;
    }
}
