package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * Word tokens of a text as 64-bit hashes, without allocating a string per word: letters and digits form
 * words, case is folded, everything else separates. Each token is also marked when it is a function word
 * ({@link StopWords}), which {@link Fingerprinter} uses for the spinner-proof skeleton shingles.
 *
 * <p>Hand-written rather than a Lucene analyzer: the copy check must fingerprint tens of thousands of
 * articles per second per core, and a token stream with attribute objects costs several times more.
 */
final class Tokens {
    long[] hashes = new long[1024];
    boolean[] stop = new boolean[1024];
    int size;

    /** Tokenises {@code text} into this buffer, replacing what was there. */
    Tokens fill(CharSequence text) {
        size = 0;
        long h = 0;
        int len = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                c = Character.toLowerCase(c);
                h = (h ^ c) * 0x100000001b3L;
                len++;
            } else if (c == '\'' || c == '’') {
                // Apostrophes stay inside words ("don't" is one token), so "don’t" and "don't" agree.
                continue;
            } else if (len > 0) {
                add(Hashing.mix(h ^ len));
                h = 0;
                len = 0;
            }
        }
        return this;
    }

    private void add(long hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            stop = Arrays.copyOf(stop, size * 2);
        }
        hashes[size] = hash;
        stop[size] = StopWords.contains(hash);
        size++;
    }
}
