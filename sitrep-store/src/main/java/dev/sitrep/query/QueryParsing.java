package dev.sitrep.query;

import dev.sitrep.store.StoreAnalyzer;
import dev.sitrep.store.StoreFields;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Parses what users type into Lucene queries with Lucene's classic syntax (AND, OR, NOT, "phrases",
 * field:value, wildcards), turning parse errors into {@link QuerySyntaxException}s that know the position.
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
        return parse(query, new MultiFieldQueryParser(
                new String[] {StoreFields.TITLE, StoreFields.TEXT}, StoreAnalyzer.forQueries(), ARTICLE_BOOSTS));
    }

    /**
     * A query over what a quote is about: its words, the sentences around it and its article's title (each
     * term in any of them); blank means every document.
     */
    public static Query quoteTopics(String query) {
        return parse(query, new MultiFieldQueryParser(new String[] {StoreFields.QUOTE, StoreFields.QUOTE_CONTEXT,
                StoreFields.TITLE}, StoreAnalyzer.forQueries(), QUOTE_BOOSTS));
    }

    /** A query over one analysed field; blank means every document. */
    public static Query field(String field, String query) {
        return parse(query, new QueryParser(field, StoreAnalyzer.forQueries()));
    }

    private static Query parse(String query, QueryParser parser) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new QuerySyntaxException(query, position(query, e), reason(e), e);
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
