package dev.sitrep.positions;

import dev.sitrep.clean.ResourceLines;
import dev.sitrep.positions.Words.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the positions stage, read once from {@code src/main/resources/dev/sitrep/positions/}: the
 * stance cues by class ({@code stance-cues.txt}) and the synonym sets that widen an issue's words
 * ({@code synonyms.txt}).
 */
final class Lexicons {
    private static final PhraseTable<String> CUES = loadCues();
    private static final Map<String, List<Set<String>>> SYNONYMS = synonyms();
    private static final PhraseTable<Boolean> SYNONYM_PHRASES = synonymPhrases();

    private Lexicons() {
    }

    /** Stance cues labelled with their class ("negation", "oppose", "dismiss", ...). */
    static PhraseTable<String> cues() {
        return CUES;
    }

    private static PhraseTable<String> loadCues() {
        PhraseTable<String> t = new PhraseTable<>();
        for (String line : ResourceLines.load(Lexicons.class, "stance-cues.txt")) {
            int colon = line.indexOf(':');
            String cls = line.substring(0, colon).strip();
            for (String entry : line.substring(colon + 1).split(",")) {
                t.add(entry.strip(), cls);
            }
        }
        return t;
    }

    /** A phrase and every synonym of it, the phrase first. */
    static Set<String> widen(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase.strip());
        for (Set<String> set : SYNONYMS.getOrDefault(key(phrase), List.of())) {
            out.addAll(set);
        }
        return out;
    }

    /** The stems of a phrase joined by spaces: two phrases with the same key are the same words. */
    static String key(String phrase) {
        return String.join(" ", Words.stems(phrase));
    }

    /** How many tokens the longest synonym entry starting at token {@code i} covers; 0 when none starts there. */
    static int longestSynonym(List<Token> tokens, int i) {
        PhraseTable.Hit<Boolean> h = SYNONYM_PHRASES.at(tokens, i, null);
        return h == null ? 0 : h.to() - h.from();
    }

    private static PhraseTable<Boolean> synonymPhrases() {
        PhraseTable<Boolean> t = new PhraseTable<>();
        SYNONYMS.values().forEach(sets -> sets.forEach(set -> set.forEach(entry -> t.add(entry, true))));
        return t;
    }

    private static Map<String, List<Set<String>>> synonyms() {
        Map<String, List<Set<String>>> out = new HashMap<>();
        for (String line : ResourceLines.load(Lexicons.class, "synonyms.txt")) {
            Set<String> set = new LinkedHashSet<>();
            for (String entry : line.split(",")) {
                set.add(entry.strip());
            }
            for (String entry : set) {
                out.computeIfAbsent(key(entry), k -> new ArrayList<>()).add(set);
            }
        }
        return out;
    }
}
