package dev.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The tuned classifier (lean decoder, word memos) labels exactly as an untouched CoreNLP classifier loaded from
 * the same model with the same feature templates.
 */
class TunedClassifierTest {
    private static final ViterbiCrf CRF = (ViterbiCrf) CrfModel.CONLL_4CLASS.classifier();
    private static final CRFClassifier<CoreLabel> REFERENCE = plainCoreNlp();
    private static final Tokenization TOKENS = new Tokenization(Tokenization.OPTIONS);

    private static CRFClassifier<CoreLabel> plainCoreNlp() {
        try (InputStream in = new GZIPInputStream(
                TunedClassifierTest.class.getClassLoader().getResourceAsStream(CrfModel.CONLL_4CLASS.resource()))) {
            CRFClassifier<CoreLabel> c = CRFClassifier.getClassifier(in);
            FeatureSet.configured().applyTo(c.flags);
            return c;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDefaultModelTakesTheLeanPath() {
        assertTrue(CRF.lean());
        assertTrue(!CRF.flags.useNGrams, "n-grams taken over from CoreNLP");
    }

    @Test
    void agreesWithCoreNlpOnSyntheticNews() {
        String text = """
                KYIV, March 3 (Sitrep) - Ukrainian President Volodymyr Zelenskiy met European Commission chief \
                Ursula von der Leyen in Kyiv on Monday, his office said.
                "We will rebuild," said Olena Marchenko, who heads the Kharkiv City Council's housing board.
                Shares of Rolls-Royce Holdings fell 3% in London after the Bank of England held rates.
                a sentence without names, in lower case, ends here
                Reporting by Tomás Ruiz-García in Madrid; editing by Anne-Marie Dupont
                """;
        assertEquals(0, disagreements(TOKENS.sentences(text)));
        assertTrue(CRF.classifySentence(TOKENS.sentences(text).get(0)).stream()
                .anyMatch(t -> "PERSON".equals(t.get(CoreAnnotations.AnswerAnnotation.class))));
    }

    @Test
    void agreesWithCoreNlpOnCoNllValidation() throws IOException {
        Path file = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "conll2003", "valid.txt");
        assumeTrue(Files.isRegularFile(file), "CoNLL-2003 not found beside the checkout");
        List<List<CoreLabel>> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    sentences.addAll(TOKENS.sentences(sentence.toString()));
                    sentence.setLength(0);
                }
            } else {
                sentence.append(sentence.isEmpty() ? "" : " ").append(line.substring(0, line.indexOf(' ')));
            }
        }
        assertTrue(sentences.size() > 3000, "sentences: " + sentences.size());
        assertEquals(0, disagreements(sentences));
    }

    /** Tokens labelled differently by the two decoders. */
    private static int disagreements(List<List<CoreLabel>> sentences) {
        int differ = 0;
        for (List<CoreLabel> s : sentences) {
            if (s.isEmpty()) {
                continue;
            }
            List<CoreLabel> lean = CRF.classifySentence(s);
            List<CoreLabel> reference = REFERENCE.classifySentence(s);
            for (int i = 0; i < lean.size(); i++) {
                String a = lean.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                String b = reference.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                differ += a.equals(b) ? 0 : 1;
            }
        }
        return differ;
    }
}
