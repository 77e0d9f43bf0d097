package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.sequences.FeatureFactory;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.function.Function;

/**
 * Memos for the parts of CoreNLP's feature extraction that depend on one word alone, so a word seen before
 * costs a map look-up instead of regular expressions and substring building:
 * <ul>
 *   <li>the model's word function (the CoNLL models americanize every word through a cascade of regular
 *       expressions, several times per token, once per feature template that reads a neighbour);</li>
 *   <li>the character n-grams of a word, which CoreNLP can cache itself ({@code cacheNGrams}) but in a plain
 *       hash map, unsafe with the classifier shared across threads, and unbounded.</li>
 * </ul>
 * Both are pure functions of the word, so labels do not change. Each memo holds at most {@value #BOUND} words.
 */
final class FeatureCaches {
    static final int BOUND = 200_000;

    private FeatureCaches() {
    }

    /** Installs the memos into a freshly loaded classifier; a part this CoreNLP version lacks is left as is. */
    static void install(CRFClassifier<?> crf) {
        if (crf.flags.wordFunction != null && !(crf.flags.wordFunction instanceof Memo)) {
            crf.flags.wordFunction = new Memo(crf.flags.wordFunction);
        }
        if (crf.flags.useNGrams && !crf.flags.cacheNGrams) {
            for (FeatureFactory<?> f : crf.featureFactories) {
                if (f instanceof NERFeatureFactory<?> ner && replaceNGramMap(ner)) {
                    crf.flags.cacheNGrams = true;
                }
            }
        }
    }

    /** Swaps CoreNLP's private n-gram map for a thread-safe bounded one; false when the field is not there. */
    private static boolean replaceNGramMap(NERFeatureFactory<?> ner) {
        try {
            Field f = NERFeatureFactory.class.getDeclaredField("wordToSubstrings");
            f.setAccessible(true);
            f.set(ner, new BoundedCache<String, Collection<String>>(BOUND));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** A word function with its results remembered. */
    private static final class Memo implements Function<String, String>, Serializable {
        private static final long serialVersionUID = 1L;

        private final Function<String, String> function;
        private final BoundedCache<String, String> cache = new BoundedCache<>(BOUND);

        Memo(Function<String, String> function) {
            this.function = function;
        }

        @Override
        public String apply(String word) {
            return word == null ? null : cache.get(word, function);
        }
    }
}
