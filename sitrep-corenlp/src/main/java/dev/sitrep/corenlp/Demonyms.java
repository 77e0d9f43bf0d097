package dev.sitrep.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells nationality and group names ("Ukrainian", "Dutch", "Muslims") from other miscellaneous names
 * ("World Cup", "Nasdaq"). The CoNLL models tag both MISC; Sitrep keeps the first kind apart as NORP.
 * The words and suffixes live in {@code demonyms.txt}, loaded once.
 */
final class Demonyms {
    private static final Demonyms INSTANCE = load();

    private final Set<String> words;
    private final List<String> suffixes;

    private Demonyms(Set<String> words, List<String> suffixes) {
        this.words = Set.copyOf(words);
        this.suffixes = List.copyOf(suffixes);
    }

    static Demonyms instance() {
        return INSTANCE;
    }

    /** Whether the name, judged by its last word, names a people or group. */
    boolean matches(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (last.length() < 3 || !Character.isUpperCase(last.charAt(0)) || !last.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return words.contains(last) || suffixes.stream().anyMatch(last::endsWith);
    }

    private static Demonyms load() {
        Set<String> words = new HashSet<>();
        List<String> suffixes = new ArrayList<>();
        try (InputStream in = Demonyms.class.getResourceAsStream("/dev/sitrep/corenlp/demonyms.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("-")) {
                    suffixes.add(line.substring(1));
                } else {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Demonyms(words, suffixes);
    }
}
