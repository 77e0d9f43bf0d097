package dev.sitrep.dedup;

/**
 * How alike two texts are, estimated from their fingerprints.
 *
 * @param words    estimated Jaccard resemblance of the word-shingle sets
 * @param skeleton estimated Jaccard resemblance of the function-word-shingle sets
 */
public record Similarity(double words, double skeleton, int wordsA, int wordsB, int skeletonA, int skeletonB) {

    /** Estimated share of the shorter text's word shingles found in the longer one (truncated copies score high). */
    public double wordContainment() {
        return containment(words, wordsA, wordsB);
    }

    /** The same for function-word shingles. */
    public double skeletonContainment() {
        return containment(skeleton, skeletonA, skeletonB);
    }

    /** From J = |A∩B| / |A∪B| and the set sizes: |A∩B| = J(|A|+|B|)/(1+J), divided by the smaller set. */
    static double containment(double jaccard, int a, int b) {
        int min = Math.min(a, b);
        if (min == 0) {
            return 0;
        }
        return Math.min(1, jaccard * (a + b) / (1 + jaccard) / min);
    }
}
