package dev.sitrep.dedup;

import dev.sitrep.clean.PressReleaseTrailer;

/**
 * Computes {@link Fingerprint}s with one-permutation hashing (Li, Owen and Zhang 2012): each shingle is
 * hashed once, its top bits choose a bin and the bin keeps its smallest hash, then empty bins borrow from a
 * pseudo-randomly chosen full bin (Shrivastava's optimal densification) so short texts stay comparable.
 * One hash per shingle instead of one per permutation is what makes tens of thousands of articles per
 * second per core possible. What every release of a company repeats (its profile, disclaimer, contacts) is
 * left out, so shared boilerplate does not make two releases copies.
 *
 * <p>Not thread-safe (it reuses buffers); use one per thread.
 */
public final class Fingerprinter {
    /** Words per word shingle. */
    static final int WORD_SHINGLE = 2;
    /** Function words per skeleton shingle. */
    static final int SKELETON_SHINGLE = 5;

    private final Tokens tokens = new Tokens();
    private final long[] wordMins = new long[Fingerprint.BINS];
    private final long[] skeletonMins = new long[Fingerprint.BINS];

    /** The fingerprint of {@code text}, a press release's trailer left out ({@link PressReleaseTrailer}). */
    public Fingerprint of(CharSequence text) {
        int end = PressReleaseTrailer.start(text);
        tokens.fill(end == text.length() ? text : text.subSequence(0, end));
        int wordCount = shingle(tokens.hashes, tokens.size, WORD_SHINGLE, 17, 0, wordMins);
        int skeletonCount = shingle(tokens.skeleton, tokens.skeletonSize, SKELETON_SHINGLE, 13, 0x5bd1e995L,
                skeletonMins);
        int[] keys = new int[Fingerprint.KEYS];
        char[] words = densify(wordMins, keys, 0);
        char[] skeleton = densify(skeletonMins, keys, Fingerprint.KEYED_BINS);
        return new Fingerprint(words, skeleton, wordCount, skeletonCount, keys);
    }

    /**
     * Hashes each run of {@code width} consecutive tokens and keeps, per bin, the smallest hash; returns how
     * many shingles there were. The minimum is taken without a branch: early in a text most hashes lower
     * their bin's minimum and late in it few do, which a predictor learns only at a cost.
     */
    private static int shingle(long[] h, int n, int width, int rotation, long salt, long[] mins) {
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        int count = 0;
        for (int i = 0; i + width <= n; i++) {
            long s = h[i];
            for (int j = 1; j < width; j++) {
                s = Long.rotateLeft(s, rotation) ^ h[i + j];
            }
            long hash = Hashing.mix(s ^ salt);
            int bin = (int) (hash >>> 58);
            mins[bin] = Math.min(mins[bin], hash & 0x03FF_FFFF_FFFF_FFFFL);
            count++;
        }
        return count;
    }

    /**
     * 16-bit values per bin; empty bins take a full bin's value chosen by a hash of (bin, attempt). The first
     * {@link Fingerprint#KEYED_BINS} bins also give 32-bit keys (mixed with the bin and family, never 0).
     */
    private static char[] densify(long[] mins, int[] keys, int keyOffset) {
        char[] out = new char[Fingerprint.BINS];
        boolean any = false;
        for (long v : mins) {
            if (v != Long.MAX_VALUE) {
                any = true;
                break;
            }
        }
        for (int i = 0; i < Fingerprint.BINS; i++) {
            long v = mins[i];
            if (v == Long.MAX_VALUE && any) {
                for (int attempt = 1; v == Long.MAX_VALUE; attempt++) {
                    int from = (int) (Hashing.mix(((long) i << 32) | attempt) >>> 58);
                    v = mins[from];
                }
                v = Hashing.mix(v + i);
            }
            long mixed = v == Long.MAX_VALUE ? 0 : Hashing.mix(v);
            out[i] = (char) (mixed >>> 48);
            if (i < Fingerprint.KEYED_BINS) {
                int key = (int) Hashing.mix(mixed ^ ((long) (keyOffset + i) << 40));
                keys[keyOffset + i] = key == 0 ? 1 : key;
            }
        }
        return out;
    }
}
