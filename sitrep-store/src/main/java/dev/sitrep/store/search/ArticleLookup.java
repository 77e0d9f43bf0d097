package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.Article;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** One stored article by id, whole: text, entities with spans, quotes with offsets, flags and provenance. */
final class ArticleLookup {
    private ArticleLookup() {
    }

    static Optional<Article> byId(IndexSearcher searcher, String id) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        var query = new BooleanQuery.Builder()
                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER)
                .add(new TermQuery(new Term(ARTICLE, id.strip())), Occur.FILTER)
                .build();
        ScoreDoc[] docs = searcher.search(query, 1).scoreDocs;
        return docs.length == 0 ? Optional.empty() : Optional.of(ArticleSearch.load(searcher.storedFields(), docs[0].doc));
    }
}
