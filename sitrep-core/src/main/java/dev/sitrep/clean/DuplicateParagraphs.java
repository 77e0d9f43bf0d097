package dev.sitrep.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps each paragraph once, at its first position. Live blogs repeat whole posts and syndicated copies repeat
 * their lead; both read as noise and double every quote. Paragraphs are compared after folding case, quotes and
 * whitespace. Very short paragraphs ("Yes.", a dash, a dateline) are left alone because repeating them can be
 * legitimate.
 */
public final class DuplicateParagraphs {
    private static final int MIN_CHARS = 30;
    private static final Pattern NOISE = Pattern.compile("[\\s\"'“”‘’«»]+");

    public Cleaned apply(List<String> paragraphs) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            String key = NOISE.matcher(p.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (key.length() < MIN_CHARS || seen.add(key)) {
                out.add(p);
            }
        }
        return new Cleaned(out, out.size() != paragraphs.size());
    }
}
