package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitrep.corenlp.CoreNlpRecognizer;
import dev.sitrep.corenlp.CrfModel;
import dev.sitrep.eval.ConllCorpus.Sentence;
import dev.sitrep.nlp.RuleRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: entity F1 on the CoNLL-2003 validation split stays at or above the pinned floors (measured
 * figures rounded down), for the recognizer as the pipeline runs it (CoNLL 4-class model, default
 * {@link dev.sitrep.corenlp.FeatureSet}, a whole document at a time), and for the built-in rules one sentence at
 * a time, as their floor was measured. Floors only go up. Skipped when ../shared is absent.
 */
class NerEvalGateTest {
    private static List<Sentence> valid;

    @BeforeAll
    static void readGold() throws Exception {
        Path file = SharedData.dataSet("conll2003").map(d -> d.resolve("valid.txt")).orElse(null);
        assumeTrue(file != null && Files.isRegularFile(file), "CoNLL-2003 not found under ../shared/data");
        valid = ConllCorpus.read(file);
    }

    @Test
    void coreNlpMeetsItsFloors() {
        NerScores s = NerEval.score(new CoreNlpRecognizer(CrfModel.CONLL_4CLASS), valid);
        System.out.println("ner gate " + s.describe() + exact(s));
        atLeast("PER/ORG/LOC F1", s.overall().f1(), 0.940);
        atLeast("PER F1", s.of("PER").f1(), 0.960);
        atLeast("ORG F1", s.of("ORG").f1(), 0.885);
        atLeast("LOC F1", s.of("LOC").f1(), 0.955);
        atLeast("MISC F1", s.of("MISC").f1(), 0.885);
        atLeast("untyped F1", s.untyped().f1(), 0.960);
    }

    @Test
    void rulesMeetTheirFloor() {
        NerScores s = NerEval.score(new RuleRecognizer(), valid, NerEval.Unit.SENTENCE);
        System.out.println("ner gate " + s.describe() + exact(s));
        atLeast("rules untyped F1", s.untyped().f1(), 0.705);
        atLeast("rules PER/ORG/LOC F1", s.overall().f1(), 0.035);
    }

    private static String exact(NerScores s) {
        return String.format(Locale.ROOT, " [overall %.4f PER %.4f ORG %.4f LOC %.4f MISC %.4f untyped %.4f]",
                s.overall().f1(), s.of("PER").f1(), s.of("ORG").f1(), s.of("LOC").f1(), s.of("MISC").f1(),
                s.untyped().f1());
    }

    private static void atLeast(String what, double value, double floor) {
        assertTrue(value >= floor, String.format(Locale.ROOT, "%s %.4f fell below its floor %.3f", what, value, floor));
    }
}
