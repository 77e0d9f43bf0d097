package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void demoIngestsTheBundledCorpusAndPrintsAReport() {
        Path data = tmp.resolve("demo-store");
        CliRun run = CliRun.of("demo", "--data", data.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(" 0 failed"), run.err());
        for (String section : new String[] {"Situation report: ", "Articles by publisher", "Articles by date",
                "Most mentioned", "Who said what", "How to go further"}) {
            assertTrue(run.out().contains(section), section + " missing from:\n" + run.out());
        }
        assertTrue(run.out().contains("--data " + data), "the commands name the kept store");
        assertTrue(java.util.regex.Pattern.compile("\\d+ statements \\(\\d+ cop(y|ies) collapsed\\)").matcher(run.out()).find(),
                "copies of the summit and coalition reports count their statements once:\n" + run.out());

        // The kept store answers the commands the report suggests; demo-written quotes are in it.
        CliRun search = CliRun.of("search", "--data", data.toString(), "Zelensky");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("«Zelenskyy»"), "spelling variants meet:\n" + search.out());
        assertTrue(search.out().contains("«Zelensky»"), search.out());
        CliRun quotes = CliRun.of("quotes", "--data", data.toString(), "--about", "\"defend every inch\"");
        assertTrue(quotes.out().contains("defend every inch of its territory"), quotes.out());
        assertTrue(quotes.out().contains("also in 1 source: 2025-06-26"), "the spun copy is a source:\n" + quotes.out());

        CliRun again = CliRun.of("demo", "--data", data.toString());
        assertTrue(again.err().contains(" 0 stored"), "a second demo into the same store adds nothing: " + again.err());
    }
}
