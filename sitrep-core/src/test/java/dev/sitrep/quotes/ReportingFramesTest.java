package dev.sitrep.quotes;

import static dev.sitrep.quotes.QuoteStageTest.containing;
import static dev.sitrep.quotes.QuoteStageTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reporting frames beyond "X said (that) …": participles, coordinated verbs, adjuncts around the subject, closing
 * cues, noun cues and relative clauses, each on a short synthetic sentence written for these tests.
 */
class ReportingFramesTest {

    @Test
    void participleAfterQuotationReportsWhatFollows() {
        List<Quote> qs = quotes("“We saw no link to the strike,” the harbour master said, adding that divers would need "
                + "“two more days” before the berth reopens.");
        assertEquals("We saw no link to the strike", containing(qs, "no link").text());
        Quote added = containing(qs, "divers would need");
        assertEquals("adding", added.cue());
        assertTrue(added.text().startsWith("divers would need"), added.text());
        assertEquals(2, qs.size(), qs.toString());
    }

    @Test
    void conjunctionBeforeTheSubjectIsNotPartOfTheSpeaker() {
        Quote q = containing(quotes("The port board said it would open the berth on Monday, whereas Varna's government "
                + "said it would wait for the divers."), "wait for the divers");
        assertEquals("Varna's government", q.speaker());
        Quote r = containing(quotes("Ilse Varga informed reporters that the depot would stay open."), "depot would stay open");
        assertEquals("informed", r.cue());
    }

    @Test
    void aStatementWithheldIsNotReported() {
        List<Quote> qs = quotes("Port officials did not say when the berth would reopen, and the mayor never said who paid. "
                + "The harbour master said divers were at work.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("divers were at work", qs.get(0).text());
    }

    @Test
    void participleContinuesTheSpeakerAcrossAQuotation() {
        Quote q = containing(quotes("In a statement, Norrland Ferries said: “The crossing was safe for a decade,” adding "
                + "that its bookings doubled last year."), "bookings doubled");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertTrue(q.speaker() != null && q.speaker().contains("Norrland"), String.valueOf(q.speaker()));
    }

    @Test
    void coordinatedSpeechVerbStartsAnotherStatement() {
        List<Quote> qs = quotes("Ilse Varga says the depot stayed open all week and said she would ask for more staff.");
        assertEquals("the depot stayed open all week", containing(qs, "depot").text());
        assertEquals("she would ask for more staff", containing(qs, "more staff").text());
    }

    @Test
    void openingAdverbialBeforeAnUnnamedSubject() {
        Quote q = containing(quotes("At a town meeting on Monday, one farmer claimed that the new canal had "
                + "flooded three fields."), "canal");
        assertEquals("the new canal had flooded three fields", q.text());
        Quote r = containing(quotes("During the rally Monday, the former governor said the toll road is losing money "
                + "every month."), "toll road");
        assertEquals("the toll road is losing money every month", r.text());
        assertTrue(r.speaker() != null && r.speaker().toLowerCase(java.util.Locale.ROOT).contains("governor"),
                String.valueOf(r.speaker()));
    }

    @Test
    void timeAdjunctAndAdverbBetweenSubjectAndVerb() {
        assertEquals("he wants to close two tunnels",
                containing(quotes("Brandt on Tuesday said he wants to close two tunnels."), "tunnels").text());
        assertEquals("she opposes the levy", containing(quotes("Kowalczyk now says she opposes the levy."), "levy").text());
    }

    @Test
    void closingCueAfterACommaWithUnnamedSource() {
        assertEquals("Nine hundred jobs depend on the ferry link",
                containing(quotes("Nine hundred jobs depend on the ferry link, one leaflet says. The union agrees."),
                        "jobs depend").text());
        String dashed = "Most of the repairs are late — and some are unsafe — according to the regional inspectorate.";
        assertTrue(containing(quotes(dashed), "repairs").text().startsWith("Most of the repairs are late"));
    }

    @Test
    void speakerDescriptionBetweenQuotationAndName() {
        Quote q = containing(quotes("“We welcome the court's ruling,” port lawyer Anna Feld said."), "court's ruling");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We welcome the court's ruling", q.text());
    }

    @Test
    void leadInPhraseBeforeAQuotation() {
        Quote q = containing(quotes("The mayor says of the plan, “It will cost more than the bridge did.”"),
                "cost more");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("It will cost more than the bridge did.", q.text());
    }

    @Test
    void possessiveNounCueEndsAtTheComma() {
        Quote q = containing(quotes("Contrary to Brandt’s claim that the tunnel was “never at risk,” the survey found "
                + "three cracks."), "tunnel");
        assertEquals("claim", q.cue());
        assertTrue(q.text().startsWith("the tunnel was"), q.text());
        assertTrue(!q.text().contains("survey"), q.text());
    }

    @Test
    void relativeClauseSpeakerEndsAtTheComma() {
        Quote q = containing(quotes("The fine imposed by the Harbour Board, which contended that the ferry was overloaded, "
                + "is the largest this year."), "overloaded");
        assertEquals("the ferry was overloaded", q.text());
    }

    @Test
    void intentionVerbReportsItsInfinitive() {
        Quote q = containing(quotes("Varga revised her plan on Friday, promising to keep both clinics open until spring."),
                "clinics");
        assertEquals("to keep both clinics open until spring", q.text());
    }

    @Test
    void relativeClauseVerbIsNotTheSubjects() {
        List<Quote> qs = quotes("Feld explained how a campaign that thanks volunteers and demands nothing of them works.");
        assertTrue(qs.stream().noneMatch(q -> "demands".equals(q.cue())), qs.toString());
    }

    @Test
    void titlesInQuoteMarksAreNamedNotSaid() {
        List<Quote> qs = quotes("“The ferries will run,” said Brandt.\n\n“Legend of the Harbour Cranes.”\n\nThe port "
                + "opened in 1920.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Legend")), qs.toString());
        Quote q = containing(quotes("In her 2019 book, “Bridges Over the Bay,” Varga suggested tolls for lorries only."),
                "tolls");
        assertEquals("tolls for lorries only", q.text());
    }

    @Test
    void cueWithoutReportedClauseGivesNothing() {
        assertTrue(quotes("Everything the council says is a promise unless written down.").isEmpty());
        assertTrue(quotes("Brandt said as he entered the hall.").isEmpty());
        assertTrue(quotes("In emphasizing the flood risk, the survey was blunt about the costs.").isEmpty());
        assertTrue(quotes("It's worth noting this is the first ferry strike in a decade.").isEmpty());
    }

    @Test
    void parentheticalFrameAroundQuotedWords() {
        Quote q = containing(quotes("The new cranes, she said, can ''lift like giants'' and ''work all night.''"),
                "cranes");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.text().startsWith("The new cranes can"), q.text());
    }

    @Test
    void participleAfterACommaStartsItsOwnStatement() {
        List<Quote> qs = quotes("Varga said the ferry fares were too high for families, arguing that the crossing "
                + "should be free for pupils in winter.");
        assertEquals("the ferry fares were too high for families", containing(qs, "fares").text());
        assertEquals("arguing", containing(qs, "crossing").cue());
    }

    @Test
    void quotationInsideAReportedClauseIsMixed() {
        Quote q = containing(quotes("Brandt spoke at the depot, saying that “the tunnel still floods” every spring, "
                + "including in dry years."), "tunnel");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.text().contains("every spring"), q.text());
    }
}
