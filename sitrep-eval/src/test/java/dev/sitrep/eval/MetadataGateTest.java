package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quality gate: title, author, date, site and language accuracy on WCXB dev and Readability pages. */
class MetadataGateTest {
    // measured with `./sitrep eval metadata`; floors only go up
    private static final Map<String, Double> FLOORS = Map.of(
            "wcxb title", 0.870,
            "wcxb author", 0.851,
            "wcxb date", 0.855,
            "readability title", 0.715,
            "readability author", 0.745,
            "readability date", 0.815,
            "readability site", 0.870,
            "readability lang", 0.995);

    @Test
    void metadataAccuracyStaysAboveTheFloors() {
        Path wcxb = SharedData.dataSet("wcxb-articles-dev").orElse(null);
        Path readability = SharedData.dataSet("readability-test-pages").map(p -> p.resolve("test/test-pages"))
                .filter(Files::isDirectory).orElse(null);
        assumeTrue(wcxb != null && readability != null, "shared gold not present");
        Map<String, FieldTally> tallies = MetadataEval.measure(wcxb, readability);
        FLOORS.forEach((field, floor) -> {
            FieldTally t = tallies.get(field);
            assertTrue(t.accuracy() >= floor, t.line());
        });
    }
}
