package dev.sitrep.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The English function words of {@code dev/sitrep/dedup/function-words.txt}, loaded once. */
public final class FunctionWords {
    private static final Set<String> WORDS = load();

    private FunctionWords() {
    }

    /** Whether a lower-case word is a function word. */
    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /** All of them. */
    public static Set<String> all() {
        return WORDS;
    }

    private static Set<String> load() {
        InputStream in = FunctionWords.class.getResourceAsStream("/dev/sitrep/dedup/function-words.txt");
        if (in == null) {
            throw new IllegalStateException("resource dev/sitrep/dedup/function-words.txt is missing from the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
