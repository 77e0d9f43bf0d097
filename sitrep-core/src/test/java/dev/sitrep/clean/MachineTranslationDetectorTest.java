package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTranslationDetectorTest {
    private final MachineTranslationDetector detector = new MachineTranslationDetector();

    @Test
    void disclaimerIsCutAndFlags() {
        var v = detector.inspect(List.of("The council met on Monday.",
                "This article was automatically translated from the Norwegian original by our software."));
        assertTrue(v.disclaimer());
        assertTrue(v.translated());
        assertEquals(List.of("The council met on Monday."), v.paragraphs());
    }

    @Test
    void translatedAutomaticallyAfterTheVerb() {
        assertTrue(MachineTranslationDetector.isDisclaimer(
                "This story was translated automatically from Danish. The original has priority."));
    }

    @Test
    void programmaticTranslationWording() {
        assertTrue(MachineTranslationDetector.isDisclaimer(
                "Stories on this portal are gathered by robots and we translate them through automatic tools, not by editors."));
    }

    @Test
    void articleAboutMachineTranslationIsNotFlagged() {
        var v = detector.inspect(List.of("Machine translation has improved quickly, and automatic translation tools are now common.",
                "Researchers compared machine-translated text with human work."));
        assertFalse(v.translated());
        assertEquals(2, v.paragraphs().size());
    }

    @Test
    void artefactsCountButAbbreviationsAndEllipsesDoNot() {
        assertEquals(2, MachineTranslationDetector.countArtefacts("They sent aid. to the island and more weapons. . Then left."));
        assertEquals(0, MachineTranslationDetector.countArtefacts("Add 1 tsp. salt. Then wait. . . and serve. He won vs. them."));
    }

    @Test
    void denseArtefactsFlagWithoutDisclaimer() {
        String p = "The ferry sent aid. to the island. Officials said. not allowed to speak. The pier was repaired. "
                + "after the storm. Boats waited. .";
        assertTrue(detector.inspect(List.of(p)).translated());
    }
}
