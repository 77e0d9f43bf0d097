package dev.sitrep.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * English function words, as token hashes in a sorted array. Article spinners swap content words for
 * synonyms but must keep the grammar, so the sequence of function words survives spinning far better than
 * the words themselves (the idea behind SpotSigs, Theobald et al. 2008).
 */
final class StopWords {
    private static final long[] HASHES = load();

    private StopWords() {
    }

    static boolean contains(long tokenHash) {
        return Arrays.binarySearch(HASHES, tokenHash) >= 0;
    }

    private static long[] load() {
        InputStream in = StopWords.class.getResourceAsStream("/dev/sitrep/dedup/function-words.txt");
        if (in == null) {
            throw new IllegalStateException("resource dev/sitrep/dedup/function-words.txt is missing from the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .mapToLong(Hashing::word).sorted().distinct().toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
