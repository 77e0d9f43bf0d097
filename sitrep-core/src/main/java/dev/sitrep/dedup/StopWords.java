package dev.sitrep.dedup;

/**
 * English function words, as token hashes. Article spinners swap content words for synonyms but must keep
 * the grammar, so the sequence of function words survives spinning far better than the words themselves
 * (the idea behind SpotSigs, Theobald et al. 2008).
 *
 * <p>Asked once per token, so the set is a small open-addressing table of the hashes (a few KB, in L1 cache):
 * one or two probes instead of a binary search's unpredictable branches, and no boxed keys.
 */
final class StopWords {
    private static final long[] TABLE;
    private static final int SHIFT;
    /** Whether some function word hashes to 0, the table's mark for an empty slot. */
    private static final boolean ZERO;

    static {
        long[] hashes = FunctionWords.all().stream().mapToLong(Hashing::word).distinct().toArray();
        int bits = 32 - Integer.numberOfLeadingZeros(hashes.length * 4 - 1);
        long[] table = new long[1 << bits];
        boolean zero = false;
        for (long h : hashes) {
            if (h == 0) {
                zero = true;
                continue;
            }
            int i = (int) (h >>> (64 - bits));
            while (table[i] != 0) {
                i = (i + 1) & (table.length - 1);
            }
            table[i] = h;
        }
        TABLE = table;
        SHIFT = 64 - bits;
        ZERO = zero;
    }

    private StopWords() {
    }

    static boolean contains(long tokenHash) {
        if (tokenHash == 0) {
            return ZERO;
        }
        long[] t = TABLE;
        int mask = t.length - 1;
        for (int i = (int) (tokenHash >>> SHIFT); ; i = (i + 1) & mask) {
            long v = t[i];
            if (v == tokenHash) {
                return true;
            }
            if (v == 0) {
                return false;
            }
        }
    }
}
