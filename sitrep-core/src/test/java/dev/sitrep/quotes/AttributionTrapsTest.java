package dev.sitrep.quotes;

import static dev.sitrep.quotes.QuoteStageTest.containing;
import static dev.sitrep.quotes.QuoteStageTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions an analyst would cite wrongly if Sitrep got them wrong, on short synthetic articles. */
class AttributionTrapsTest {

    @Test
    void aParticipialOpeningIsNoSpeaker() {
        List<Quote> qs = quotes("Waving their banners and chanting a marching song of the old war, the honour guard"
                + " crossed the square in Valdora on Sunday.");
        assertTrue(qs.stream().noneMatch(q -> "Waving".equals(q.speaker())), qs.toString());
    }

    @Test
    void anAttributionStandingAloneIsNoStatementButTheSentenceIs() {
        List<Quote> qs = quotes("Defence minister Aldo Ferrant said the planners had met twice. The force would not keep"
                + " the peace as some other leaders suggested, according to Ferrant.");
        assertTrue(qs.stream().noneMatch(q -> q.text().strip().startsWith("according to")), qs.toString());
        assertEquals("Aldo Ferrant", containing(qs, "would not keep the peace").speaker());
    }

    @Test
    void aTitleRightBeforeANameIsThatPerson() {
        String text = "Ever the diplomat, Nato secretary basic Tomas Vinter chose understatement, saying “a lot happened"
                + " yesterday and it will be debated for weeks.”";
        assertEquals("Tomas Vinter", containing(quotes(text), "a lot happened").speaker());
    }

    @Test
    void askingNotToBeNamedIsNoStatement() {
        List<Quote> qs = quotes("The officials, who requested anonymity discussing private talks, said the plan was"
                + " ready for the summit.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("anonymity")), qs.toString());
    }

    @Test
    void whoAfterAGroupSpeaksForTheGroup() {
        String text = "Defence Secretary Paul Renner spoke in Oslo. His remarks mark a shift from the stance of the"
                + " previous government and its close allies, who have vowed to \"back the coastal states for as long as"
                + " it takes\" in the north.";
        Quote q = containing(quotes(text), "coastal states");
        assertTrue(q.speaker() != null && q.speaker().contains("allies"), q.toString());
    }

    @Test
    void aPronounAfterAClauseSubjectTakesThatPerson() {
        String text = "Press secretary Carla Mendes said: “We have no names to read out for you today.”\n\n"
                + "That is the outcome that Mikolaj Brandt explicitly warned his partners about last month.\n\n"
                + "“It is not clear whether we will have a seat at the table when this ends,” he said.";
        Quote q = containing(quotes(text), "a seat at the table");
        assertEquals("Mikolaj Brandt", q.speaker());
    }

    @Test
    void theCompanyIsTheCompanyNamedBefore() {
        String text = "Norvik Shipping Ltd. reported a loss of $40 million for the quarter on Tuesday.\n\n\"We expect the"
                + " second half to be stronger as the new routes open,\" the company said in a statement.\n\nThe Eldonian Transport"
                + " Ministry welcomed the figures. The ministry said the routes would be approved by June.";
        List<Quote> qs = quotes(text);
        assertEquals("Norvik Shipping Ltd", containing(qs, "second half").speaker());
        assertEquals("the company", text.substring(containing(qs, "second half").speakerStart(),
                containing(qs, "second half").speakerEnd()), "the mention stays where the text has it");
        assertEquals("Eldonian Transport Ministry", containing(qs, "approved by June").speaker());
    }

    @Test
    void anInterviewTurnIsThePersonsStatement() {
        String text = "In an interview, the shipping minister Ana Riveira spoke about the port.\n\n"
                + "RIVEIRA: We will open the northern terminal next spring, whatever the unions say.\n\n"
                + "Update: The port authority did not answer questions on Friday.";
        List<Quote> qs = quotes(text);
        Quote q = containing(qs, "northern terminal");
        assertEquals("Ana Riveira", q.speaker());
        assertEquals("We will open the northern terminal next spring, whatever the unions say.", q.text());
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("port authority")), qs.toString());
    }
}
