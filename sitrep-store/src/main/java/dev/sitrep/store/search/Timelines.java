package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.Timeline;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a {@link Timeline}: the articles matching the topic counted per day from doc values, and the
 * statements {@link StatementSearch} ranks best for it (copies counted once), re-ordered by date so that they read as a story.
 */
final class Timelines {
    private Timelines() {
    }

    /** @throws QuerySyntaxException when {@code q} does not parse */
    static Timeline build(IndexSearcher searcher, String q, LocalDate from, LocalDate to, int statements)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(QueryParsing.articles(q), Occur.MUST)
                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER);
        if (from != null || to != null) {
            b.add(Filters.published(from, to), Occur.FILTER);
        }
        List<QuoteHit> best = new ArrayList<>(
                StatementSearch.first(searcher, new QuoteRequest(null, q, from, to, statements)));
        best.sort(Comparator.comparing(QuoteHit::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Query articles = b.build();
        Query inferred = new BooleanQuery.Builder().add(articles, Occur.MUST)
                .add(new TermQuery(new Term(PUBLISHED_INFERRED, "true")), Occur.FILTER).build();
        return new Timeline(q, Tally.byDay(searcher, articles, null), Tally.byDay(searcher, inferred, null), best);
    }
}
