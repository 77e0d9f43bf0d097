package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.Article;
import dev.sitrep.query.QuoteDoc;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.StatementGroups;
import dev.sitrep.query.StoryDetail;
import dev.sitrep.query.StorySummaries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a {@link StoryDetail}: the articles with the story id, in date order, and the quotes of the story grouped
 * into statements ({@link StatementGroups}). Copies join their original's story, so the story's own quotes are
 * the pool the sources come from.
 */
final class StoryDetails {
    /** Most articles a story page reads. */
    static final int MAX_ARTICLES = 1_000;

    private StoryDetails() {
    }

    /** The story with this id and its {@code statements} first statements by date; empty when there is none. */
    static Optional<StoryDetail> build(IndexSearcher searcher, String id, int statements) throws IOException {
        List<Article> articles = articles(searcher, id);
        if (articles.isEmpty() && id.startsWith("s")) {
            // The story list names an article stored without a story "s" + its id.
            articles = ArticleLookup.byId(searcher, id.substring(1)).filter(a -> a.story() == null).stream().toList();
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        List<QuoteDoc> quotes = QuoteDocs.matching(searcher, new TermQuery(new Term(STORY, id)));
        return Optional.of(new StoryDetail(StorySummaries.summarise(id, articles), articles,
                StatementGroups.inDateOrder(quotes, statements)));
    }

    private static List<Article> articles(IndexSearcher searcher, String id) throws IOException {
        var query = new BooleanQuery.Builder()
                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER)
                .add(new TermQuery(new Term(STORY, id)), Occur.FILTER)
                .build();
        StoredFields stored = searcher.storedFields();
        List<Article> articles = new ArrayList<>();
        for (var sd : searcher.search(query, MAX_ARTICLES).scoreDocs) {
            articles.add(ArticleSearch.load(stored, sd.doc));
        }
        articles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.duplicateOf() != null).thenComparing(Article::id));
        return articles;
    }
}
