package dev.sitrep.store.search;

import static dev.sitrep.store.StoreFields.*;

import dev.sitrep.model.Article;
import dev.sitrep.query.QuoteDoc;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.StatementGroups;
import dev.sitrep.query.StoryDetail;
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
        StatementGroups groups = new StatementGroups();
        quotes.forEach(groups::add);
        List<QuoteHit> said = new ArrayList<>(groups.size());
        for (StatementGroups.Statement s : groups.statements()) {
            said.add(StatementGroups.toHit(s, quotes));
        }
        said.sort(Comparator.comparing(QuoteHit::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(QuoteHit::articleId).thenComparingInt(h -> h.quote().start()));
        return Optional.of(new StoryDetail(StoryList.summarise(id, articles), articles,
                said.subList(0, Math.min(said.size(), statements))));
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
