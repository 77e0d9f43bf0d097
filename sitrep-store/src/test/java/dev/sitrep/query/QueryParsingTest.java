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
        QuerySyntaxException e = error("NATO (AND Kyiv)");
        assertEquals(6, e.position());
        assertEquals("unexpected \"AND\"", e.reason());
        assertEquals(12, error("Kyiv summit ) Rutte").position());
    }

    @Test
    void unterminatedPhrasePointsAtTheEnd() {
        QuerySyntaxException e = error("Rutte \"coalition of");
        assertEquals(19, e.position());
        assertEquals("query syntax error at position 19: the query ends inside a quoted phrase (a closing \" is missing)",
                e.getMessage());
    }

    @Test
    void leadingWildcardPointsAtTheWildcard() {
        assertEquals(5, error("NATO *kyiv").position());
    }
}
