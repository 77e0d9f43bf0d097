package dev.sitrep.dedup;

/**
 * A compact sketch of an article's text for the copy check: two one-permutation MinHash sketches of
 * {@link #BINS} 16-bit values each, one over word shingles (what the text says) and one over function-word
 * shingles (how it is built, which survives spinners' synonym swaps), plus the number of shingles in each
 * set, from which containment is estimated for truncated copies; and {@link #KEYS} 32-bit look-up keys
 * (full-precision minima of the first {@link #KEYED_BINS} bins of each sketch) for the copy index.
 *
 * @param words         MinHash of word shingles, {@link #BINS} values
 * @param skeleton      MinHash of function-word shingles, {@link #BINS} values
 * @param wordCount     how many word shingles the text has (0 for an empty text)
 * @param skeletonCount how many function-word shingles the text has
 * @param keys          look-up keys: {@link #KEYED_BINS} word keys, then as many skeleton keys
 */
public record Fingerprint(char[] words, char[] skeleton, int wordCount, int skeletonCount, int[] keys) {
    /** Bins per sketch. */
    public static final int BINS = 64;
    /** Bins per sketch that also serve as index keys. */
    public static final int KEYED_BINS = 16;
    /** Index keys per fingerprint. */
    public static final int KEYS = 2 * KEYED_BINS;

    /**
     * How tokens and shingles are hashed, written first in {@link #toBytes()}: fingerprints of different
     * schemes cannot be compared, so a stored one of another scheme must be computed again from its text.
     * Scheme 1 (no version byte) hashed words with FNV-1a; scheme 2 uses {@link Hashing}'s multilinear hash;
     * scheme 3 leaves a press release's trailer out of the text it fingerprints.
     */
    public static final int SCHEME = 3;

    /** Size of {@link #toBytes()}. */
    public static final int BYTES = 1 + 2 * BINS * 2 + 8 + KEYS * 4;

    /** A compact binary form, for storing beside an article; {@link #fromBytes} reads it back. */
    public byte[] toBytes() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(BYTES);
        b.put((byte) SCHEME);
        for (char c : words) {
            b.putChar(c);
        }
        for (char c : skeleton) {
            b.putChar(c);
        }
        b.putInt(wordCount).putInt(skeletonCount);
        for (int k : keys) {
            b.putInt(k);
        }
        return b.array();
    }

    /**
     * Reads {@link #toBytes()}.
     *
     * @return the fingerprint, or null when it was made by another {@link #SCHEME} (compute it again)
     * @throws IllegalArgumentException when the bytes are no fingerprint of any scheme
     */
    public static Fingerprint fromBytes(byte[] bytes, int offset, int length) {
        if (length == BYTES - 1) {
            return null;
        }
        if (length != BYTES) {
            throw new IllegalArgumentException("a fingerprint has " + BYTES + " bytes, not " + length);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, offset, length);
        if (b.get() != SCHEME) {
            return null;
        }
        char[] w = new char[BINS];
        char[] s = new char[BINS];
        for (int i = 0; i < BINS; i++) {
            w[i] = b.getChar();
        }
        for (int i = 0; i < BINS; i++) {
            s[i] = b.getChar();
        }
        int wc = b.getInt();
        int sc = b.getInt();
        int[] k = new int[KEYS];
        for (int i = 0; i < KEYS; i++) {
            k[i] = b.getInt();
        }
        return new Fingerprint(w, s, wc, sc, k);
    }

    /** Estimated resemblance of two texts, 0 to 1, per shingle family; see {@link Similarity}. */
    public Similarity compare(Fingerprint other) {
        return new Similarity(jaccard(words, other.words, wordCount, other.wordCount),
                jaccard(skeleton, other.skeleton, skeletonCount, other.skeletonCount),
                wordCount, other.wordCount, skeletonCount, other.skeletonCount);
    }

    private static double jaccard(char[] a, char[] b, int na, int nb) {
        int same = 0;
        for (int i = 0; i < BINS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return estimate(same, na, nb);
    }

    /** Jaccard estimate from the number of agreeing bins; 0 when either set is empty. */
    static double estimate(int same, int na, int nb) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        // b-bit MinHash: 16-bit values also agree by chance with probability 2^-16; remove that bias.
        double p = (double) same / BINS;
        double chance = 1.0 / 65536;
        return Math.max(0, (p - chance) / (1 - chance));
    }
}
