package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.query.QuerySyntaxException;
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

    @Test
    void deepBracketsAreRefusedBeforeTheRecursiveParserSeesThem() {
        String deep = "(".repeat(3_000) + "nato" + ")".repeat(3_000);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParsing.articles(deep));
        assertTrue(e.getMessage().contains("the query is 6004 characters long"), e.getMessage());
        String nested = "(".repeat(QueryLimits.MAX_DEPTH + 1) + "nato" + ")".repeat(QueryLimits.MAX_DEPTH + 1);
        e = error(nested);
        assertEquals(QueryLimits.MAX_DEPTH, e.position());
        assertTrue(e.reason().contains("nested more than " + QueryLimits.MAX_DEPTH), e.reason());
        assertNotNull(QueryParsing.articles("(".repeat(QueryLimits.MAX_DEPTH) + "nato" + ")".repeat(QueryLimits.MAX_DEPTH)));
        // Brackets in a phrase are words, not nesting; alternating groups never get deep.
        assertNotNull(QueryParsing.articles("\"" + "(".repeat(50) + "\" nato"));
        assertNotNull(QueryParsing.articles("(a OR b) ".repeat(40).strip()));
    }

    @Test
    void longQueriesArePrintedAroundThePosition() {
        QuerySyntaxException e = error("nato ".repeat(300));
        String[] lines = e.prettyPrint().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].length() < 2 * QuerySyntaxException.WINDOW + 10, lines[1]);
        assertEquals(lines[1].indexOf('…') + 1 + QuerySyntaxException.WINDOW, lines[2].indexOf('^'));
    }

    @Test
    void regularExpressionsThatRepeatTooMuchAreRefusedCheaply() {
        long start = System.nanoTime();
        QuerySyntaxException e = error("/.{0,65535}x/");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refusing must not build the automaton");
        assertEquals(0, e.position());
        assertTrue(e.reason().startsWith("regular expressions are limited to"), e.reason());
        assertTrue(error("/" + "a".repeat(QueryLimits.MAX_REGEXP_LENGTH + 1) + "/").reason()
                .contains(QueryLimits.MAX_REGEXP_LENGTH + " characters"));
        assertTrue(error("/((a{0,9}){0,9}){0,9}/").reason().startsWith("regular expressions are limited to"));
        assertTrue(error("nato /[a-/").reason().contains("does not parse"));
        assertNotNull(QueryParsing.articles("/zelensk[iy]+/ OR /kyiv|kiev/ OR /[a-z]{2,12}ski/"));
    }

    @Test
    void wildcardAndFuzzyTermsAreBounded() {
        assertNotNull(QueryParsing.articles("nato* ukr?ine zelensky~ sanction*"));
        assertEquals(5, error("NATO a*").position());
        assertTrue(error("NATO a*").reason().contains("at least " + QueryLimits.MIN_WILDCARD_PREFIX + " characters"));
        assertTrue(error("ab*c*d*e*f*").reason().contains("at most " + QueryLimits.MAX_WILDCARDS + " wildcards"));
        String many = "ab* cd* ef* gh* ij* kl* mn* op* qr~";
        QuerySyntaxException e = error(many);
        assertEquals(many.indexOf("qr~"), e.position());
        assertTrue(e.reason().contains("at most " + QueryLimits.MAX_EXPANDING_TERMS), e.reason());
    }

    @Test
    void tooManyTermsIsASyntaxErrorNotAFailedSearch() {
        // Within the length bound a query stays under Lucene's default of 1,024 terms; a lower setting shows the check.
        int max = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
        org.apache.lucene.search.IndexSearcher.setMaxClauseCount(50);
        try {
            QuerySyntaxException e = error("ab OR ".repeat(30) + "ab");
            assertTrue(e.reason().contains("too many words"), e.reason());
        } finally {
            org.apache.lucene.search.IndexSearcher.setMaxClauseCount(max);
        }
    }
}
