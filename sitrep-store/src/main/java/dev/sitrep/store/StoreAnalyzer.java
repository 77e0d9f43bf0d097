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
    private static final Analyzer INSTANCE = build(false);
    private static final Analyzer QUERIES = build(true);

    private StoreAnalyzer() {
    }

    /** The shared, thread-safe analyser. */
    public static Analyzer get() {
        return INSTANCE;
    }

    /**
     * The analyser for what users type: the same chain, plus the words news uses for the same thing
     * ({@code topic-synonyms.txt}: accession, membership and joining; ceasefire and truce), so "Ukraine joining
     * NATO" finds "Ukraine's accession to NATO". Expanding queries rather than the index keeps the index
     * exact and lets the list change without re-indexing.
     */
    public static Analyzer forQueries() {
        return QUERIES;
    }

    private static Analyzer build(boolean queries) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(StoreAnalyzer.class))
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", "spelling-variants.txt",
                            "expand", "false");
            if (queries) {
                b.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", "topic-synonyms.txt", "expand", "true");
            } else {
                // One-word to one-word rules make no graph, but an index must never see one.
                b.addTokenFilter(FlattenGraphFilterFactory.class);
            }
            return b.addTokenFilter(StopFilterFactory.class)
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the store analyser's resources", e);
        }
    }
}
