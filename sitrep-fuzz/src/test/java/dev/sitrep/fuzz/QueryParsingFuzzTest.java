package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitrep.query.QueryParsing;
import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.store.StoreFields;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.lucene.search.Query;

/**
 * What users type into search, through the parser every store query uses ({@link QueryParsing}). A query
 * either parses or fails with {@link QuerySyntaxException} (an {@code IllegalArgumentException}) whose
 * position lies in the query, so the CLI can draw its caret and the API can answer 400.
 */
class QueryParsingFuzzTest {
    /**
     * Lucene's recursive-descent parser overflows the stack on deeply nested brackets; a depth cap in front of it
     * is being added separately, so inputs past this depth are skipped here rather than reported again.
     */
    static final int MAX_NESTING = 200;
    /**
     * A malformed regular expression term ({@code /[a/}) escapes as Lucene's own IllegalArgumentException, with
     * no position, instead of a QuerySyntaxException: an open finding (reproducers in sitrep-fuzz/open-findings)
     * for the package's regex limits, which are being added separately. Until then such queries are skipped so
     * that the rest of the grammar is explored; drop this check when that lands.
     */
    static final boolean SKIP_REGEX_TERMS = true;

    @FuzzTest(maxDuration = "2m")
    void parse(byte[] bytes) {
        String q = new String(bytes, StandardCharsets.UTF_8);
        if (nesting(q) > MAX_NESTING || SKIP_REGEX_TERMS && q.indexOf('/') >= 0) {
            return;
        }
        check(q, QueryParsing::articles);
        check(q, QueryParsing::quoteTopics);
        check(q, s -> QueryParsing.field(StoreFields.TEXT, s));
    }

    private static void check(String q, Function<String, Query> parser) {
        try {
            assertNotNull(parser.apply(q));
        } catch (QuerySyntaxException e) {
            assertTrue(e.position() >= -1 && e.position() <= q.length(), () -> "position " + e.position());
            assertNotNull(e.reason());
            assertNotNull(e.prettyPrint());
        }
    }

    private static int nesting(String q) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }
}
