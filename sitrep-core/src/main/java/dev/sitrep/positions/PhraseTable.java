package dev.sitrep.positions;

import dev.sitrep.positions.Words.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases (by their stems) with a label each, found in a token list longest first. Built once, then read only.
 *
 * @param <T> what a phrase stands for (a cue class, an issue's group)
 */
final class PhraseTable<T> {
    /** A phrase found: its label, the tokens it covers ({@code from} inclusive, {@code to} exclusive), its text. */
    record Hit<T>(T label, int from, int to, String text) {
    }

    private record Entry<T>(List<String> stems, T label) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    void add(String phrase, T label) {
        List<String> stems = Words.stems(phrase);
        if (stems.isEmpty()) {
            return;
        }
        List<Entry<T>> list = byFirst.computeIfAbsent(stems.get(0), k -> new ArrayList<>());
        list.add(new Entry<>(stems, label));
        list.sort(Comparator.comparingInt((Entry<T> e) -> -e.stems().size()));
    }

    /** The longest phrase starting at token {@code i}, or null; its text is cut from {@code text} when not null. */
    Hit<T> at(List<Token> tokens, int i, String text) {
        List<Entry<T>> list = byFirst.get(tokens.get(i).stem());
        if (list == null) {
            return null;
        }
        for (Entry<T> e : list) {
            int n = e.stems().size();
            if (i + n <= tokens.size() && matches(tokens, i, e.stems())) {
                String found = text == null ? "" : text.substring(tokens.get(i).start(), tokens.get(i + n - 1).end());
                return new Hit<>(e.label(), i, i + n, found);
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, List<String> stems) {
        for (int k = 0; k < stems.size(); k++) {
            if (!tokens.get(i + k).stem().equals(stems.get(k))) {
                return false;
            }
        }
        return true;
    }
}
