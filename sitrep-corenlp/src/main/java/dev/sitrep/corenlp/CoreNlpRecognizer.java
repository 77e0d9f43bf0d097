package dev.sitrep.corenlp;

import dev.sitrep.limits.Deadline;
import dev.sitrep.nlp.EntityRecognizer;
import dev.sitrep.nlp.NamedSpan;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names with a Stanford CoreNLP CRF model ({@link CrfModel#configured()}, the CoNLL 4-class model
 * by default, running the feature templates of {@link FeatureSet#configured()}): PTB tokenization and sentence
 * splitting ({@link Tokenization}), the CRF per sentence and dateline places ({@link Datelines}), labels made to
 * agree across the whole text ({@link DocumentConsistency}), then runs of labelled tokens become spans
 * ({@link SpanDecoder}). PER becomes PERSON, ORG stays ORG, LOC stays LOC
 * (the entity stage's knowledge base tells countries and cities apart), MISC becomes NORP for nationality and
 * group names and OTHER for the rest.
 *
 * <p>Registered through {@link java.util.ServiceLoader} with a priority above the built-in rules, so having
 * this module on the class path is enough. The model loads lazily on the first call (once per JVM, shared by
 * all instances); when it is missing from the class path the priority drops below the rules' and a direct
 * call fails with a message that names the jar to add. Thread-safe.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {
    /** Tokens labelled at once; news sentences stay far below (CoNLL-2003's longest has 124). */
    static final int MAX_SENTENCE_TOKENS = 400;
    /** Characters without a space that the tokenizer is given as one run. */
    static final int MAX_RUN = 200;

    /** Above {@link dev.sitrep.nlp.RuleRecognizer}'s. */
    public static final int PRIORITY = 100;

    private final CrfModel model;
    private final Tokenization tokenization;
    private final SpanDecoder decoder = new SpanDecoder();
    private final Datelines datelines = new Datelines(KbTypes.shipped());
    private final DocumentConsistency consistency = new DocumentConsistency(KbTypes.shipped());

    /** The configured model with CoreNLP's English tokenization; the constructor ServiceLoader uses. */
    public CoreNlpRecognizer() {
        this(CrfModel.configured());
    }

    public CoreNlpRecognizer(CrfModel model) {
        this(model, Tokenization.OPTIONS);
    }

    /** A recognizer with other PTB tokenizer options (see CoreNLP's {@code PTBTokenizer}); for measurement. */
    public CoreNlpRecognizer(CrfModel model, String tokenizerOptions) {
        this.model = model;
        this.tokenization = new Tokenization(tokenizerOptions);
    }

    @Override
    public String name() {
        return "corenlp-crf";
    }

    @Override
    public int priority() {
        return model.available() ? PRIORITY : -1000;
    }

    /**
     * The text with every run of more than {@value #MAX_RUN} characters without a space blanked out, offsets
     * unchanged. No name is that long, and CoreNLP's lexer backtracks over such a run at every position: 300,000
     * ampersands (a page of {@code &amp;}) took minutes, quadratic in the run.
     */
    static String blankLongRuns(String text) {
        char[] chars = null;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i - runStart > MAX_RUN) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    java.util.Arrays.fill(chars, runStart, i, ' ');
                }
                runStart = i + 1;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The model this recognizer runs. */
    public CrfModel model() {
        return model;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<List<CoreLabel>> labelled = new ArrayList<>();
        for (List<CoreLabel> sentence : tokenization.sentences(blankLongRuns(text))) {
            // A "sentence" of thousands of tokens is a list or a run of marks with no full stop; the CRF's
            // memory grows with the sentence, so it is labelled in slices that no real sentence reaches.
            for (int from = 0; from < sentence.size(); from += MAX_SENTENCE_TOKENS) {
                Deadline.check();
                List<CoreLabel> slice = sentence.subList(from, Math.min(sentence.size(), from + MAX_SENTENCE_TOKENS));
                List<CoreLabel> tokens = model.classifier().classifySentence(new ArrayList<>(slice));
                datelines.apply(tokens);
                labelled.add(tokens);
            }
        }
        consistency.apply(labelled);
        List<NamedSpan> out = new ArrayList<>();
        for (List<CoreLabel> sentence : labelled) {
            out.addAll(decoder.decode(text, sentence));
        }
        return out;
    }
}
