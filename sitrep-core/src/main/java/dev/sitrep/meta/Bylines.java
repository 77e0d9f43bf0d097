package dev.sitrep.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an author from a byline paragraph: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Von Jana Muster",
 * "Par Jeanne Dupont". Several names must be joined by "and" (a comma may introduce the outlet instead). The names end at a comma, a bar, a dash or "in"/"for" + place or outlet.
 */
public final class Bylines {
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String PARTICLE = "(?:de|da|del|van|von|der|den|al|bin|le|la|du)";
    private static final String PERSON = NAME + "(?:\\s+(?:" + NAME + "|" + PARTICLE + ")){1,4}";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|von|par|por|di|autor|author)\\s*:?\\s+(" + PERSON + "(?:\\s+(?:and|und|et|y|e|&)\\s+" + PERSON
                    + ")*)\\s*(?:$|[,|–—]|\\s-\\s|\\s(?:in|for|at|im|à|en)\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_WORDS = 16;

    private Bylines() {
    }

    static boolean isByline(String p) {
        return author(p).isPresent();
    }

    /** The author names of a byline paragraph, when the paragraph is one. */
    public static Optional<String> author(String p) {
        String t = p.strip();
        if (t.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String names = m.group(1).strip();
        // CASE_INSENSITIVE lets "by the way..." through the NAME class; insist on capitals here.
        for (String w : names.split("\\s+|,")) {
            if (!w.isEmpty() && !w.matches(PARTICLE + "|and|und|et|y|e|&") && !Character.isUpperCase(w.charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.of(names);
    }
}
