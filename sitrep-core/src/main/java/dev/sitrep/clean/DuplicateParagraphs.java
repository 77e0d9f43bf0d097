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
 *
 * <p>Text extracted from a page's markup keeps the structure of the page, where a short line may recur on
 * purpose (a recurring line such as "Portion: 1 cup, 1 tsp." under each recipe, "Eat every 2-3 hours" in each
 * section). There a repeat is dropped only when it is long enough to be a post of its own, when it doubles the
 * paragraph right before it, or when it belongs to a copied block: it and a neighbour followed each other in
 * the same order before, as in a page that holds its article (or a teaser list) twice.
 */
public final class DuplicateParagraphs {
    private static final int MIN_CHARS = 30;
    /** Repeats of at least this many characters are dropped even alone in structured text. */
    private static final int POST_CHARS = 200;
    private static final Pattern NOISE = Pattern.compile("[\\s\"'“”‘’«»]+");

    /** Every repeat of 30 characters or more dropped: text dumps, where repeated lines are noise. */
    public Cleaned apply(List<String> paragraphs) {
        return apply(paragraphs, false);
    }

    /** As {@link #apply(List)}; when {@code structured}, a short repeat standing alone is kept. */
    public Cleaned apply(List<String> paragraphs, boolean structured) {
        Set<String> seen = new HashSet<>();
        Set<String> seenPairs = new HashSet<>();
        int n = paragraphs.size();
        String[] keys = new String[n];
        boolean[] pairEcho = new boolean[n];
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys[i] = NOISE.matcher(paragraphs.get(i).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            pairEcho[i] = i > 0 && !seenPairs.add(keys[i - 1] + "\n" + keys[i]);
        }
        for (int i = 0; i < n; i++) {
            boolean echo = !seen.add(keys[i]);
            if (!(echo && keys[i].length() >= MIN_CHARS && (!structured || copied(keys, pairEcho, i)))) {
                out.add(paragraphs.get(i));
            }
        }
        return new Cleaned(out, out.size() != n);
    }

    /**
     * Whether the repeat at {@code i} is a post of its own, a paragraph doubled in place, or part of a copied
     * block: it and a neighbour followed each other in the same order before.
     */
    private static boolean copied(String[] keys, boolean[] pairEcho, int i) {
        return keys[i].length() >= POST_CHARS || i > 0 && keys[i - 1].equals(keys[i]) || pairEcho[i]
                || i + 1 < keys.length && pairEcho[i + 1];
    }
}
