package dev.sitrep.solr;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.query.QuerySyntaxException;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

class SolrQueriesTest {
    @Test
    void valuesTravelAsParametersNeverAsSyntax() {
        SolrQuery q = SolrQueries.ofType("quote");
        SolrQueries.speaker(q, "O'Brien \"the} hawk\"");
        SolrQueries.terms(q, "article", List.of("a,1", "b c"));
        String[] fq = q.getFilterQueries();
        assertEquals("{!term f=type}quote", fq[0]);
        assertFalse(String.join(" ", fq).contains("O'Brien"), "a name is a parameter, not part of a filter");
        assertEquals("O'Brien \"the} hawk\"", q.get("spk2v"), "the phrase clause carries the name as typed");
        assertEquals("a,1\u001fb c", q.get("ts0"));
    }

    @Test
    void wordsAreEveryWordOverTheWeightedFields() {
        SolrQuery q = new SolrQuery();
        SolrQueries.words(q, "Ukraine NATO", SolrQueries.ARTICLE_FIELDS);
        assertEquals("edismax", q.get("defType"));
        assertEquals("AND", q.get("q.op"));
        assertEquals("title^2 text", q.get("qf"));
        SolrQueries.words(q, "  ", SolrQueries.ARTICLE_FIELDS);
        assertEquals("*:*", q.getQuery());
    }

    @Test
    void malformedQueriesAreRefusedWithThePlace() {
        var quote = assertThrows(QuerySyntaxException.class, () -> SolrQueries.check("force \"reassurance"));
        assertEquals(18, quote.position(), "at the end, where the closing quote is missing");
        var bracket = assertThrows(QuerySyntaxException.class, () -> SolrQueries.check("(a OR b"));
        assertEquals(0, bracket.position());
        assertThrows(QuerySyntaxException.class, () -> SolrQueries.check("a)"));
        assertThrows(QuerySyntaxException.class, () -> SolrQueries.check("NATO AND"));
        assertThrows(QuerySyntaxException.class, () -> SolrQueries.check("(".repeat(21) + "x" + ")".repeat(21)));
        assertThrows(QuerySyntaxException.class, () -> SolrQueries.check("x".repeat(SolrQueries.MAX_LENGTH + 1)));
        SolrQueries.check("\"a (b\" AND title:(c OR d) \\(");
    }
}
