package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.store.search.QueryParsing;
import dev.sitrep.stores.StoreFields;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.lucene.search.Query;

/**
 * What users type into search, through the parser every store query uses ({@link QueryParsing}). A query
 * either parses or fails with {@link QuerySyntaxException} (an {@code IllegalArgumentException}) whose
 * position lies in the query, so the CLI can draw its caret and the API can answer 400.
 */
class QueryParsingFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] bytes) {
        String q = new String(bytes, StandardCharsets.UTF_8);
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

}
