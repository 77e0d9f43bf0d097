package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.util.Arrays;
import java.util.Optional;

/**
 * The character n-gram features of a word ({@code useNGrams} with {@code noMidNGrams}: the word's prefixes and
 * suffixes, framed as {@code <word>}), as indices into the model's feature index, remembered per word.
 *
 * <p>CoreNLP builds these as strings at every occurrence of a word (about two per letter), adds a clique
 * suffix to each and looks each up in the feature index: a third of its feature extraction. They depend on
 * the word alone, so a word seen before now costs one look-up. Taking them over means switching CoreNLP's own
 * n-gram template off ({@link #takeOver}); the indices are the ones CoreNLP would have found, the same feature
 * strings looked up in the same index. Thread-safe.
 */
final class NGramFeatures {
    /** The suffix CoreNLP's feature collector gives features of the single-label clique. */
    private static final String NODE_CLIQUE = "|C";

    private final Index<String> featureIndex;
    private final int maxLength;
    /**
     * The longest n-gram the model knows. A longer prefix or suffix cannot be in the index, so it is not
     * looked up: without this bound a single huge "word" (400 KB of one token in a crawled page) would cost
     * time and memory quadratic in its length, one substring per character.
     */
    private final int longestKnown;
    private final BoundedCache<String, int[]> cache = new BoundedCache<>(WordFunctionMemo.BOUND);

    private NGramFeatures(Index<String> featureIndex, int maxLength) {
        this.featureIndex = featureIndex;
        this.maxLength = maxLength;
        this.longestKnown = longestGram(featureIndex);
    }

    /** The length of the longest n-gram among the index's {@code #gram#|C} features. */
    private static int longestGram(Index<String> index) {
        int longest = 0;
        String end = '#' + NODE_CLIQUE;
        for (String feature : index) {
            if (feature.length() > end.length() + 1 && feature.charAt(0) == '#' && feature.endsWith(end)) {
                longest = Math.max(longest, feature.length() - end.length() - 1);
            }
        }
        return longest;
    }

    /**
     * Switches off CoreNLP's n-gram template in {@code crf}'s flags and returns what replaces it; empty, and
     * the flags untouched, for settings this class does not reproduce.
     */
    static Optional<NGramFeatures> takeOver(CRFClassifier<?> crf) {
        SeqClassifierFlags f = crf.flags;
        boolean plain = f.useNGrams && f.noMidNGrams && f.useInternal && f.useExternal && !f.lowercaseNGrams
                && !f.dehyphenateNGrams && !f.greekifyNGrams && !f.conjoinShapeNGrams;
        if (!plain) {
            return Optional.empty();
        }
        try {
            @SuppressWarnings("unchecked")
            Index<String> index = (Index<String>) CoreNlpFields.read(crf, "featureIndex");
            if (index == null) {
                return Optional.empty();
            }
            f.useNGrams = false;
            return Optional.of(new NGramFeatures(index, f.maxNGramLeng));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code features} (a position's single-label features) with the n-gram features of {@code word} added. */
    int[] addTo(int[] features, String word) {
        int[] grams = cache.get(word, this::indices);
        if (grams.length == 0) {
            return features;
        }
        int[] out = Arrays.copyOf(features, features.length + grams.length);
        System.arraycopy(grams, 0, out, features.length, grams.length);
        return out;
    }

    /** The indices of the word's prefix and suffix n-grams that the model knows, each once, in CoreNLP's order. */
    private int[] indices(String cWord) {
        String word = '<' + cWord + '>';
        int length = word.length();
        int[] out = new int[2 * Math.min(length, longestKnown + 1)];
        int n = 0;
        int max = Math.min(longestKnown, maxLength >= 0 ? Math.min(maxLength, length) : length);
        for (int j = 2; j <= max; j++) {
            n = add(out, n, word.substring(0, j));
        }
        int longestSuffix = Math.min(longestKnown, maxLength >= 0 ? maxLength : length);
        for (int i = Math.max(0, length - longestSuffix); i < length - 1; i++) {
            n = add(out, n, word.substring(i));
        }
        return Arrays.copyOf(out, n);
    }

    private int add(int[] out, int n, String gram) {
        int index = featureIndex.indexOf('#' + gram + '#' + NODE_CLIQUE);
        if (index < 0) {
            return n;
        }
        for (int k = 0; k < n; k++) {
            if (out[k] == index) {
                return n; // the whole word is both its longest prefix and its longest suffix
            }
        }
        out[n] = index;
        return n + 1;
    }
}
