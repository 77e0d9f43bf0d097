package dev.sitrep.dedup;

/**
 * Computes {@link Fingerprint}s with one-permutation hashing (Li, Owen and Zhang 2012): each shingle is
 * hashed once, its top bits choose a bin and the bin keeps its smallest hash, then empty bins borrow from a
 * pseudo-randomly chosen full bin (Shrivastava's optimal densification) so short texts stay comparable.
 * One hash per shingle instead of one per permutation is what makes tens of thousands of articles per
 * second per core possible.
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
    private long[] skeletonBuf = new long[1024];

    public Fingerprint of(CharSequence text) {
        tokens.fill(text);
        int n = tokens.size;
        long[] h = tokens.hashes;
        java.util.Arrays.fill(wordMins, Long.MAX_VALUE);
        int wordCount = 0;
        for (int i = 0; i + WORD_SHINGLE <= n; i++) {
            long s = h[i];
            for (int j = 1; j < WORD_SHINGLE; j++) {
                s = Long.rotateLeft(s, 17) ^ h[i + j];
            }
            put(wordMins, Hashing.mix(s));
            wordCount++;
        }
        int m = 0;
        if (skeletonBuf.length < n) {
            skeletonBuf = new long[n];
        }
        for (int i = 0; i < n; i++) {
            if (tokens.stop[i]) {
                skeletonBuf[m++] = h[i];
            }
        }
        java.util.Arrays.fill(skeletonMins, Long.MAX_VALUE);
        int skeletonCount = 0;
        for (int i = 0; i + SKELETON_SHINGLE <= m; i++) {
            long s = skeletonBuf[i];
            for (int j = 1; j < SKELETON_SHINGLE; j++) {
                s = Long.rotateLeft(s, 13) ^ skeletonBuf[i + j];
            }
            put(skeletonMins, Hashing.mix(s ^ 0x5bd1e995L));
            skeletonCount++;
        }
        int[] keys = new int[Fingerprint.KEYS];
        char[] words = densify(wordMins, keys, 0);
        char[] skeleton = densify(skeletonMins, keys, Fingerprint.KEYED_BINS);
        return new Fingerprint(words, skeleton, wordCount, skeletonCount, keys);
    }

    private static void put(long[] mins, long hash) {
        int bin = (int) (hash >>> 58);
        long value = hash & 0x03FF_FFFF_FFFF_FFFFL;
        if (value < mins[bin]) {
            mins[bin] = value;
        }
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
