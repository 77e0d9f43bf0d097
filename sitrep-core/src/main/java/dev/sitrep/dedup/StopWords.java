package dev.sitrep.dedup;

/**
 * English function words, as token hashes. Article spinners swap content words for synonyms but must keep
 * the grammar, so the sequence of function words survives spinning far better than the words themselves
 * (the idea behind SpotSigs, Theobald et al. 2008).
 *
 * <p>Asked once per token, and whether a token is a function word is a coin toss no branch predictor can
 * call, so the answer must come without a branch: the hashes sit in a cuckoo table of a few KB (in L1
 * cache) where each has two possible slots, one chosen by its top bits and one by its bottom bits, and a
 * token is a function word exactly when one of its two slots holds it. Two loads and two compares, no loop.
 */
final class StopWords {
    private static final int BITS = 9;
    private static final int MASK = (1 << BITS) - 1;
    private static final long[] TABLE = build(FunctionWords.all().stream().mapToLong(Hashing::word).distinct().toArray());

    private StopWords() {
    }

    static boolean contains(long tokenHash) {
        long[] t = TABLE;
        return t[first(tokenHash)] == tokenHash | t[second(tokenHash)] == tokenHash;
    }

    private static int first(long h) {
        return (int) (h >>> (64 - BITS));
    }

    private static int second(long h) {
        return (int) h & MASK;
    }

    /** Cuckoo insertion: a word whose slots are both taken evicts one occupant, which moves to its other slot. */
    private static long[] build(long[] hashes) {
        long[] table = new long[1 << BITS];
        for (long h : hashes) {
            if (h == 0) {
                // 0 marks an empty slot; a real word hashing to it would need its own flag.
                throw new IllegalStateException("a function word hashes to 0");
            }
            long moving = h;
            int slot = first(moving);
            for (int kicks = 0; moving != 0; kicks++) {
                if (kicks > 4 * table.length) {
                    throw new IllegalStateException("function words do not fit the cuckoo table");
                }
                long evicted = table[slot];
                table[slot] = moving;
                moving = evicted;
                if (moving != 0) {
                    slot = slot == first(moving) ? second(moving) : first(moving);
                }
            }
        }
        return table;
    }
}
