package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.EventActor;
import dev.sitrep.model.ReportedEvent;
import dev.sitrep.nlp.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's sentences coded into events, each actor with its office and state on the article's day. */
class EventStageTest {
    private static final EventStage STAGE = new EventStage(KnowledgeBase.shipped());
    private static final String TEXT = "Pete Hegseth rejected calls for US troops in Ukraine. Mr. Lavrov spoke later.\n\n"
            + "Chinese troops attacked the village, residents said. The weather was mild.";

    @Test
    void codesEachSentenceWithItsOffsetsInTheText() {
        List<ReportedEvent> events = STAGE.events(TEXT, LocalDate.of(2025, 3, 5));
        assertEquals(List.of("REJECT", "ASSAULT"), events.stream().map(ReportedEvent::type).toList(), events.toString());
        ReportedEvent reject = events.get(0);
        assertEquals("Pete Hegseth rejected calls for US troops in Ukraine.", TEXT.substring(reject.start(), reject.end()));
        assertTrue(TEXT.substring(events.get(1).start(), events.get(1).end()).startsWith("Chinese troops attacked"),
                "a paragraph break ends a sentence");
    }

    @Test
    void aPersonActsForTheStateOfTheOfficeHeldThatDay() {
        EventActor hegseth = STAGE.events(TEXT, LocalDate.of(2025, 3, 5)).get(0).sources().get(0);
        assertEquals("Pete Hegseth", hegseth.actor());
        assertEquals("kb:pete-hegseth", hegseth.actorId());
        assertEquals("US Secretary of Defense", hegseth.role());
        assertEquals("United States", hegseth.on());

        EventActor before = STAGE.events(TEXT, LocalDate.of(2024, 6, 1)).get(0).sources().get(0);
        assertNull(before.role(), "not in office yet: " + before);
        EventActor undated = STAGE.events(TEXT, null).get(0).sources().get(0);
        assertNull(undated.role(), "no day, no office: " + undated);
    }

    @Test
    void aPeopleNamedByItsDemonymActsAsItsState() {
        EventActor chinese = STAGE.events(TEXT, LocalDate.of(2025, 3, 5)).get(1).sources().get(0);
        assertEquals("China", chinese.actor(), chinese.toString());
        assertEquals("Chinese troops", chinese.text());
    }

    @Test
    void titlesAndInitialsEndNoSentence() {
        List<int[]> s = EventStage.sentences("Mr. Lavrov met Gen. Syrskyi. J. Smith left.\n\nNext one.");
        assertEquals(3, s.size());
        assertEquals(0, s.get(0)[0]);
        assertEquals("Mr. Lavrov met Gen. Syrskyi.".length(), s.get(0)[1]);
    }
}
