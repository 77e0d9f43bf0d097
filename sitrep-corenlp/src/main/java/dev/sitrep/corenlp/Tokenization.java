package dev.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.process.WordToSentenceProcessor.NewlineIsSentenceBreak;
import java.io.StringReader;
import java.util.List;

/**
 * Splits text into sentences of tokens the way CoreNLP's English pipeline does before its name finder runs,
 * so that the CRF models see the token forms they were trained on. Every token keeps the character offsets
 * of its original span in the text ({@link CoreLabel#beginPosition()}, {@link CoreLabel#endPosition()}),
 * even where the tokenizer normalised its form (quotes, brackets, British spellings).
 *
 * <p>Thread-safe: a tokenizer instance is not, so each call makes its own.
 */
final class Tokenization {
    /**
     * CoreNLP's English defaults ("invertible") with four changes for news text. Hyphenated words stay whole,
     * as in the CoNLL text the models learnt from: split, "Jean-Pierre", "Rolls-Royce" and "Baden-Württemberg"
     * come out as "Pierre", "Royce" and "Baden" (and CoNLL-2003 F1 drops from 0.936 to 0.922). Line ends
     * become tokens, so that a headline, dateline or caption without a full stop does not run into the next
     * paragraph. Characters the tokenizer does not know are dropped without a log line (crawled text is full
     * of them). British spellings are left alone: the models americanize words themselves.
     */
    static final String OPTIONS = "invertible,splitHyphenated=false,americanize=false,tokenizeNLs,untokenizable=noneDelete";

    private final String options;

    Tokenization(String options) {
        this.options = options;
    }

    /** The tokens of {@code text}, in order. */
    List<CoreLabel> tokens(String text) {
        return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), options).tokenize();
    }

    /** The sentences of {@code text}, each a list of its tokens; every line end closes a sentence. */
    List<List<CoreLabel>> sentences(String text) {
        return new WordToSentenceProcessor<CoreLabel>(NewlineIsSentenceBreak.ALWAYS).process(tokens(text));
    }
}
