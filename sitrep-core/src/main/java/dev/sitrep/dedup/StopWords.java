package dev.sitrep.dedup;


/**
 * English function words, as token hashes in a sorted array. Article spinners swap content words for
 * synonyms but must keep the grammar, so the sequence of function words survives spinning far better than
 * the words themselves (the idea behind SpotSigs, Theobald et al. 2008).
 */
final class StopWords {
    private static final long[] HASHES = load();

    private StopWords() {
    }

    static boolean contains(long tokenHash) {
        return java.util.Arrays.binarySearch(HASHES, tokenHash) >= 0;
    }

    private static long[] load() {
        return FunctionWords.all().stream().mapToLong(Hashing::word).sorted().distinct().toArray();
    }
}
