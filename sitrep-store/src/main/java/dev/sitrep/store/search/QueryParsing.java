package dev.sitrep.store.search;

import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.store.StoreAnalyzer;
import dev.sitrep.stores.StoreFields;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Parses what users type into Lucene queries with Lucene's classic syntax (AND, OR, NOT, "phrases",
 * field:value, wildcards), turning parse errors into {@link QuerySyntaxException}s that know the position.
 * Every query is held to {@link QueryLimits} (length, bracket depth, wildcard, fuzzy and regular-expression
 * terms, number of terms), checked before the expensive part of each step.
 * Terms are ANDed by default: news searches name what they want, and BM25 ranks within that.
 */
public final class QueryParsing {
    /** A title word weighs twice a body word. */
    static final Map<String, Float> ARTICLE_BOOSTS = Map.of(StoreFields.TITLE, 2f, StoreFields.TEXT, 1f);
    /**
     * A statement's own words weigh twice the words around it and its article's title: a quote that says
     * "membership" is more about membership than one whose headline does.
     */
    static final Map<String, Float> QUOTE_BOOSTS = Map.of(StoreFields.QUOTE, 2f, StoreFields.QUOTE_CONTEXT, 1f,
            StoreFields.TITLE, 1f);
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:])([*?])");

    private QueryParsing() {
    }

    /** A query over article titles and text; blank means every article. */
    public static Query articles(String query) {
        return parse(query, new String[] {StoreFields.TITLE, StoreFields.TEXT}, ARTICLE_BOOSTS);
    }

    /**
     * A query over what a quote is about: its words, the sentences around it and its article's title (each
     * term in any of them); blank means every document.
     */
    public static Query quoteTopics(String query) {
        return parse(query, new String[] {StoreFields.QUOTE, StoreFields.QUOTE_CONTEXT, StoreFields.TITLE}, QUOTE_BOOSTS);
    }

    /** A query over one analysed field; blank means every document. */
    public static Query field(String field, String query) {
        return parse(query, new String[] {field}, null);
    }

    /** Checks {@link QueryLimits} before, while and after Lucene parses. */
    private static Query parse(String query, String[] fields, Map<String, Float> boosts) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryLimits.checkShape(query);
        Query parsed;
        try {
            parsed = new LimitedQueryParser(query, fields, StoreAnalyzer.forQueries(), boosts).parse(query);
        } catch (ParseException e) {
            throw new QuerySyntaxException(query, position(query, e), reason(e), e);
        } catch (TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException(query, -1, "a wildcard or regular expression is too complex to search", e);
        }
        checkClauses(query, parsed);
        return parsed;
    }

    /**
     * Refuses a query with more terms than a search may hold ({@link IndexSearcher#getMaxClauseCount()}),
     * counted as the searcher counts them, so that it is a syntax error now rather than a failure mid-search.
     * Each word counts once per field and once per synonym.
     */
    private static void checkClauses(String query, Query parsed) {
        int max = IndexSearcher.getMaxClauseCount();
        int[] clauses = {0};
        parsed.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                clauses[0] += terms.length;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                clauses[0]++;
            }

            @Override
            public void visitLeaf(Query q) {
                clauses[0]++;
            }
        });
        if (clauses[0] > max) {
            throw new QuerySyntaxException(query, -1, "the query has too many words: it asks for " + clauses[0]
                    + " terms (words × fields × synonyms), at most " + max + " are allowed", null);
        }
    }

    /** Where the parser stopped: the offending token's column, else the column a lexical error names. */
    private static int position(String query, ParseException e) {
        Token next = offending(e);
        if (next != null) {
            // At end of input the parser reports the last column; point just after the query instead.
            return next.kind == 0 ? query.length() : Math.min(next.beginColumn, query.length());
        }
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(t.getMessage());
        if (message.contains("Encountered: <EOF>")) {
            return query.length();
        }
        Matcher m = COLUMN.matcher(message);
        if (m.find()) {
            return Math.min(Math.max(Integer.parseInt(m.group(1)) - 1, 0), query.length());
        }
        Matcher w = LEADING_WILDCARD.matcher(query);
        return message.contains("not allowed as first character") && w.find() ? w.start(1) : -1;
    }

    /** What is wrong, in words a user can act on rather than the parser's token names. */
    private static String reason(ParseException e) {
        Token next = offending(e);
        if (next != null) {
            return next.kind == 0 ? "the query ends too early (a dangling operator, field or bracket?)"
                    : "unexpected \"" + next.image + "\"";
        }
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage()).replaceAll("\\s+", " ").strip();
        if (m.contains("Encountered: <EOF>")) {
            return "the query ends inside a quoted phrase (a closing \" is missing)";
        }
        return m.replaceFirst("^Cannot parse '.*?': ", "");
    }

    /** The token the parser could not accept, when it got that far. */
    private static Token offending(ParseException e) {
        if (e.getCause() instanceof ParseException inner && inner.currentToken != null) {
            return inner.currentToken.next;
        }
        return null;
    }
}
