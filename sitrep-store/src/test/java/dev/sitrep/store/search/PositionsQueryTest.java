package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Issues;
import dev.sitrep.positions.Positions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote search a positions question sends is valid query syntax within the clause limit, for every issue. */
class PositionsQueryTest {
    @Test
    void everyIssuesSearchParses() {
        List<Issue> issues = new ArrayList<>(Issues.defaults());
        issues.add(Issues.named("Canada should buy submarines"));
        issues.add(Issues.named("Tariffs on \"steel\" (and aluminium) should be dropped: 25% is too much"));
        for (Issue issue : issues) {
            String q = Positions.query(issue);
            assertTrue(!q.isBlank(), issue.id());
            assertDoesNotThrow(() -> QueryParsing.quoteTopics(q), issue.id() + ": " + q);
        }
        String nato = Positions.query(Issues.named("ukraine-nato"));
        assertTrue(nato.contains("\"kyiv\"") && nato.contains("\"accession\""), "synonyms widen the search: " + nato);
    }
}
