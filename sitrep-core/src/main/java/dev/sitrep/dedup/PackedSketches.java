package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * The sketches and shingle counts of the texts in a {@link CopyIndex}, in flat primitive arrays: each of a
 * text's two sketches of {@link Fingerprint#BINS} 16-bit values is packed four to a long, a row of 128 bytes,
 * so comparing two sketches is 16 XORs and bit counts rather than 64 char comparisons. Rows are laid out to
 * fill aligned pairs of 64-byte cache lines (see {@link #PAD}), so checking a candidate's words costs one
 * trip to memory: the second line of a pair is fetched with the first.
 * Appending grows the arrays by half, keeping the slack bounded.
 */
final class PackedSketches {
    /** Longs per sketch row. */
    static final int ROW = Fingerprint.BINS / 4;
    /**
     * Longs before the first row. Large arrays start on a heap-region boundary and their data 16 bytes after
     * it (the array header), so 14 longs more put every 128-byte row on a 128-byte boundary. Only speed
     * depends on it.
     */
    private static final int PAD = 14;
    private static final long LOW15 = 0x7FFF_7FFF_7FFF_7FFFL;
    private static final long HIGH = 0x8000_8000_8000_8000L;

    private long[] words = new long[PAD + 1024 * ROW];
    private long[] skeletons = new long[PAD + 1024 * ROW];
    private int[] counts = new int[1024 * 2];
    private int size;

    int size() {
        return size;
    }

    long memoryBytes() {
        return (long) words.length * 8 + (long) skeletons.length * 8 + (long) counts.length * 4;
    }

    /** Appends a text's sketches and returns its number. */
    int add(Fingerprint fp) {
        int doc = size++;
        if (PAD + (long) size * ROW > words.length) {
            int cap = (words.length - PAD) / ROW;
            cap += cap >> 1;
            words = Arrays.copyOf(words, PAD + Math.multiplyExact(cap, ROW));
            skeletons = Arrays.copyOf(skeletons, words.length);
            counts = Arrays.copyOf(counts, cap * 2);
        }
        pack(fp.words(), words, PAD + doc * ROW);
        pack(fp.skeleton(), skeletons, PAD + doc * ROW);
        counts[doc * 2] = fp.wordCount();
        counts[doc * 2 + 1] = fp.skeletonCount();
        return doc;
    }

    /** Packs a sketch into {@link #ROW} longs of {@code out} from {@code at}. */
    static void pack(char[] sketch, long[] out, int at) {
        for (int i = 0; i < ROW; i++) {
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

    /** Bins where text {@code doc}'s word sketch agrees with a packed one ({@link #pack}ed at 0). */
    int sameWords(int doc, long[] query) {
        return same(words, PAD + doc * ROW, query);
    }

    /** Bins where text {@code doc}'s skeleton sketch agrees with a packed one. */
    int sameSkeleton(int doc, long[] query) {
        return same(skeletons, PAD + doc * ROW, query);
    }

    /** Counts equal 16-bit lanes: a lane of a ^ b is zero exactly when adding 0x7FFF to its low bits leaves its top bit clear. */
    private static int same(long[] stored, int at, long[] query) {
        int differ = 0;
        for (int i = 0; i < ROW; i++) {
            long x = stored[at + i] ^ query[i];
            differ += Long.bitCount(((x & LOW15) + LOW15 | x) & HIGH);
        }
        return Fingerprint.BINS - differ;
    }
}
