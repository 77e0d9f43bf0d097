package dev.sitrep.store.search;

import dev.sitrep.query.QuerySyntaxException;
import java.io.StringReader;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * The bounds every query typed into the CLI, the API or the web page is held to, so that one request cannot
 * take the server's stack, CPU or memory. Each is far above what an analyst types (a long boolean query over a
 * dozen names is a few hundred characters and three levels of brackets); a query past one is a
 * {@link QuerySyntaxException} saying which bound and where, never a slow answer or a crash.
 *
 * <p>{@link #checkShape(String)} runs before the string reaches Lucene's parser: the classic parser is a
 * recursive descent parser whose stack grows with every bracket, so depth is checked by a flat scan first.
 * The term bounds are checked by {@link LimitedQueryParser} as it builds each wildcard, fuzzy and regular
 * expression term, before the term's automaton is built (building is where the cost is: the automaton of
 * {@code /.{0,65535}x/} takes seconds before any determinization limit applies).
 */
public final class QueryLimits {
    /** Characters in one query. */
    public static final int MAX_LENGTH = 1_000;
    /** Brackets nested in one query, counting those inside regular expressions. */
    public static final int MAX_DEPTH = 20;
    /** Wildcard, prefix, fuzzy and regular-expression terms in one query (each is an index scan). */
    public static final int MAX_EXPANDING_TERMS = 8;
    /** Characters before the first {@code *} or {@code ?} of a wildcard or prefix term. */
    public static final int MIN_WILDCARD_PREFIX = 2;
    /** {@code *} and {@code ?} in one term. */
    public static final int MAX_WILDCARDS = 4;
    /** Characters of one regular expression between its slashes. */
    public static final int MAX_REGEXP_LENGTH = 100;
    /**
     * Automaton states one regular expression may spell out before determinization: repetition multiplies
     * (a bounded {@code {n,m}} copies its operand m times), so {@code [a-z]{2,12}ski} is fine and
     * {@code .{0,65535}} is not.
     */
    public static final int MAX_REGEXP_STATES = 50;
    /** Work Lucene may spend determinizing one wildcard or regular expression automaton. */
    public static final int DETERMINIZE_WORK_LIMIT = 2_000;

    private QueryLimits() {
    }

    /**
     * Checks the length and the bracket depth of {@code query} without recursion: it reads the query with the
     * parser's own tokenizer (a flat state machine), so a bracket inside a phrase or a range is not counted and
     * one the parser would descend into always is.
     *
     * @throws QuerySyntaxException naming the bound, at the character that passes it
     */
    public static void checkShape(String query) {
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(query, MAX_LENGTH,
                    "the query is " + query.length() + " characters long; at most " + MAX_LENGTH + " are allowed", null);
        }
        var tokens = new QueryParserTokenManager(new FastCharStream(new StringReader(query)));
        int depth = 0;
        try {
            for (Token t = tokens.getNextToken(); t.kind != QueryParserConstants.EOF; t = tokens.getNextToken()) {
                if (t.kind == QueryParserConstants.LPAREN && ++depth > MAX_DEPTH) {
                    throw new QuerySyntaxException(query, Math.min(t.beginColumn, query.length()),
                            "brackets are nested more than " + MAX_DEPTH + " deep", null);
                } else if (t.kind == QueryParserConstants.RPAREN) {
                    depth = Math.max(0, depth - 1);
                }
            }
        } catch (TokenMgrError e) {
            // A lexical error: the parser stops at the same place and reports it with its position.
        }
    }
}
