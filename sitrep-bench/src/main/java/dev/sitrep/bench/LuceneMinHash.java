package dev.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The peer for the fingerprinting benchmarks: Lucene's own near-duplicate sketch, the analysis chain that
 * Lucene-based search servers offer for it (standard tokenizer, lower case, word 2-shingles, then
 * {@link MinHashFilter} with one hash, 128 buckets and the minimum per bucket, empty buckets filled by
 * rotation). 128 values, as many as Sitrep's two sketches of 64 bins together. Not thread-safe.
 */
final class LuceneMinHash {
    static final int BUCKETS = 128;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(source), 2, 2);
            shingles.setOutputUnigrams(false);
            return new TokenStreamComponents(source, new MinHashFilter(shingles, 1, BUCKETS, 1, true));
        }
    };

    /** Sketches {@code text}; returns how many min-hash values came out (so the work cannot be skipped). */
    int sketch(String text) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            int n = 0;
            int mixed = 0;
            while (ts.incrementToken()) {
                mixed = mixed * 31 + term.length();
                n++;
            }
            ts.end();
            return n + (mixed & 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
