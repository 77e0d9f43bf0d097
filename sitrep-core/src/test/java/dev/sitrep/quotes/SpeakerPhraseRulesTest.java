package dev.sitrep.quotes;

import static dev.sitrep.quotes.QuoteStageTest.containing;
import static dev.sitrep.quotes.QuoteStageTest.mention;
import static dev.sitrep.quotes.QuoteStageTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How far a speaker phrase reaches, what it links to, and where the reported clause stops. */
class SpeakerPhraseRulesTest {
    @Test
    void coordinatedModifiersStayInTheSpeakerPhrase() {
        String text = "The Danish and Dutch ministers said on Friday that the canal would reopen in spring.";
        Quote q = containing(quotes(text), "canal would reopen");
        assertEquals("The Danish and Dutch ministers", q.speaker());
        assertEquals("The Danish and Dutch ministers", mention(text, q));
    }

    @Test
    void anAndBeforeTheSubjectStillSplitsTwoClauses() {
        String text = "The ferry was late and Dutch officials said the crossing would be cancelled next week.";
        Quote q = containing(quotes(text), "crossing would be cancelled");
        assertEquals("Dutch officials", q.speaker());
    }

    @Test
    void aThingThatAddsAnObjectReportsNothing() {
        assertTrue(quotes("The new rule adds more than forty trawlers to the register of banned boats.").isEmpty());
        assertTrue(quotes("The budget adds 300 beds to the northern hospitals by next winter.").isEmpty());
    }

    @Test
    void addStillReportsForSpeakersAndDocuments() {
        Quote report = containing(quotes("The audit adds that the harbour fees were never collected."),
                "fees were never collected");
        assertEquals("The audit", report.speaker());
        Quote officials = containing(quotes("Port officials added the dredging would take another year."),
                "dredging would take");
        assertEquals("Port officials", officials.speaker());
    }

    @Test
    void accordingToAnObjectPronounNamesItsAntecedent() {
        String text = "Marta Kowalczyk chaired the meeting in Lindow on Monday. The ferry line will close in June, "
                + "according to her.";
        Quote q = containing(quotes(text), "ferry line will close");
        assertTrue(q.speaker().contains("Kowalczyk"), q.speaker());
        assertEquals("her", mention(text, q));
    }

    @Test
    void accordingToHimTakesTheNearestPersonBeforeIt() {
        String text = "Marta Kowalczyk opened the session before Daniel Ortiz arrived. The harbour fees will fall by half,"
                + " according to him.";
        Quote q = quotes(text).stream().filter(x -> x.speakerStart() >= 0 && mention(text, x).equals("him"))
                .findFirst().orElseThrow();
        assertTrue(q.speaker().contains("Ortiz"), q.speaker());
        String subject = "Marta Kowalczyk chaired the meeting. The board backed the plan, according to her.";
        assertTrue(containing(quotes(subject), "board backed the plan").speaker().contains("Kowalczyk"));
    }

    @Test
    void accordingToHerAidesIsStillAGroup() {
        String text = "Marta Kowalczyk chaired the meeting. The ferry line will close in June, according to her aides.";
        Quote q = containing(quotes(text), "ferry line will close");
        assertEquals("her aides", q.speaker());
    }

    @Test
    void aClosingAttributionIsNotPartOfTheReportedClause() {
        String text = "Ortiz told the board Monday that while he backed the loan, the harbour plan remains unchanged, "
                + "the people said.";
        List<Quote> qs = quotes(text);
        Quote q = containing(qs, "harbour plan remains unchanged");
        assertTrue(q.speaker().contains("Ortiz"), q.speaker());
        assertTrue(q.text().endsWith("remains unchanged"), q.text());
    }

    @Test
    void aCommaClauseWithoutASpeechVerbStaysInTheStatement() {
        String text = "Ortiz told the board Monday that the harbour plan remains unchanged, the loan now being approved.";
        Quote q = containing(quotes(text), "harbour plan remains unchanged");
        assertTrue(q.text().endsWith("now being approved"), q.text());
    }

    @Test
    void aStateBodyLinksToItsState() {
        for (String text : List.of("Portugal's government said it would not meet the new target this year.",
                "The government of Portugal said it would not meet the new target this year.",
                "Portugal met its partners. The Portuguese government said it would not meet the new target this year.")) {
            Quote q = containing(quotes(text), "would not meet the new target");
            assertEquals("kb:portugal", q.speakerId(), text);
            assertTrue(q.speaker().toLowerCase(java.util.Locale.ROOT).contains("government"), q.speaker());
        }
    }

    @Test
    void aStateNameWithoutAStateBodyIsNotLinkedThroughIt() {
        Quote q = containing(quotes("Portuguese officials said they would not meet the new target this year."),
                "would not meet the new target");
        assertNull(q.speakerId());
    }

    @Test
    void anOfficeHoldersSecondCoordinatedStatementKeepsThePerson() {
        String text = "Hungary's foreign minister said his government would not block the measures but warned that"
                + " the sanctions were hurting farmers.";
        List<Quote> qs = quotes(text, java.time.LocalDate.of(2025, 7, 2));
        Quote first = containing(qs, "would not block");
        Quote second = containing(qs, "hurting farmers");
        assertEquals("kb:peter-szijjarto", first.speakerId(), first.toString());
        assertEquals(first.speakerId(), second.speakerId(), second.toString());
    }

    @Test
    void aGroupAroundAPersonIsNotThePerson() {
        Quote q = containing(quotes("The court heard Daniel Ortiz, whose lawyer said the deed was forged."), "deed was forged");
        assertNull(q.speakerId(), q.toString());
    }
}
