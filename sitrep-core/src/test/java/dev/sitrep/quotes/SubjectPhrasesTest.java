package dev.sitrep.quotes;

import static dev.sitrep.quotes.QuoteStageTest.containing;
import static dev.sitrep.quotes.QuoteStageTest.mention;
import static dev.sitrep.quotes.QuoteStageTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Subjects before a cue that are easy to miss: first names in -ly, numbers and percentages, an intensifying
 * reflexive, "That" opening the clause, a subject after a subordinator or before an aside between dashes. Each on a
 * short synthetic sentence written for these tests.
 */
class SubjectPhrasesTest {

    private static String speaker(String text, String words) {
        return mention(text, containing(quotes(text), words));
    }

    @Test
    void aShortFirstNameInLyOpensTheName() {
        assertEquals("Holly Brandt", speaker("The ferry will run all winter, Holly Brandt said Monday.", "ferry"));
        assertEquals("Brandt", speaker("Recently Brandt said the ferry will run all winter.", "ferry"));
    }

    @Test
    void numbersAndPercentagesSpeak() {
        assertEquals("Two in three", speaker("Two in three said they would rather take the bridge.", "bridge"));
        assertEquals("56 percent of commuters",
                speaker("In the survey, 56 percent of commuters said they would rather take the bridge.", "bridge"));
        assertEquals("Forty-one percent", speaker("Forty-one percent said the fares are too high.", "fares"));
    }

    @Test
    void aReflexiveBetweenSubjectAndCueIsSkipped() {
        assertEquals("Ferrolink", speaker("Ferrolink itself said the crossing was never in doubt.", "crossing"));
    }

    @Test
    void thatOpeningTheClauseIsADeterminer() {
        assertEquals("That official", speaker("That official said the pier would reopen in May.", "pier"));
    }

    @Test
    void aSubjectAfterASubordinator() {
        assertEquals("a number of skippers", speaker("The harbour stayed calm, even though a number of skippers said "
                + "they would block the entrance.", "block"));
    }

    @Test
    void anAsideBetweenDashesAfterTheSubjectOrTheCue() {
        assertEquals("Holger Brandt", speaker("Holger Brandt — a skipper from the north shore — says he will sail on "
                + "Friday.", "sail"));
        Quote q = containing(quotes("The port director said — on the radio, as it happens — that the ferries will run "
                + "late."), "ferries");
        assertEquals("the ferries will run late", q.text());
    }

    @Test
    void theSubjectOfACoordinatedCueAfterAnOpeningTimeAdjunct() {
        assertEquals("the ministry", speaker("Last week, the ministry asked the city to dredge the channel "
                + "and said the ferries should run at night.", "ferries"));
    }

    @Test
    void aDeterminedSubjectWithAnUnlistedHeadBeforeACoordinatedCue() {
        assertEquals("The organisers", speaker("The organisers opened the hall early and said they will count the "
                + "votes by midnight.", "votes"));
    }

    @Test
    void theWordsAfterAQuotationAndItsVerbNameTheSpeaker() {
        assertEquals("Mr. Brandt", speaker("“The ferry will run,” said the younger Mr. Brandt.", "ferry"));
        assertEquals("one of those skippers", speaker("“The strait is closed,” said one of those skippers, who asked "
                + "not to be named.", "strait"));
    }

    @Test
    void aClosingSubjectBeforeATimeWordAndASharePutAsOutOf() {
        assertEquals("the ferry company", speaker("Brandt, the ship's captain, had logged 2,000 hours at sea, the ferry "
                + "company said Thursday.", "logged"));
        assertEquals("nine out of 10", speaker("Nearly nine out of 10 say they will need a second job.", "second job"));
    }
}
