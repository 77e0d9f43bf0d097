package dev.sitrep.query;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class QueryParsingTest {

    private static QuerySyntaxException error(String query) {
        return assertThrows(QuerySyntaxException.class, () -> QueryParsing.articles(query));
    }

    @Test
    void validQueriesParse() {
        assertNotNull(QueryParsing.articles("Ukraine AND (NATO OR Nato) -Russia"));
        assertNotNull(QueryParsing.articles("\"coalition of the willing\""));
        assertNotNull(QueryParsing.articles("  "));
    }

    @Test
    void danglingOperatorPointsAtTheEnd() {
        QuerySyntaxException e = error("NATO AND");
        assertEquals(8, e.position());
        assertEquals("""
                query syntax error at position 8: %s
                  NATO AND
                          ^""".formatted(e.reason()), e.prettyPrint());
    }

    @Test
    void unexpectedTokenPointsAtIt() {
        assertEquals(6, error("NATO (AND Kyiv)").position());
        assertEquals(14, error("Kyiv summit ) Rutte").position() + 2);
    }

    @Test
    void unterminatedPhrasePointsAtOrAfterItsQuote() {
        QuerySyntaxException e = error("Rutte \"coalition of");
        assertTrue(e.position() >= 6, "position " + e.position());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
