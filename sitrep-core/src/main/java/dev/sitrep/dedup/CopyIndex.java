package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * An in-memory locality-sensitive index of fingerprints for the incremental copy check: every sketch bin
 * of both families becomes a key (its family, its position and its value), so a copy sharing even a few
 * bins with its original is found, and candidates are then verified on the whole sketches with a
 * {@link CopyRule}. Keys shared by more than {@link #BUCKET_CAP} texts are stop-shingles (the same phrase in
 * many stories) and are skipped at look-up; a real copy still shares many other bins.
 *
 * <p>Storage is primitive arrays (no object per entry): one open-addressing table from key to the newest
 * entry, and a "next" link per (text, bin), so memory is about 1 KB per text. Not thread-safe.
 */
public final class CopyIndex {
    /** Keys with more texts than this are not followed at look-up. */
    static final int BUCKET_CAP = 48;
    private static final int KEYS = 2 * Fingerprint.BINS;

    private final CopyRule rule;
    private int size;
    private char[] sketches = new char[1024 * KEYS];
    private int[] counts = new int[1024 * 2];
    private int[] next = new int[1024 * KEYS];
    private long[] tableKeys = new long[1 << 12];
    private int[] tableHead = new int[1 << 12];
    private int[] tableSize = new int[1 << 12];
    private int tableUsed;
    private int[] seen = new int[1024];
    private int stamp;

    public CopyIndex(CopyRule rule) {
        this.rule = rule;
        Arrays.fill(tableHead, -1);
    }

    /** How many fingerprints are stored. */
    public int size() {
        return size;
    }

    /** Approximate heap bytes held by the index's arrays. */
    public long memoryBytes() {
        return (long) sketches.length * 2 + (long) counts.length * 4 + (long) next.length * 4
                + (long) tableKeys.length * 8 + (long) tableHead.length * 4 + (long) tableSize.length * 4 + seen.length * 4L;
    }

    /** The fingerprint stored under {@code doc}. */
    public Fingerprint get(int doc) {
        int base = doc * KEYS;
        return new Fingerprint(Arrays.copyOfRange(sketches, base, base + Fingerprint.BINS),
                Arrays.copyOfRange(sketches, base + Fingerprint.BINS, base + KEYS), counts[doc * 2], counts[doc * 2 + 1]);
    }

    /** Stores a fingerprint and returns its number (0, 1, 2, ... in insertion order). */
    public int add(Fingerprint fp) {
        int doc = size++;
        ensureDocCapacity(size);
        int base = doc * KEYS;
        System.arraycopy(fp.words(), 0, sketches, base, Fingerprint.BINS);
        System.arraycopy(fp.skeleton(), 0, sketches, base + Fingerprint.BINS, Fingerprint.BINS);
        counts[doc * 2] = fp.wordCount();
        counts[doc * 2 + 1] = fp.skeletonCount();
        for (int k = 0; k < KEYS; k++) {
            if (!usable(fp, k)) {
                next[base + k] = -1;
                continue;
            }
            int slot = slot(key(k, sketches[base + k]), true);
            next[base + k] = tableHead[slot];
            tableHead[slot] = doc;
            tableSize[slot]++;
        }
        return doc;
    }

    /** A family with no shingles has a meaningless sketch: do not index or look it up. */
    private static boolean usable(Fingerprint fp, int k) {
        return k < Fingerprint.BINS ? fp.wordCount() > 0 : fp.skeletonCount() > 0;
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
        int[] found = new int[8];
        double[] scores = new double[8];
        int n = 0;
        for (int k = 0; k < KEYS; k++) {
            if (!usable(fp, k)) {
                continue;
            }
            char v = k < Fingerprint.BINS ? fp.words()[k] : fp.skeleton()[k - Fingerprint.BINS];
            int slot = slot(key(k, v), false);
            if (slot < 0 || tableSize[slot] > BUCKET_CAP) {
                continue;
            }
            for (int doc = tableHead[slot]; doc >= 0; doc = next[doc * KEYS + k]) {
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

    /** {@link Fingerprint#compare} against a stored text, without copying its sketch out. */
    private Similarity compareStored(Fingerprint fp, int doc) {
        int base = doc * KEYS;
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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int[] out = new int[Math.min(n, max)];
        for (int i = 0; i < out.length; i++) {
            out[i] = found[order[i]];
        }
        return out;
    }

    private static long key(int k, char value) {
        return Hashing.mix(((long) k << 16) | value) | 1L;
    }

    /** The table slot of a key; with {@code create}, adds it when absent, else returns -1 when absent. */
    private int slot(long key, boolean create) {
        int mask = tableKeys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (tableKeys[i] != 0) {
            if (tableKeys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        if ((tableUsed + 1) * 2 > tableKeys.length) {
            growTable();
            return slot(key, true);
        }
        tableKeys[i] = key;
        tableHead[i] = -1;
        tableUsed++;
        return i;
    }

    private void growTable() {
        long[] oldKeys = tableKeys;
        int[] oldHead = tableHead;
        int[] oldSize = tableSize;
        tableKeys = new long[oldKeys.length * 2];
        tableHead = new int[oldKeys.length * 2];
        tableSize = new int[oldKeys.length * 2];
        Arrays.fill(tableHead, -1);
        int mask = tableKeys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != 0) {
                int i = (int) (key ^ (key >>> 32)) & mask;
                while (tableKeys[i] != 0) {
                    i = (i + 1) & mask;
                }
                tableKeys[i] = key;
                tableHead[i] = oldHead[j];
                tableSize[i] = oldSize[j];
            }
        }
    }

    private void ensureDocCapacity(int docs) {
        if (docs * KEYS > sketches.length) {
            int cap = Math.max(docs, sketches.length / KEYS * 2);
            sketches = Arrays.copyOf(sketches, cap * KEYS);
            next = Arrays.copyOf(next, cap * KEYS);
            counts = Arrays.copyOf(counts, cap * 2);
            seen = Arrays.copyOf(seen, cap);
        }
    }
}
