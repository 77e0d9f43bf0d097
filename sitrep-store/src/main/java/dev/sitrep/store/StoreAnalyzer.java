package dev.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analyser of every text field, at index and at query time: standard tokens, possessives dropped, lower
 * case, spelling variants folded ({@code spelling-variants.txt}: Zelenskyy to Zelensky, Kiev to Kyiv),
 * English stop words, Porter stems. Folding at both times keeps highlight offsets on the original words.
 */
public final class StoreAnalyzer {
    private static final Analyzer INSTANCE = build();

    private StoreAnalyzer() {
    }

    /** The shared, thread-safe analyser. */
    public static Analyzer get() {
        return INSTANCE;
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(StoreAnalyzer.class))
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", "spelling-variants.txt",
                            "expand", "false")
                    // One-word to one-word rules make no graph, but an index must never see one.
                    .addTokenFilter(FlattenGraphFilterFactory.class)
                    .addTokenFilter(StopFilterFactory.class)
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the store analyser's resources", e);
        }
    }
}
