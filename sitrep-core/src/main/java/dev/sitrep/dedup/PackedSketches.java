package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * The sketches and shingle counts of the texts in a {@link CopyIndex}, in flat primitive arrays: each
 * text's two sketches of {@link Fingerprint#BINS} 16-bit values are packed four to a long, so comparing two
 * sketches is a few XORs and bit counts over 32 longs (two to four cache lines) rather than 128 char
 * comparisons. Appending grows the arrays by half, keeping the slack bounded.
 */
final class PackedSketches {
    /** Longs per text: words sketch, then skeleton sketch. */
    static final int LONGS = 2 * Fingerprint.BINS / 4;
    private static final int HALF = LONGS / 2;
    private static final long LOW15 = 0x7FFF_7FFF_7FFF_7FFFL;
    private static final long HIGH = 0x8000_8000_8000_8000L;

    private long[] bins = new long[1024 * LONGS];
    private int[] counts = new int[1024 * 2];
    private int size;

    int size() {
        return size;
    }

    long memoryBytes() {
        return (long) bins.length * 8 + (long) counts.length * 4;
    }

    /** Appends a text's sketches and returns its number. */
    int add(Fingerprint fp) {
        int doc = size++;
        if ((long) size * LONGS > bins.length) {
            int cap = bins.length / LONGS;
            cap += cap >> 1;
            bins = Arrays.copyOf(bins, Math.multiplyExact(cap, LONGS));
            counts = Arrays.copyOf(counts, cap * 2);
        }
        pack(fp, bins, doc * LONGS);
        counts[doc * 2] = fp.wordCount();
        counts[doc * 2 + 1] = fp.skeletonCount();
        return doc;
    }

    /** Packs {@code fp}'s sketches into {@code out}, {@link #LONGS} longs. */
    static void pack(Fingerprint fp, long[] out) {
        pack(fp, out, 0);
    }

    private static void pack(Fingerprint fp, long[] out, int at) {
        packOne(fp.words(), out, at);
        packOne(fp.skeleton(), out, at + HALF);
    }

    private static void packOne(char[] sketch, long[] out, int at) {
        for (int i = 0; i < HALF; i++) {
            int b = i * 4;
            out[at + i] = (long) sketch[b] << 48 | (long) sketch[b + 1] << 32 | (long) sketch[b + 2] << 16 | sketch[b + 3];
        }
    }

    int wordCount(int doc) {
        return counts[doc * 2];
    }

    int skeletonCount(int doc) {
        return counts[doc * 2 + 1];
    }

    /** Bins where text {@code doc}'s word sketch agrees with a packed query. */
    int sameWords(int doc, long[] query) {
        return same(bins, doc * LONGS, query, 0);
    }

    /** Bins where text {@code doc}'s skeleton sketch agrees with a packed query. */
    int sameSkeleton(int doc, long[] query) {
        return same(bins, doc * LONGS + HALF, query, HALF);
    }

    /** Counts equal 16-bit lanes: a lane of a ^ b is zero exactly when adding 0x7FFF to its low bits leaves its top bit clear. */
    private static int same(long[] stored, int at, long[] query, int from) {
        int differ = 0;
        for (int i = 0; i < HALF; i++) {
            long x = stored[at + i] ^ query[from + i];
            long nonZero = ((x & LOW15) + LOW15 | x) & HIGH;
            differ += Long.bitCount(nonZero);
        }
        return Fingerprint.BINS - differ;
    }
}
