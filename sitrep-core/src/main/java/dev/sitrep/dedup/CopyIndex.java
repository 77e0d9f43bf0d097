package dev.sitrep.dedup;

import java.util.Arrays;

/**
 * An in-memory locality-sensitive index of fingerprints for the incremental copy check. Each fingerprint's
 * {@link Fingerprint#KEYS} keys (one per keyed sketch bin) point at it, so a copy sharing even a few bins with
 * its original is found; candidates are then verified on the whole sketches with a {@link CopyRule}. Keys
 * shared by more than {@link #BUCKET_CAP} texts are stop-shingles (the same phrase in many stories) and are
 * skipped at look-up; a real copy still shares many other bins.
 *
 * <p>Storage is primitive arrays, no object per entry, so memory is predictable and nothing is boxed: the
 * sketches packed four bins to a long ({@link PackedSketches}), and a {@link KeyTable} of (key, text) pairs.
 * About 510 bytes per text on news: 264 for sketches and counts, the rest for the key table. Not thread-safe.
 */
public final class CopyIndex {
    /**
     * Keys with more texts than this are not followed at look-up: the text that makes a key's
     * {@code BUCKET_CAP + 1}th holder still looks it up, later ones do not.
     */
    public static final int BUCKET_CAP = KeyTable.CAP;
    private static final int KEYS = Fingerprint.KEYS;
    /** Keys a stored text must share with the query before it is verified. */
    public static final int LEAST_SHARED_KEYS = 2;

    private final CopyRule rule;
    private final PackedSketches sketches = new PackedSketches();
    private final KeyTable table = new KeyTable();
    private final CandidateSet met = new CandidateSet();
    private final int[] bucket = new int[BUCKET_CAP];
    private final long[] queryWords = new long[PackedSketches.ROW];
    private final long[] querySkeleton = new long[PackedSketches.ROW];
    /** Keeps {@link KeyTable#touch}'s loads from being optimised away. */
    private long touched;

    public CopyIndex(CopyRule rule) {
        this.rule = rule;
    }

    /** How many fingerprints are stored. */
    public int size() {
        return sketches.size();
    }

    /** Heap bytes held by the index's arrays. */
    public long memoryBytes() {
        return sketches.memoryBytes() + table.memoryBytes();
    }

    /** Stores a fingerprint and returns its number (0, 1, 2, ... in insertion order). */
    public int add(Fingerprint fp) {
        int doc = sketches.add(fp);
        for (int k = 0; k < KEYS; k++) {
            if (usable(fp, k)) {
                table.add(fp.keys()[k], doc);
            }
        }
        return doc;
    }

    /**
     * Whether key {@code k} of {@code fp} is indexed and looked up: a family with no shingles has a meaningless
     * sketch.
     */
    public static boolean usable(Fingerprint fp, int k) {
        return k < Fingerprint.KEYED_BINS ? fp.wordCount() > 0 : fp.skeletonCount() > 0;
    }

    /**
     * The stored texts that are copies of {@code fp} under the rule, best match first (ties: the earlier
     * stored first).
     *
     * @return their numbers, at most {@code max}
     */
    public int[] copiesOf(Fingerprint fp, int max) {
        met.clear();
        touched ^= table.touch(fp.keys());
        PackedSketches.pack(fp.words(), queryWords, 0);
        PackedSketches.pack(fp.skeleton(), querySkeleton, 0);
        double leastWords = rule.leastWords();
        int[] found = new int[4];
        double[] scores = new double[4];
        int n = 0;
        for (int k = 0; k < KEYS; k++) {
            if (!usable(fp, k)) {
                continue;
            }
            int m = table.get(fp.keys()[k], bucket);
            for (int i = 0; i < m; i++) {
                int doc = bucket[i];
                // A copy shares many keys (at the rule's weakest pair, about 3 of 32 on average); a text met
                // through a single key is almost always one common phrase, and skipping it spares a memory trip.
                if (met.meet(doc) != LEAST_SHARED_KEYS) {
                    continue;
                }
                // Most candidates share one common phrase and little else: their word sketches decide. A stored
                // text is only reached through a key when its word count is not 0, so the count is not read.
                double words = Fingerprint.estimate(sketches.sameWords(doc, queryWords), 1, 1);
                if (words < leastWords) {
                    continue;
                }
                Similarity s = new Similarity(words,
                        Fingerprint.estimate(sketches.sameSkeleton(doc, querySkeleton), fp.skeletonCount(),
                                sketches.skeletonCount(doc)),
                        fp.wordCount(), sketches.wordCount(doc), fp.skeletonCount(), sketches.skeletonCount(doc));
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

    /**
     * The check a look-up makes of one candidate that shares at least {@link #LEAST_SHARED_KEYS} usable keys
     * with the query, on whole fingerprints instead of packed sketches: what a detector that finds candidates
     * some other way (a distributed join on the keys) applies so that it decides exactly as this index does.
     *
     * @return the candidate's rank score ({@link CopyRule#score}) when {@code stored} is a copy of
     *         {@code query} under {@code rule}, else {@code -1}
     */
    public static double verify(CopyRule rule, Fingerprint query, Fingerprint stored) {
        double words = Fingerprint.estimate(same(query.words(), stored.words()), 1, 1);
        if (words < rule.leastWords()) {
            return -1;
        }
        Similarity s = new Similarity(words,
                Fingerprint.estimate(same(query.skeleton(), stored.skeleton()), query.skeletonCount(), stored.skeletonCount()),
                query.wordCount(), stored.wordCount(), query.skeletonCount(), stored.skeletonCount());
        return rule.isCopy(s) ? CopyRule.score(s) : -1;
    }

    private static int same(char[] a, char[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                n++;
            }
        }
        return n;
    }

    private static int[] best(int[] found, double[] scores, int n, int max) {
        int[] out = new int[Math.min(n, max)];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < out.length; i++) {
            int bestAt = -1;
            for (int j = 0; j < n; j++) {
                if (!taken[j] && (bestAt < 0 || scores[j] > scores[bestAt]
                        || scores[j] == scores[bestAt] && found[j] < found[bestAt])) {
                    bestAt = j;
                }
            }
            taken[bestAt] = true;
            out[i] = found[bestAt];
        }
        return out;
    }
}
