package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateParagraphsTest {
    private final DuplicateParagraphs dedupe = new DuplicateParagraphs();

    @Test
    void repeatedPostIsKeptOnceAtItsFirstPosition() {
        List<String> post = List.of("Ferry service resumes after storm repairs", "The harbour authority said the pier is safe again.",
                "“We are ready,” the harbour master said on Monday.");
        List<String> page = new java.util.ArrayList<>(post);
        page.add("Earlier: the island council met to discuss the budget.");
        page.addAll(post);
        Cleaned c = dedupe.apply(page);
        assertEquals(4, c.paragraphs().size());
        assertEquals(post.get(0), c.paragraphs().get(0));
        assertTrue(c.changed());
    }

    @Test
    void comparisonFoldsCaseQuotesAndSpaces() {
        Cleaned c = dedupe.apply(List.of("“We are ready,” the harbour master said.", "\"We are  ready,\" the Harbour master said."));
        assertEquals(1, c.paragraphs().size());
    }

    @Test
    void shortRepeatsStay() {
        Cleaned c = dedupe.apply(List.of("Yes.", "The council voted on Monday.", "Yes."));
        assertEquals(3, c.paragraphs().size());
        assertFalse(c.changed());
    }

    @Test
    void pageTextKeepsRecurringLinesButDropsCopiedBlocks() {
        String line = "Ferry times: every two hours from the pier.";
        List<String> timetable = List.of("Monday", "Boats leave from the north pier at dawn.", line,
                "Tuesday", "Boats leave from the south pier after the tide turns.", line);
        assertEquals(timetable, dedupe.apply(timetable, true).paragraphs(), "a recurring line in a page stays");
        assertEquals(5, dedupe.apply(timetable, false).paragraphs().size(), "in a text dump it is noise");

        List<String> twice = List.of("Harbour reopens after the storm season ends", "The pier was repaired in March.",
                "Harbour reopens after the storm season ends", "The pier was repaired in March.");
        assertEquals(twice.subList(0, 2), dedupe.apply(twice, true).paragraphs(), "a block copied in order goes");

        List<String> doubled = List.of("The council voted on the ferry budget.", "The council voted on the ferry budget.");
        assertEquals(1, dedupe.apply(doubled, true).paragraphs().size(), "a paragraph doubled in place goes");
    }
}
