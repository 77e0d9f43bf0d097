package dev.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists the entity stage consults, read once from {@code dev/sitrep/nlp/kb/*.txt} (one word a line,
 * {@code #} comments): words that are not names on their own, function words that mark headline case,
 * courtesy titles, common given names, and the prepositions that make a capital a place rather than a government.
 */
final class WordLists {
    /** Folded keys of words that are never a name alone. */
    static final Set<String> JUNK = folded("junk-words.txt");
    /** Folded keys of function words. */
    static final Set<String> FUNCTION = folded("function-words.txt");
    /** Courtesy and rank titles, as written ("Mr", "Gen"). */
    static final Set<String> HONORIFICS = read("honorifics.txt");
    /** Folded common given names. */
    static final Set<String> GIVEN_NAMES = folded("given-names.txt");
    /** Folded words that make an office phrase another office or another time ("deputy", "former"). */
    static final Set<String> TITLE_MODIFIERS = folded("title-modifiers.txt");
    /** Folded keys of words after which a capital is a place. */
    static final Set<String> LOCATIVES = folded("locatives.txt");

    private WordLists() {
    }

    private static Set<String> folded(String name) {
        Set<String> out = new HashSet<>();
        for (String w : read(name)) {
            out.add(Tokens.fold(w));
        }
        return Set.copyOf(out);
    }

    private static Set<String> read(String name) {
        InputStream in = dev.sitrep.nlp.kb.KnowledgeBase.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("word list resource missing: dev/sitrep/nlp/kb/" + name);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
