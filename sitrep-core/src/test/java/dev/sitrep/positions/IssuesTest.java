package dev.sitrep.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issues file format, the default issues and issues made from a bare proposition. */
class IssuesTest {

    @Test
    void defaultsCoverTheBeat() {
        List<String> ids = Issues.defaults().stream().map(Issue::id).toList();
        assertEquals(List.of("ukraine-nato", "reassurance-force", "defence-spending", "russia-defeat",
                "russia-sanctions", "ukraine-ceasefire", "us-aid-ukraine", "climate-concern"), ids);
        assertEquals("climate-concern", Issues.named("climate change is a SERIOUS concern").id());
    }

    @Test
    void wordsThatSpeakToADefaultIssueAreThatIssue() {
        assertEquals("ukraine-nato", Issues.named("Ukraine joining NATO").id());
        assertEquals("ukraine-nato", Issues.named("NATO membership for Ukraine").id());
        Issue denied = Issues.named("Ukraine should not join NATO");
        assertTrue(denied.negated(), "a denial keeps its own words, turned round");
        assertEquals("tariffs-on-steel-should-be-dropped", Issues.named("Tariffs on steel should be dropped").id());
    }

    @Test
    void onPointNeedsTheClaimForAProposal() {
        Issue nato = Issues.named("ukraine-nato");
        assertTrue(nato.onPoint("Ukraine's accession to NATO is not a viable outcome."));
        assertTrue(nato.mentionedIn("NATO ships will escort Ukraine's grain.").isPresent());
        assertTrue(!nato.onPoint("NATO ships will escort Ukraine's grain."), "names both, but not membership");
        assertTrue(Issues.named("climate-concern").onPoint("Global warming is a hoax."), "a judgement needs no claim word");
    }

    @Test
    void readsTheFormat() throws IOException {
        String text = """
                # two issues
                issue: Canada should buy submarines
                about: canada, ottawa
                about: submarines
                claim: buy, purchase
                need: 1

                issue: Tariffs on steel should be dropped
                """;
        List<Issue> issues = Issues.read(new StringReader(text), "mine.txt");
        assertEquals(2, issues.size());
        assertEquals("canada-should-buy-submarines", issues.get(0).id());
        assertEquals(1, issues.get(0).need());
        assertTrue(issues.get(0).mentionedIn("Ottawa plans a new fleet.").isPresent());
        assertTrue(issues.get(1).mentionedIn("New duties on steel were announced.").isPresent());
    }

    @Test
    void badLinesNameTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Issues.read(new StringReader("issue: X should happen\nwhen: soon\n"), "mine.txt"));
        assertEquals("mine.txt: line 2: unknown key \"when\" (issue, id, about, claim, counter, need)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Issues.read(new StringReader("about: x\n"), "mine.txt"));
    }

    @Test
    void aBarePropositionSplitsAtItsVerb() {
        Issue i = Issue.of("Ukraine should join NATO");
        assertEquals(List.of(List.of("Ukraine"), List.of("NATO")), i.about());
        assertEquals(List.of("join"), i.claim());
        assertTrue(i.mentionedIn("Kyiv's path to membership of the Atlantic alliance").isPresent());
        Issue climate = Issue.of("Climate change is a serious concern");
        assertEquals(List.of(List.of("Climate change")), climate.about());
        assertTrue(climate.mentionedIn("Global warming worsens droughts.").isPresent());
    }

    @Test
    void wordsMeetByStem() {
        assertEquals(Words.stem("joining"), Words.stem("joined"));
        assertEquals(Words.stem("joins"), Words.stem("join"));
        assertEquals(Words.stem("sanctions"), Words.stem("sanction"));
        assertEquals(Words.stem("stopping"), Words.stem("stop"));
    }
}
