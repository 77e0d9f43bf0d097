package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: mojibake repair on ftfy's test cases may not fall below the figures measured when the floors
 * were pinned (`./sitrep eval mojibake`). Skipped when ../shared is absent.
 */
class MojibakeEvalGateTest {
    private static final Map<String, Double> FLOORS = Map.of(
            "in-the-wild.json", 1.000,      // 70 of 70, the hopeless garble left alone included
            "synthetic.json", 1.000,
            "negative.json", 1.000,
            "language-names.json", 1.000);

    @Test
    void repairRatesStayAboveTheirFloors() throws IOException {
        Path cases = MojibakeEval.defaultCases().orElse(null);
        assumeTrue(cases != null, "../shared/data/ftfy-test-cases is absent");
        Map<String, MojibakeEval.FileScore> scores = MojibakeEval.score(cases).stream()
                .collect(Collectors.toMap(MojibakeEval.FileScore::file, Function.identity()));
        FLOORS.forEach((file, floor) -> {
            MojibakeEval.FileScore s = scores.get(file);
            assertTrue(s != null && s.cases() > 0, "missing " + file);
            assertTrue(s.rate() >= floor, file + ": " + s.rate() + " < " + floor + ", failing " + s.failures());
        });
        // Negative cases: all but the one where ftfy itself replaces a C1 control come back untouched.
        MojibakeEval.FileScore negative = scores.get("negative.json");
        assertEquals(negative.cases() - 1, negative.unchanged(), negative.failures()::toString);
        assertTrue(scores.get("known-failures.json").cases() > 0);
    }

    @Test
    void scoresAreOneLinePerFile() throws IOException {
        Path cases = MojibakeEval.defaultCases().orElse(null);
        assumeTrue(cases != null, "../shared/data/ftfy-test-cases is absent");
        List<String> files = MojibakeEval.score(cases).stream().map(MojibakeEval.FileScore::file).toList();
        assertEquals(files.stream().sorted().toList(), files);
        assertTrue(files.containsAll(FLOORS.keySet()), files::toString);
    }
}
