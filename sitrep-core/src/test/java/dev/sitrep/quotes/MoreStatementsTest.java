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
 * Statements a sentence reports besides its first: several frames in one sentence, frames with a listener,
 * quantifiers as speakers, long unnamed subjects, each on a short synthetic sentence written for these tests.
 */
class MoreStatementsTest {

    @Test
    void aFrameBeforeTheQuotationsFrameStillReports() {
        List<Quote> qs = quotes("Brandt said the ferry runs late in winter but added, “We will fix the timetable.”");
        assertEquals("the ferry runs late in winter", containing(qs, "runs late").text());
        assertEquals("We will fix the timetable.", containing(qs, "timetable").text());
    }

    @Test
    void aClosingFrameBeforeAParticipleReportsTheOpeningClause() {
        List<Quote> qs = quotes("The depot will close next week, Varga said, adding, “The cranes need new motors.”");
        assertEquals("The depot will close next week", containing(qs, "depot").text());
        assertEquals("adding", containing(qs, "cranes").cue());
    }

    @Test
    void theSameSpeakerAndVerbTwiceInOneSentence() {
        List<Quote> qs = quotes("Ilse Varga said the berth was repaired on Monday but said the crossing stays shut "
                + "until the inspection.");
        assertEquals("the berth was repaired on Monday", containing(qs, "berth").text());
        assertEquals("the crossing stays shut until the inspection", containing(qs, "crossing").text());
    }

    @Test
    void aClosingFrameWithItsListener() {
        Quote q = containing(quotes("The pier will reopen before the summer, the port director told her."), "pier");
        assertEquals("The pier will reopen before the summer", q.text());
        Quote r = containing(quotes("The ferry union will sit out the vote, its director Ilse Varga told reporters."),
                "union");
        assertEquals("The ferry union will sit out the vote", r.text());
    }

