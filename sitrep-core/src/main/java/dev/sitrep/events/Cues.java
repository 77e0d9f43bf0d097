package dev.sitrep.events;

import dev.sitrep.nlp.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue dictionary of {@code event-cues.txt}: phrases that report an action, each with its PLOVER kind and
 * CAMEO code. A cue word is written in its base form ("impose sanction") and matches its inflections
 * ("imposed", "imposes", "imposing", "sanctions"); irregular forms are listed after a bar ("hold|held").
 * Up to {@link #GAP} words may come between two words of a cue ("imposed new economic sanctions"), but no
 * punctuation other than a hyphen, an apostrophe or an abbreviation's dot. Immutable; thread-safe.
 */
final class Cues {
    static final int GAP = 3;
    private static final Cues DEFAULT = new Cues(WordList.lines("/dev/sitrep/events/event-cues.txt"));

    /** Where the cue's roles lie when they are not subject and object ("Y must": Y is the target). */
    enum Roles {
        /** Subject acts, object (or a complement actor) is acted on. */
        PLAIN,
        /** The actor just before the cue is the target; the one before that (who said so) the source. */
        TARGET_BEFORE
    }

    /** One dictionary line: each word's accepted forms, in order. */
    record Cue(PloverType type, String cameo, List<Set<String>> words, Roles roles, String phrase) {
    }

    /** A cue found in text: the tokens its words matched, in order. */
    record Found(Cue cue, int[] tokens) {
        int first() {
            return tokens[0];
        }

        int last() {
            return tokens[tokens.length - 1];
        }
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    Cues(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t+");
            if (f.length < 3) {
                throw new IllegalStateException("event-cues.txt: expected type, CAMEO code, cue: " + line);
            }
            List<Set<String>> words = new ArrayList<>();
            for (String w : f[2].strip().split("\\s+")) {
                words.add(forms(w));
            }
            Roles roles = f.length > 3 && f[3].strip().equals("target-before") ? Roles.TARGET_BEFORE : Roles.PLAIN;
            Cue cue = new Cue(PloverType.ofName(f[0]), f[1].strip(), List.copyOf(words), roles, f[2].strip());
            for (String first : words.get(0)) {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
            }
        }
    }

    static Cues defaults() {
        return DEFAULT;
    }

    /** The longest cue whose first word is token {@code i} and which ends before token {@code limit}; null if none. */
    Found at(Tokens t, int i, int limit) {
        List<Cue> candidates = byFirstWord.get(t.key(i));
        if (candidates == null) {
            return null;
        }
        Found best = null;
        for (Cue c : candidates) {
            int[] matched = match(c, t, i, limit);
            if (matched != null && (best == null || matched.length > best.tokens().length)) {
                best = new Found(c, matched);
            }
        }
        return best;
    }

    private static int[] match(Cue c, Tokens t, int i, int limit) {
        int[] out = new int[c.words().size()];
        out[0] = i;
        int at = i;
        for (int w = 1; w < out.length; w++) {
            int found = -1;
            for (int j = at + 1; j < limit && j <= at + 1 + GAP; j++) {
                if (!joined(t, j)) {
                    break;
                }
                if (c.words().get(w).contains(t.key(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            out[w] = found;
            at = found;
        }
        return out;
    }

    /** Whether nothing but spaces, a hyphen, an apostrophe or a dot separates token {@code j} from the one before. */
    static boolean joined(Tokens t, int j) {
        for (char c : t.gapBefore(j).toCharArray()) {
            if (!(c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.' || c == '\u00a0')) {
                return false;
            }
        }
        return !t.gapBefore(j).contains(". ");
    }

    /** A cue word's forms: the listed spellings and the regular inflections of each. */
    static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : word.toLowerCase(Locale.ROOT).split("\\|")) {
            out.add(w);
            if (w.length() <= 2) {
                continue;
            }
            out.addAll(inflections(w));
        }
        return out;
    }

    private static Set<String> inflections(String w) {
        Set<String> out = new HashSet<>();
        char last = w.charAt(w.length() - 1);
        boolean vowelBefore = w.length() >= 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
        if (last == 'e') {
            String stem = w.substring(0, w.length() - 1);
            out.add(w + "s");
            out.add(w + "d");
            out.add(stem + "ing");
        } else if (last == 'y' && !vowelBefore) {
            String stem = w.substring(0, w.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(w + "ing");
        } else {
            boolean sibilant = w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
                    || w.endsWith("sh");
            out.add(w + (sibilant ? "es" : "s"));
            out.add(w + "ed");
            out.add(w + "ing");
            boolean doubles = vowelBefore && "aeiouwxy".indexOf(last) < 0 && w.length() >= 3
                    && "aeiou".indexOf(w.charAt(w.length() - 3)) < 0;
            if (doubles) {
                out.add(w + last + "ed");
                out.add(w + last + "ing");
            }
        }
        return out;
    }
}
