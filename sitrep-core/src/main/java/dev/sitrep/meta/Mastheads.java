package dev.sitrep.meta;

import dev.sitrep.clean.ResourceLines;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line of a text dump is an outlet's name printed under the headline, as crawls of news pages save
 * it ("Title / Baltic Monitor / 2 July 2025"): a short name in title case, no sentence punctuation or digits,
 * holding a word outlets put in their names ({@code masthead-words.txt}: Times, Courier, Dispatch ...). The
 * outlet word is what tells it from a bare author name, which has the same shape.
 */
final class Mastheads {
    private static final Set<String> WORDS = Set.copyOf(ResourceLines.load(Mastheads.class, "masthead-words.txt"));
    private static final Pattern SHAPE = Pattern.compile("(?:The\\s+)?\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&-]*|of|and|&|the|de|du|la|le))*");
    private static final int MAX_WORDS = 5;

    private Mastheads() {
    }

    /** The outlet a line names, when the line is nothing but an outlet's name. */
    static boolean isMasthead(String line) {
        String t = line.strip();
        String[] words = t.split("\\s+");
        if (words.length > MAX_WORDS || !SHAPE.matcher(t).matches() || Bylines.isByline(t)) {
            return false;
        }
        for (String w : words) {
            if (WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
