package dev.sitrep.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote.IssueStance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every statement judged against the default issues it speaks to, as the pipeline does for each article. */
class StanceStageTest {
    private static final StanceStage STAGE = new StanceStage();

    @Test
    void aStatementOnAnIssueCarriesItsStanceAndEvidence() {
        List<IssueStance> s = STAGE.stances("We believe Ukraine's accession to NATO is not a viable outcome.");
        assertEquals(1, s.size(), s.toString());
        assertEquals("ukraine-nato", s.get(0).issue());
        assertEquals("opposes", s.get(0).stance());
        assertTrue(!s.get(0).evidence().isEmpty(), s.toString());
    }

    @Test
    void aStatementOnNoIssueCarriesNone() {
        assertEquals(List.of(), STAGE.stances("The harbour will reopen after the storm, the mayor's office said."));
        assertEquals(List.of(), STAGE.stances("NATO ships will escort Ukraine's grain through the strait."),
                "naming Ukraine and NATO on another matter is not a position on membership");
    }
}
