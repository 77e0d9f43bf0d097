package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * The texts one look-up of a {@link CopyIndex} has already met, with how many of the look-up's keys reached
 * each, so a text is verified once, when it is reached the second time. A small open-addressing set of ints, emptied in constant time by moving to a new generation:
 * a look-up meets at most {@link Fingerprint#KEYS} x {@link KeyTable#CAP} texts, so it stays in cache,
 * unlike a mark per stored text (hand-written: no boxing, nothing allocated per look-up).
 */
final class CandidateSet {
    private static final int LENGTH = Integer.highestOneBit(Fingerprint.KEYS * KeyTable.CAP) * 4;

    private final int[] values = new int[LENGTH];
    private final int[] counts = new int[LENGTH];
    private final int[] generations = new int[LENGTH];
    private int generation = 1;

    /** Empties the set. */
    void clear() {
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(generations, 0);
            generation = 1;
        }
    }

    /** Counts one more meeting with {@code value} and returns how many there have been in this look-up. */
    int meet(int value) {
        int mask = LENGTH - 1;
        for (int i = (value * 0x9E3779B9) >>> 20 & mask; ; i = (i + 1) & mask) {
            if (generations[i] != generation) {
                generations[i] = generation;
                values[i] = value;
                counts[i] = 1;
                return 1;
            }
            if (values[i] == value) {
                return ++counts[i];
            }
        }
    }
}
