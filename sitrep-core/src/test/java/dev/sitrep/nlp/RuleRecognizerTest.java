package dev.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fallback recognizer on short synthetic sentences. */
class RuleRecognizerTest {
    private final RuleRecognizer rules = new RuleRecognizer();

    @Test
    void titlesMakePersonsAndAreCutOffTheSpan() {
        String text = "The talks were led by Prime Minister Keir Holloway and Ms. Dana Whitfield in Geneva.";
        List<NamedSpan> spans = rules.recognize(text);
        assertEquals(new NamedSpan(text.indexOf("Keir"), text.indexOf(" and"), "Keir Holloway", EntityType.PERSON),
                find(spans, "Keir Holloway"));
        assertEquals(EntityType.PERSON, find(spans, "Dana Whitfield").type());
        assertEquals(EntityType.OTHER, find(spans, "Geneva").type());
    }

    @Test
    void organisationHeadNounsMakeOrgs() {
        List<NamedSpan> spans = rules.recognize("A statement from the Defence Ministry and the Green Party followed.");
        assertEquals(EntityType.ORG, find(spans, "Defence Ministry").type());
        assertEquals(EntityType.ORG, find(spans, "Green Party").type());
    }

    @Test
    void aLoneCapitalisedWordStartingASentenceIsNoName() {
        List<NamedSpan> spans = rules.recognize("Yesterday the mayor spoke. Officials in Tromsø agreed.");
        assertEquals(List.of("Tromsø"), spans.stream().map(NamedSpan::text).toList());
    }

    @Test
    void spansIndexTheText() {
        String text = "“We stay,” said General Ana Costa of the Navy, in Lisbon.\nMr Ode Balogun agreed.";
        for (NamedSpan s : rules.recognize(text)) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertTrue(s.start() < s.end());
        }
    }

    private static NamedSpan find(List<NamedSpan> spans, String text) {
        return spans.stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + spans));
    }
}
