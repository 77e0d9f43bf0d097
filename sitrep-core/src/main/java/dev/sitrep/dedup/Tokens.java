package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * Word tokens of a text as 64-bit hashes, without allocating a string per word: letters and digits form
 * words, case is folded, apostrophes are dropped inside words, everything else separates. Each token is also
 * marked when it is a function word ({@link StopWords}), which {@link Fingerprinter} uses for the
 * spinner-proof skeleton shingles. A token's hash is {@link Hashing#word} of its lower-case form.
 *
 * <p>Hand-written rather than a Lucene analyzer: the copy check must fingerprint tens of thousands of
 * articles per second per core, and a token stream with attribute objects costs several times more. One pass
 * over the characters; ASCII, the bulk of news text, is classified and folded by a table look-up, and only
 * other characters ask {@link Character}.
 */
final class Tokens {
    /** Per ASCII code: its lower-case form when it is a letter or digit, {@link #SKIP} for the apostrophe, else 0. */
    private static final char[] ASCII = new char[128];
    private static final char SKIP = '\'';

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
        ASCII['\''] = SKIP;
    }

    long[] hashes = new long[1024];
    boolean[] stop = new boolean[1024];
    int size;
    private char[] chars = new char[8192];

    /** Tokenises {@code text} into this buffer, replacing what was there. */
    Tokens fill(CharSequence text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        if (text instanceof String s) {
            s.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = text.charAt(i);
            }
        }
        size = 0;
        char[] cs = chars;
        long h = 0;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            char folded;
            if (c < 128) {
                folded = ASCII[c];
            } else if (Character.isLetterOrDigit(c)) {
                folded = Character.toLowerCase(c);
            } else {
                folded = c == '’' ? SKIP : 0;
            }
            if (folded == SKIP) {
                // Apostrophes stay inside words ("don't" is one token), so "don’t" and "don't" agree.
                continue;
            }
            if (folded != 0) {
                h = (h ^ folded) * Hashing.FNV_PRIME;
                len++;
            } else if (len > 0) {
                add(Hashing.mix(h ^ len));
                h = 0;
                len = 0;
            }
        }
        if (len > 0) {
            add(Hashing.mix(h ^ len));
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
