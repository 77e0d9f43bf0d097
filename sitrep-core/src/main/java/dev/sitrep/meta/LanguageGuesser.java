package dev.sitrep.meta;

import dev.sitrep.clean.ResourceLines;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text by counting its most frequent function words ({@code stopwords.txt}: en, de,
 * fr, es, it, pt, pl, ru, uk). Written by hand because a news article of a few hundred words is decided by its
 * stopwords alone and the libraries that do more carry large profiles; the guess is only made when it is clear.
 *
 * <p>Contract: a language code when at least {@value #MIN_HITS} stopwords were seen and the winner has at least
 * {@value #MARGIN} times the votes of the runner-up, and stopwords are at least {@value #MIN_SHARE} of the tokens; empty otherwise (too short, mixed, or another language).
 */
public final class LanguageGuesser {
    static final int MIN_HITS = 5;
    static final double MARGIN = 1.5;
    /** Function words make up a quarter or more of running text; far fewer means another language. */
    static final double MIN_SHARE = 0.08;
    private static final int MAX_TOKENS = 3000;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}']+");
    /** Word to the languages it votes for. */
    private static final Map<String, List<String>> STOPWORDS = load();

    public Optional<String> guess(String text) {
        Map<String, Integer> votes = new HashMap<>();
        Matcher m = TOKEN.matcher(text);
        int tokens = 0;
        while (m.find() && tokens++ < MAX_TOKENS) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (String lang : STOPWORDS.getOrDefault(w, List.of())) {
                votes.merge(lang, 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (var e : votes.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= MIN_HITS && first >= MARGIN * second && first >= MIN_SHARE * Math.min(tokens, MAX_TOKENS) ? Optional.of(best) : Optional.empty();
    }

    private static Map<String, List<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : ResourceLines.load(LanguageGuesser.class, "stopwords.txt")) {
            int colon = line.indexOf(':');
            String lang = line.substring(0, colon).strip();
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                out.computeIfAbsent(w, k -> new HashSet<>()).add(lang);
            }
        }
        Map<String, List<String>> index = new HashMap<>();
        out.forEach((w, langs) -> index.put(w, List.copyOf(langs)));
        return Map.copyOf(index);
    }
}
