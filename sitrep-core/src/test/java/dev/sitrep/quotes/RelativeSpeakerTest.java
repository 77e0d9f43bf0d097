package dev.sitrep.quotes;

import static dev.sitrep.quotes.QuoteStageTest.containing;
import static dev.sitrep.quotes.QuoteStageTest.mention;
import static dev.sitrep.quotes.QuoteStageTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A relative pronoun that opens the reporting clause speaks for its antecedent, never for itself. */
class RelativeSpeakerTest {
    private static final Set<String> RELATIVE = Set.of("which", "who", "whose", "that");

    private static void assertNamed(Quote q) {
        assertNotNull(q.speaker(), q.toString());
        assertTrue(!q.speaker().isBlank() && !RELATIVE.contains(q.speaker().toLowerCase(Locale.ROOT)), q.speaker());
    }

    @Test
    void whichSpeaksForTheOrganisationBeforeIt() {
        String text = "Talks stalled on Monday. The deal was blocked by the harbour ministry, which said in a statement"
                + " that the port would stay closed.";
        Quote q = containing(quotes(text), "port would stay closed");
        assertNamed(q);
        assertEquals("the harbour ministry", q.speaker());
        assertEquals("the harbour ministry, which", mention(text, q));
    }

    @Test
    void whoSpeaksForTheNameBeforeIt() {
        String text = "The plan was rejected by Ilya Sorokin, who told reporters that \"nothing has changed on the ground\".";
        Quote q = containing(quotes(text), "nothing has changed");
        assertTrue(q.speaker().contains("Sorokin"), q.speaker());
        assertEquals("Ilya Sorokin, who", mention(text, q));
    }

    @Test
    void whoSpeaksForATitleOrAnOfficeWithItsComplement() {
        String title = "The harbour director, who said the budget was too small for the new quay, resigned on Friday.";
        Quote a = containing(quotes(title), "budget was too small");
        assertNamed(a);
        assertTrue(a.speaker().contains("harbour director"), a.speaker());
        String office = "The board met the minister of transport, who told reporters that fares would rise in June.";
        Quote b = containing(quotes(office), "fares would rise");
        assertEquals("the minister of transport", b.speaker());
    }

    @Test
    void whichSpeaksForAnOrganisationNoun() {
        String text = "The plan angered the dockers' union, which warned that strikes would follow within a week.";
        Quote q = containing(quotes(text), "strikes would follow");
        assertTrue(q.speaker().endsWith("union"), q.speaker());
        assertEquals(q.speaker() + ", which", mention(text, q));
    }

    @Test
    void aSpokesmanSpeaksForTheAntecedentOfWhose() {
        String text = "The vote was delayed by the transport ministry, whose spokesman said the bridge would reopen in spring.";
        Quote q = containing(quotes(text), "bridge would reopen");
        assertEquals("the transport ministry", q.speaker());
        assertEquals("the transport ministry, whose spokesman", mention(text, q));
    }

    @Test
    void anyoneElseAfterWhoseIsNamedWithTheAntecedent() {
        String text = "The court heard Daniel Ortiz, whose lawyer said the contract had never been signed.";
        Quote q = containing(quotes(text), "contract had never been signed");
        assertNamed(q);
        assertTrue(q.speaker().contains("Ortiz") && q.speaker().contains("lawyer"), q.speaker());
    }

    @Test
    void whichAsADeterminerNamesNobody() {
        List<Quote> qs = quotes("Nobody knows which officials said the road to the harbour was closed.");
        qs.forEach(RelativeSpeakerTest::assertNoRelativeSpeaker);
        Quote q = containing(quotes("Officials did not say which route the convoy took, the agency said."), "route");
        assertEquals("the agency", q.speaker());
    }

    @Test
    void whichAfterAThingThatCannotSpeakReportsNothing() {
        List<Quote> qs = quotes("The delay, which said more about the budget than the weather, angered commuters at the harbour.");
        qs.forEach(RelativeSpeakerTest::assertNoRelativeSpeaker);
        assertTrue(qs.stream().noneMatch(q -> q.speaker() != null), qs.toString());
    }

    private static void assertNoRelativeSpeaker(Quote q) {
        if (q.speaker() != null) {
            String first = q.speaker().split(" ")[0].toLowerCase(Locale.ROOT);
            assertTrue(!RELATIVE.contains(first), q.speaker());
        }
    }
}
