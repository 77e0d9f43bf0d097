package dev.sitrep.dedup;

/**
 * Word tokens of a text as 64-bit hashes, without allocating a string per word: letters and digits form
 * words, case is folded, apostrophes are dropped inside words, everything else separates. A token's hash is
 * {@link Hashing#word} of its lower-case form. The function words among them ({@link StopWords}) are also
 * collected in order into {@link #skeleton}, for {@link Fingerprinter}'s spinner-proof skeleton shingles.
 *
 * <p>Hand-written rather than a Lucene analyzer: the copy check must fingerprint tens of thousands of
 * articles per second per core, and a token stream with attribute objects costs several times more. The
 * character loop has no branch on where words end, whose outcome no predictor can guess: each character
 * adds its positional product to the running sum under a mask that clears it at a separator, and the sum
 * so far is written to the next token slot every time, the slot being kept (the count advanced) only where a
 * word has just ended. ASCII, the bulk of news text, is classified and folded by a table look-up, and only
 * other characters ask {@link Character}. A second pass finishes the hashes and sorts out function words,
 * again without branches.
 */
final class Tokens {
    /** Per ASCII code: its lower-case form when it is a letter or digit, {@link #SKIP} for the apostrophe, else 0. */
    private static final char[] ASCII = new char[128];
    private static final char SKIP = '\'';
    private static final long[] POSITION = Hashing.POSITION;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
        ASCII['\''] = SKIP;
    }

    /** Token hashes, {@link #size} of them. */
    long[] hashes = new long[1024];
    /** The function-word tokens' hashes, in text order, {@link #skeletonSize} of them. */
    long[] skeleton = new long[1024];
    int size;
    int skeletonSize;
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
        // A word needs a character and a separator after it (but the last), so at most n / 2 + 1 words.
        int capacity = n / 2 + 2;
        if (hashes.length < capacity) {
            hashes = new long[Math.max(capacity, hashes.length * 2)];
            skeleton = new long[hashes.length];
        }
        char[] cs = chars;
        long[] out = hashes;
        long sum = 0;
        int len = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            int c = cs[i];
            int folded = c < 128 ? ASCII[c] : fold(c);
            if (folded == SKIP) {
                // Apostrophes stay inside words ("don't" is one token), so "don’t" and "don't" agree.
                continue;
            }
            out[count] = sum ^ len;
            int letter = (folded + 0xFFFF) >>> 16;
            // A word ended here when one was running and this character is not a letter or digit.
            count += (-len >>> 31) & (letter ^ 1);
            long keep = -(long) letter;
            sum = (sum + folded * POSITION[len & (Hashing.POSITIONS - 1)]) & keep;
            len = (len + 1) & (int) keep;
        }
        out[count] = sum ^ len;
        count += -len >>> 31;
        long[] skel = skeleton;
        int m = 0;
        for (int i = 0; i < count; i++) {
            long raw = out[i];
            long h = Hashing.mix(raw);
            out[i] = h;
            skel[m] = h;
            m += StopWords.contains(h) ? 1 : 0;
        }
        size = count;
        skeletonSize = m;
        return this;
    }

    private static int fold(int c) {
        if (Character.isLetterOrDigit(c)) {
            return Character.toLowerCase(c);
        }
        return c == '’' ? SKIP : 0;
    }
}
