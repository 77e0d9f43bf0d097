package dev.sitrep.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.io.Serializable;
import java.util.function.Function;

/**
 * A memo for the model's word function. The CoNLL models americanize every word through a cascade of regular
 * expressions, and CoreNLP applies the function several times per token (once per feature template that reads
 * a neighbour): remembered, a word seen before costs a map look-up. The function is pure, so labels do not
 * change. The memo holds at most {@value #BOUND} words.
 */
final class WordFunctionMemo {
    static final int BOUND = 200_000;

    private WordFunctionMemo() {
    }

    /** Installs the memo into a freshly loaded classifier. */
    static void install(CRFClassifier<?> crf) {
        if (crf.flags.wordFunction != null && !(crf.flags.wordFunction instanceof Memo)) {
            crf.flags.wordFunction = new Memo(crf.flags.wordFunction);
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