    @Test
    void aListenerFollowedByAClauseIsNotAClosingFrame() {
        List<Quote> qs = quotes("Ilse Varga, the port director, told the Harbour Gazette last week she would step down.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Ilse Varga")), qs.toString());
    }

    @Test
    void aShortParentheticalFrame() {
        Quote q = containing(quotes("This crossing, he says, is different."), "crossing");
        assertEquals("This crossing is different", q.text());
        Quote r = containing(quotes("The fix, the official told them, was simple enough."), "fix");
        assertTrue(r.text().contains("was simple"), r.text());
    }

    @Test
    void aRelativeClauseAfterAnInvertedFrameIsNotReported() {
        Quote q = containing(quotes("A quieter harbour may not be a bad thing, say some Democrats, who fear the noise."),
                "quieter");
        assertEquals("A quieter harbour may not be a bad thing", q.text());
    }

    @Test
    void quantifiersSpeak() {
        List<Quote> qs = quotes("One says the ferry is too slow, while another says the fares are too high.");
        assertEquals("the ferry is too slow", containing(qs, "slow").text());
        assertEquals("the fares are too high", containing(qs, "fares").text());
        String text = "Some say they hear the sirens every night.";
        Quote q = containing(quotes(text), "sirens");
        assertEquals("Some", QuoteStageTest.mention(text, q));
        assertEquals(1, quotes("Several said they would rather take the bridge.").size());
    }

    @Test
    void aQuantifierBeforeANounIsNoSpeaker() {
        assertTrue(quotes("Some reports of the flood were wrong about the pier.").isEmpty());
        assertTrue(quotes("Another called the depot twice about the cranes.").isEmpty());
    }

    @Test
    void aSentenceAdverbBetweenSubjectAndVerb() {
        Quote q = containing(quotes("Varga however said she would welcome the new timetable."), "timetable");
        assertEquals("she would welcome the new timetable", q.text());
    }

    @Test
    void aLongUnnamedSubject() {
        Quote q = containing(quotes("The retired harbour crane operator says the old cranes were safer."), "cranes");
        assertEquals("the old cranes were safer", q.text());
    }

    @Test
    void aGroupBetweenCommasAfterAName() {
        Quote q = containing(quotes("Mr. Brandt, officials said, has grown wary of the new ferry contract."), "wary");
        assertEquals("Mr. Brandt has grown wary of the new ferry contract", q.text().replace("\n", " "));
        assertEquals("said", q.cue());
    }

    @Test
    void anotherSubjectAndCueAfterACommaEndTheClause() {
        List<Quote> qs = quotes("Varga has said that she often visits the depot at night, Brandt said he does not go there.");
        assertEquals("she often visits the depot at night", containing(qs, "visits").text());
        assertEquals("he does not go there", containing(qs, "does not go").text());
    }

    @Test
    void aQuotedFragmentInsideAClauseIsMixed() {
        Quote q = containing(quotes("Brandt said “it makes me angry” every time the ferry is late."), "angry");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.text().endsWith("every time the ferry is late"), q.text());
        Quote narrated = containing(quotes("Varga said “the port must spend more” as the ministers met in the hall."),
                "spend more");
        assertEquals(QuoteKind.DIRECT, narrated.kind());
    }

    @Test
    void aLongAppositiveOrARelativeClauseBeforeTheVerb() {
        Quote q = containing(quotes("Brandt, a pilot from the northern port and former ferry captain, said the new "
                + "berth is the cause of most delays."), "berth");
        assertEquals("the new berth is the cause of most delays", q.text());
        assertEquals("said", q.cue());
        List<Quote> qs = quotes("A port official, who requested anonymity to discuss the talks, said the ferry "
                + "contract will be signed soon.");
        assertEquals("the ferry contract will be signed soon", containing(qs, "contract").text());
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("anonymity")), qs.toString());
    }

    @Test
    void anAdjunctAfterTheCueIsNoSpeaker() {
        Quote q = containing(quotes("Ilse Varga, director of the port authority, said in a written statement that the "
                + "claims had no substance."), "claims");
        assertEquals("the claims had no substance", q.text());
    }

    @Test
    void aVerbBeforeThatMakesItADeterminer() {
        Quote q = containing(quotes("Brandt said Varga was personally involved in all that planning."), "involved");
        assertEquals("Varga was personally involved in all that planning", q.text());
    }

    @Test
    void aNameEndingInLyBeforeTheCue() {
        Quote q = containing(quotes("The day was long. Kelly said she wanted the ferry back."), "ferry");
        assertEquals("Kelly", q.speaker());
    }

    @Test
    void aGerundSubjectOpensTheReportedClause() {
        Quote q = containing(quotes("Brandt says running the ferry at night is too costly."), "ferry");
        assertEquals("running the ferry at night is too costly", q.text());
        assertTrue(quotes("Brandt said during the vote.").isEmpty());
    }

    @Test
    void whatIsCalledForAfterAnAppositiveName() {
        Quote q = containing(quotes("On Tuesday, his wife, Jane, called for an open ferry timetable."), "timetable");
        assertEquals("an open ferry timetable", q.text());
    }

    @Test
    void aQuestionWithoutItsAskerHasNoSpeaker() {
        List<Quote> qs = quotes("Asked whether the ferry would run in winter, Ilse Varga said the timetable was not ready.");
        Quote asked = containing(qs, "ferry would run");
        assertEquals("whether the ferry would run in winter", asked.text());
        assertEquals(null, asked.speaker());
        assertEquals("Ilse Varga", containing(qs, "timetable").speaker());
        assertEquals(qs.get(0), asked, "the question comes first, in text order");
        Quote passive = containing(quotes("Brandt was asked what the port could do to keep the ferry."), "keep the ferry");
        assertEquals("what the port could do to keep the ferry", passive.text());
        assertEquals(null, passive.speaker());
    }

    @Test
    void aQuestionAskedBySomeoneNamed() {
        String text = "Brandt was asked by Ilse Varga whether the depot would close.";
        Quote q = containing(quotes(text), "depot");
        assertEquals("Ilse Varga", QuoteStageTest.mention(text, q));
    }

    @Test
    void anActiveAskerIsAFrameNotAQuestion() {
        Quote q = containing(quotes("Ilse Varga asked whether the depot would close in winter."), "depot");
        assertEquals("Ilse Varga", q.speaker());
    }

    @Test
    void aLongSourceOpeningTheSentence() {
        Quote q = containing(quotes("According to the pilot in charge of the ferry that night, the scene in the film is "
                + "untrue."), "scene");
        assertEquals("the scene in the film is untrue", q.text());
    }

    @Test
    void accordingToBetweenCommas() {
        Quote q = containing(quotes("In addition, according to the port authority, nine more ferries will need new "
                + "engines."), "ferries");
        assertTrue(q.text().endsWith("nine more ferries will need new engines"), q.text());
        Quote r = containing(quotes("At the heart of the delay, Ilse Varga said, was a decision by Mr. Brandt to wait."),
                "heart");
        assertTrue(r.text().endsWith("by Mr. Brandt to wait"), r.text());
    }

    @Test
    void aShareOfThosePolledSpeaks() {
        String text = "More than six in 10 said they were not looking forward to the ferry strike.";
        Quote q = containing(quotes(text), "ferry strike");
        assertEquals("six in 10", QuoteStageTest.mention(text, q));
        Quote half = containing(quotes("Nearly half said they prefer a pilot with experience."), "pilot");
        assertEquals("they prefer a pilot with experience", half.text());
    }

    @Test
    void aCueOfAfterALongAppositiveFollowingAQuotation() {
        Quote q = containing(quotes("''It is a sound plan,'' Ilse Varga, director of the port authority and a professor at "
                + "the maritime school, said of the ferry contract."), "sound plan");
        assertEquals("Ilse Varga", q.speaker());
    }

    /** Some statement of {@code text} reads exactly {@code expected}. */
    private static void assertStatement(String expected, String text) {
        List<Quote> qs = quotes(text);
        assertTrue(qs.stream().anyMatch(q -> q.text().equals(expected)), qs.toString());
    }

    @Test
    void thatClosingTheClauseIsAPronoun() {
        assertStatement("he asked the council to pay for that",
                "Brandt says the pier needs new piles and says he asked the council to pay for that.");
    }

    @Test
    void aTwoWordObjectOfAReportingVerb() {
        assertStatement("the charges", "The harbour master denied the charges.");
        assertStatement("his resignation", "Shortly afterwards, Brandt announced his resignation.");
        assertTrue(quotes("Varga said the word.").isEmpty());
    }

    @Test
    void theClauseGoesOnAfterAnAsideBetweenDashes() {
        assertStatement("to close the strait ― a lane of 40 ships a day ― to tankers from the north",
                "Brandt has pledged to close the strait ― a lane of 40 ships a day ― to tankers from the north.");
    }

    @Test
    void aClosingFrameWithADescriptionBeforeTheName() {
        assertStatement("The ferry was headed to Tallinn for repairs",
                "The ferry was headed to Tallinn for repairs, the news site Ostwind Radio reported.");
    }

    @Test
    void aTimeAdjunctOrAHedgeAfterTheCue() {
        assertStatement("the harbour had two more berths",
                "Several papers reported on Wednesday the harbour had two more berths.");
        assertStatement("at least six tugboats left the port", "Radio Lindow reported at least six tugboats left the port.");
    }

    @Test
    void accordingToOpeningItsClauseAfterAColonOrADiscourseWord() {
        assertStatement("the ferry holds only 14 percent of the freight market",
                "Nobody noticed: According to recent figures, the ferry holds only 14 percent of the freight market.");
        assertStatement("46 percent of the skippers remain undecided",
                "But, according to the survey, 46 percent of the skippers remain undecided.");
    }

    @Test
    void aLongUnnamedSourceAfterAccordingTo() {
        assertStatement("What commuters want most from a ferry is speed", "What commuters want most from a ferry is "
                + "speed, according to early results of the survey conducted by the port authority for the city and "
                + "the regional transport council.");
    }

    @Test
    void aCoordinatedParticipleIsTheSpeakersNextAct() {
        assertStatement("the levy “a disgrace”",
                "Brandt spoke for an hour, calling the levy “a disgrace” and threatening to close the pier.");
    }

    @Test
    void aNewClauseAfterCommaAndEndsTheStatement() {
        assertStatement("the real problem is the silted channel",
                "Varga said the real problem is the silted channel, and he railed against the council for waiting.");
    }

    @Test
    void aDescribedNameBetweenAQuotationAndItsVerb() {
        assertStatement("The ferry will run", "“The ferry will run,” the younger Mr. Brandt said.");
    }

    @Test
    void mannerOfSpeakingVerbsBesideAQuotation() {
        assertStatement("The toll stays", "“The toll stays,” he continued.");
        assertStatement("Go back to your boat", "“Go back to your boat,” Brandt snapped.");
        assertTrue(quotes("The skipper laughed at the idea and snapped a photo of the pier.").isEmpty());
    }

    @Test
    void aQuantifierChantingAQuotation() {
        assertStatement("Open the pier!", "Some chanted “Open the pier!”");
    }

    @Test
    void aNameClosedByAnAbbreviationSpeaks() {
        Quote q = containing(quotes("Jonas P. Varga Jr. said the ferry would run all winter."), "ferry");
        assertEquals("the ferry would run all winter", q.text());
        assertTrue(q.speaker().contains("Varga"), q.toString());
    }

    @Test
    void aTitledPossessorOpensTheSubject() {
        Quote q = containing(quotes("Mrs. Brandt's advisers said the levy would be dropped."), "levy");
        assertEquals("the levy would be dropped", q.text());
    }

    @Test
    void aGerundSubjectHoldingATitledName() {
        assertStatement("having Mr. Varga at the table is a good sign",
                "Brandt said having Mr. Varga at the table is a good sign.");
    }

    @Test
    void aLongSubjectNoPatternKnowsSpeaks() {
        Quote q = containing(quotes("Several skippers I met at the harbour said the channel is silting up."),
                "channel");
        assertEquals("the channel is silting up", q.text());
        assertTrue(q.speakerStart() >= 0, q.toString());
    }

    @Test
    void theListenerOfToldAfterAnAside() {
        Quote q = containing(quotes("Varga, in a short interview, told the Harbour Gazette on Monday that the pier "
                + "would reopen."), "pier");
        assertEquals("the pier would reopen", q.text());
        assertEquals("told", q.cue());
    }

    @Test
    void aDeterminedListenerBeforeTheClause() {
        assertStatement("her crew never worked with the council",
                "The skipper of the Norderney, Ilse Varga, told the Gazette her crew never worked with the council.");
    }

    @Test
    void aParticipleAfterAQuotationClosingOnAComma() {
        List<Quote> qs = quotes("Brandt said the levy is “a plain tax on fishing,” adding that the council would "
                + "lose the vote.");
        assertEquals("the levy is “a plain tax on fishing,”", containing(qs, "levy").text());
        assertEquals("the council would lose the vote", containing(qs, "council").text());
    }

    @Test
    void aCoordinatedShareWithItsOwnVerb() {
        assertStatement("the harbour was well run",
                "Most skippers praised the pier, and more than four in 10 said the harbour was well run.");
    }

    @Test
    void aPronounAfterADottedAbbreviationOpensASentence() {
        Quote q = containing(quotes("The ferry line is the oldest in the U.S. He says the fares will stay low."), "fares");
        assertEquals("the fares will stay low", q.text());
    }

    @Test
    void aLongSubjectOpeningWithAnAdverbIsNoSpeaker() {
        assertTrue(quotes("Now tell the council the channel is silting up.").stream().noneMatch(q -> q.speakerStart() >= 0
                && q.speaker() != null && q.speaker().startsWith("Now")));
    }

    @Test
    void aParticipleAfterTheObjectIsTheSpeakersNextAct() {
        List<Quote> qs = quotes("Brandt denied the accusations, saying the levy was fair.");
        assertEquals("the accusations", containing(qs, "accusations").text());
        assertEquals("the levy was fair", containing(qs, "levy").text());
    }

    @Test
    void aQuestionAskedAfterATimeAdjunct() {
        Quote q = containing(quotes("Asked on Monday whether the pier would reopen, Varga said it would."), "pier");
        assertEquals("whether the pier would reopen", q.text());
        assertEquals("Asked", q.cue());
    }

    @Test
    void aStatementInAnOpeningAdverbialClauseEndsAtItsComma() {
        List<Quote> qs = quotes("While Varga acknowledged that the fare was high, she said the ferry would keep running.");
        assertEquals("the fare was high", containing(qs, "fare").text());
        assertEquals("the ferry would keep running", containing(qs, "ferry").text());
    }

    @Test
    void aParticipleInTheOpeningPhraseLeavesTheMainClauseItsStatement() {
        String text = "In a statement announcing the vote, the ferry union called the levy “a plain tax” on fishing.";
        List<Quote> qs = quotes(text);
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("the vote")), qs.toString());
        Quote q = containing(qs, "levy");
        assertEquals("called", q.cue());
        assertTrue(QuoteStageTest.mention(text, q).contains("union"), q.toString());
    }

    @Test
    void theSentenceOfAnEditorsNoteReportsNothing() {
        List<Quote> qs = quotes("Editor’s note: Ilse Varga has repeatedly pledged to close the pier to all ferries.\n\n"
                + "Brandt said the ferry runs late in winter.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("close the pier")), qs.toString());
        assertEquals("the ferry runs late in winter", containing(qs, "ferry runs").text());
    }

    @Test
    void aQuotationResumedInLowerCaseAfterALongAside() {
        List<Quote> qs = quotes("“The pier will reopen,” Varga said at a meeting in Norden, N.C., “but not before the summer.”");
        Quote q = containing(qs, "pier");
        assertEquals(2, q.parts().size(), q.toString());
        assertTrue(q.text().contains("summer"), q.toString());
    }

    /** The statement of {@code text} holding {@code words}, checked to be exactly {@code expected}. */
    private static Quote statement(String text, String words, String expected) {
        Quote q = containing(quotes(text), words);
        assertEquals(expected, q.text());
        return q;
    }

    /** The same, its speaker mention holding {@code speaker}. */
    private static void statementBy(String text, String words, String expected, String speaker) {
        Quote q = statement(text, words, expected);
        assertTrue(QuoteStageTest.mention(text, q).contains(speaker), q.toString());
    }

    @Test
    void aNounPhraseAndANameInAppositionAreTheSubject() {
        statementBy("The ferry line's former director, Ilse Varga, said the pilot who replaced her should be dismissed.",
                "pilot", "the pilot who replaced her should be dismissed", "Varga");
        statement("Another skipper, Ilse Varga of Norden Ferries, said her survey of the berths showed little damage.",
                "survey", "her survey of the berths showed little damage");
    }

    @Test
    void aRelativeWordBeforeTheSpeakerIsTheSubjectOfTheStatement() {
        statementBy("The new timetable, which officials said will start in the spring, keeps the night ferry.", "spring",
                "will start in the spring", "officials");
        statement("Varga ran a depot in Norden that inspectors said was short of fire exits.", "exits",
                "was short of fire exits");
        statement("It was the longest crossing of the year, which even critics say was the roughest they remember.",
                "roughest", "was the roughest they remember");
    }

    @Test
    void aRelativeClauseWithAClauseAfterTheCueStaysUnreported() {
        // "that" opens the object of the cue here, not a gap: the statement is the whole clause after "said"
        List<Quote> qs = quotes("Varga said that inspectors said the depot lacked fire exits.");
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).text().startsWith("inspectors said"), qs.toString());
    }

    @Test
    void aDescriptionTheHeadNounsDoNotKnowAfterTheCueIsItsSubject() {
        statementBy("The yard is losing money on every hull, said the firm's chief executive.", "hull",
                "The yard is losing money on every hull", "chief executive");
        Quote named = statement("The yard is losing money on every hull, said the firm's chief executive, Ilse Varga.",
                "hull", "The yard is losing money on every hull");
        assertTrue(named.speaker().contains("Varga"), named.toString());
        // a clause after the cue is what was said, not who said it
        statement("Ilse Varga, a skipper since 1998, said the repair put forward is too slow.", "repair",
                "the repair put forward is too slow");
        // a name and its description opening the sentence are the subject, never a statement said by what follows
        assertTrue(quotes("Ilse Varga, chair of the harbour board, said having the crane at the quay puts the repair in "
                + "reach.").stream().noneMatch(q -> q.text().contains("harbour board")));
    }

    @Test
    void aComparisonAfterTheStatementIsTheNarrations() {
        statement("Six in 10 said they would take the ferry again, compared with four in 10 last spring.", "ferry",
                "they would take the ferry again");
    }
    @Test
    void aGerundAfterAVerbOfReportingIsTheStatement() {
        statement("The ferry company reported losing two million crowns in the winter.", "crowns",
                "losing two million crowns in the winter");
        statement("Brandt denied taking any money from the harbour board.", "money",
                "taking any money from the harbour board");
        // the noun "report" is no cue of a gerund clause
        assertTrue(quotes("The harbour board's report covering the winter months came out late.").isEmpty());
    }

    @Test
    void aListOfNamesOrAPhraseWithTheNamesItIncludesIsTheSubject() {
        statementBy("Ms. Varga, Mr. Brandt and other skippers in both ports said their crews were mostly local.",
                "crews", "their crews were mostly local", "Brandt");
        statementBy("Several skippers, including Varga, said the port should refuse more cargo.", "cargo",
                "the port should refuse more cargo", "skippers");
    }

    @Test
    void aPastVerbAfterAndIsTheSpeakersNextAct() {
        statement("Varga called the new timetable a mistake and demanded a vote of the board.", "timetable",
                "the new timetable a mistake");
        // two verbs of one clause stay together
        statement("Brandt confirmed the board had aided and abetted the smugglers for years.", "smugglers",
                "the board had aided and abetted the smugglers for years");
    }
    @Test
    void anExampleAfterADashStaysInTheStatement() {
        statement("Many skippers say the new berths had successes — for instance, shorter waits for the night ferry.",
                "berths", "the new berths had successes — for instance, shorter waits for the night ferry");
    }
    @Test
    void aQuestionNamedAsSuchOrATopicOfTwoWordsIsAsked() {
        Quote q = statement("Brandt was asked a simple question about the ferry fares.", "fares",
                "a simple question about the ferry fares");
        assertEquals("asked", q.cue());
        statement("Asked Tuesday about Brandt, Varga said she knew nothing of the contract.", "Brandt", "about Brandt");
    }
}



