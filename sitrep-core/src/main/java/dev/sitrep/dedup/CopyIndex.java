package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * An in-memory locality-sensitive index of fingerprints for the incremental copy check. Each fingerprint's
 * {@link Fingerprint#KEYS} keys (one per keyed sketch bin) point at it, so a copy sharing even a few bins with
 * its original is found; candidates are then verified on the whole sketches with a {@link CopyRule}. Keys
 * shared by more than {@link #BUCKET_CAP} texts are stop-shingles (the same phrase in many stories) and are
 * skipped at look-up; a real copy still shares many other bins.
 *
 * <p>Storage is primitive arrays, no object per entry: an open-addressing table whose slots pack a 32-bit key
 * with the newest text holding it, a "next" link per (text, key), and the sketches. About 760 bytes per text.
 * Not thread-safe.
 */
public final class CopyIndex {
    /** Keys with more texts than this are not followed at look-up. */
    static final int BUCKET_CAP = 48;
    private static final int KEYS = Fingerprint.KEYS;
    private static final int SKETCH = 2 * Fingerprint.BINS;

    private final CopyRule rule;
    private int size;
    private char[] sketches = new char[1024 * SKETCH];
    private int[] counts = new int[1024 * 2];
    private int[] next = new int[1024 * KEYS];
    /** Slot = key (high 32 bits) | (newest text + 1) (low 32 bits); 0 = empty. */
    private long[] table = new long[1 << 14];
    private int tableUsed;
    private int[] seen = new int[1024];
    private int stamp;

    public CopyIndex(CopyRule rule) {
        this.rule = rule;
    }

    /** How many fingerprints are stored. */
    public int size() {
        return size;
    }

    /** Heap bytes held by the index's arrays. */
    public long memoryBytes() {
        return (long) sketches.length * 2 + (long) counts.length * 4 + (long) next.length * 4 + (long) table.length * 8
                + (long) seen.length * 4;
    }

    /** Stores a fingerprint and returns its number (0, 1, 2, ... in insertion order). */
    public int add(Fingerprint fp) {
        int doc = size++;
        ensureDocCapacity(size);
        int base = doc * SKETCH;
        System.arraycopy(fp.words(), 0, sketches, base, Fingerprint.BINS);
        System.arraycopy(fp.skeleton(), 0, sketches, base + Fingerprint.BINS, Fingerprint.BINS);
        counts[doc * 2] = fp.wordCount();
        counts[doc * 2 + 1] = fp.skeletonCount();
        for (int k = 0; k < KEYS; k++) {
            next[doc * KEYS + k] = -1;
            if (!usable(fp, k)) {
                continue;
            }
            int slot = slot(fp.keys()[k], true);
            next[doc * KEYS + k] = (int) table[slot] - 1;
            table[slot] = (table[slot] & 0xFFFF_FFFF_0000_0000L) | (doc + 1L);
        }
        return doc;
    }

    /** A family with no shingles has a meaningless sketch: do not index or look it up. */
    private static boolean usable(Fingerprint fp, int k) {
        return k < Fingerprint.KEYED_BINS ? fp.wordCount() > 0 : fp.skeletonCount() > 0;
    }

    /**
     * The stored texts that are copies of {@code fp} under the rule, best match first.
     *
     * @return their numbers, at most {@code max}
     */
    public int[] copiesOf(Fingerprint fp, int max) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        int[] found = new int[4];
        double[] scores = new double[4];
        int n = 0;
        for (int k = 0; k < KEYS; k++) {
            if (!usable(fp, k)) {
                continue;
            }
            int slot = slot(fp.keys()[k], false);
            if (slot < 0) {
                continue;
            }
            int head = (int) table[slot] - 1;
            if (longerThanCap(head, k)) {
                continue;
            }
            for (int doc = head; doc >= 0; doc = next[doc * KEYS + k]) {
                if (seen[doc] == stamp) {
                    continue;
                }
                seen[doc] = stamp;
                Similarity s = compareStored(fp, doc);
                if (rule.isCopy(s)) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                        scores = Arrays.copyOf(scores, n * 2);
                    }
                    found[n] = doc;
                    scores[n++] = CopyRule.score(s);
                }
            }
        }
        return best(found, scores, n, max);
    }

    private boolean longerThanCap(int head, int k) {
        int length = 0;
        for (int doc = head; doc >= 0; doc = next[doc * KEYS + k]) {
            if (++length > BUCKET_CAP) {
                return true;
            }
        }
        return false;
    }

    /** {@link Fingerprint#compare} against a stored text, without copying its sketch out. */
    private Similarity compareStored(Fingerprint fp, int doc) {
        int base = doc * SKETCH;
        int sameWords = 0;
        int sameSkeleton = 0;
        char[] w = fp.words();
        char[] sk = fp.skeleton();
        for (int i = 0; i < Fingerprint.BINS; i++) {
            if (w[i] == sketches[base + i]) {
                sameWords++;
            }
            if (sk[i] == sketches[base + Fingerprint.BINS + i]) {
                sameSkeleton++;
            }
        }
        int wc = counts[doc * 2];
        int sc = counts[doc * 2 + 1];
        return new Similarity(Fingerprint.estimate(sameWords, fp.wordCount(), wc),
                Fingerprint.estimate(sameSkeleton, fp.skeletonCount(), sc), fp.wordCount(), wc, fp.skeletonCount(), sc);
    }

    private static int[] best(int[] found, double[] scores, int n, int max) {
        int[] out = new int[Math.min(n, max)];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < out.length; i++) {
            int bestAt = -1;
            for (int j = 0; j < n; j++) {
                if (!taken[j] && (bestAt < 0 || scores[j] > scores[bestAt])) {
                    bestAt = j;
                }
            }
            taken[bestAt] = true;
            out[i] = found[bestAt];
        }
        return out;
    }

    /** The table slot of a key; with {@code create}, adds it when absent, else returns -1 when absent. */
    private int slot(int key, boolean create) {
        int mask = table.length - 1;
        int i = Integer.hashCode(key * 0x9E3779B9) & mask;
        while (table[i] != 0) {
            if ((int) (table[i] >>> 32) == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        if ((tableUsed + 1) * 10L > table.length * 7L) {
            growTable();
            return slot(key, true);
        }
        table[i] = (long) key << 32;
        tableUsed++;
        return i;
    }

    private void growTable() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int i = Integer.hashCode((int) (entry >>> 32) * 0x9E3779B9) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = entry;
            }
        }
    }

    private void ensureDocCapacity(int docs) {
        if (docs * SKETCH > sketches.length) {
            int cap = Math.max(docs, sketches.length / SKETCH * 2);
            sketches = Arrays.copyOf(sketches, cap * SKETCH);
            next = Arrays.copyOf(next, cap * KEYS);
            counts = Arrays.copyOf(counts, cap * 2);
            seen = Arrays.copyOf(seen, cap);
        }
    }
}
