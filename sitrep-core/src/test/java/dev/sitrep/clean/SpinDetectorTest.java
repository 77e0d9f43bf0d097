package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpinDetectorTest {
    private final SpinDetector detector = new SpinDetector();

    @Test
    void severalSubstitutionsFlag() {
        String spun = "The governor has simply been talking to reporters at the White Home. Officials hope for a sturdy peace "
                + "and said the deal is on the coronary heart of any talks.";
        var e = detector.inspect(spun);
        assertTrue(e.spun(), e.toString());
    }

    @Test
    void mentionedAsTheOnlySpeechVerbAddsEvidence() {
        String spun = "“We are ready,” he mentioned. The mayor mentioned: “The pier is safe.” “Boats can sail,” she mentioned. "
                + "Listed here are early feedback from the port.";
        var e = detector.inspect(spun);
        assertTrue(e.mentioned() >= 3, e.toString());
        assertTrue(e.spun(), e.toString());
    }

    @Test
    void institutionsAndEnergyVocabularyRewritten() {
        var e = detector.inspect("Island officials met the Nationwide Guard to discuss local weather change and the price of pure gasoline.");
        assertTrue(e.spun(), e.toString());
    }

    @Test
    void alliancePhrasesRewrittenBySpinners() {
        var e = detector.inspect("The port authority met on Tuesday, in what Secretary Common Ana Vell called a turning level, "
                + "and informed reporters that the brand new target would hold.");
        assertTrue(e.spun(), e.toString());
    }

    @Test
    void oneOddPhraseIsNotEnough() {
        var e = detector.inspect("Listed here are the ferry times for next week, the harbour master said.");
        assertFalse(e.spun(), e.toString());
    }

    @Test
    void plainNewsIsNotFlagged() {
        String plain = "“We are ready,” the harbour master said on Monday. She mentioned that the pier was repaired. "
                + "Officials at the White House said the talks would continue.";
        assertFalse(detector.inspect(plain).spun());
    }
}
