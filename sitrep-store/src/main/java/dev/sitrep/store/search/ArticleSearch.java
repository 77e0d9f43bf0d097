package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.Page;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.Snippets;
import dev.sitrep.store.StoreAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Article search: BM25 over title (boosted) and text, filters as non-scoring clauses, best score first and,
 * among equal scores, newest first; a snippet per hit from Lucene's UnifiedHighlighter, which reads the
 * offsets stored in the postings instead of analysing the text again.
 */
final class ArticleSearch {
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX));

    private ArticleSearch() {
    }

    static List<SearchHit> search(IndexSearcher searcher, SearchRequest r, HitMarks marks) throws IOException {
        return page(searcher, r, 0, marks).items();
    }

    /** The {@code r.limit()} hits after the first {@code offset}, with the total number of matches. */
    static Page<SearchHit> page(IndexSearcher searcher, SearchRequest r, int offset, HitMarks marks) throws IOException {
        Query user = QueryParsing.articles(r.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(user, Occur.MUST)
                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER);
        if (r.from() != null || r.to() != null) {
            b.add(Filters.published(r.from(), r.to()), Occur.FILTER);
        }
        if (r.publisher() != null && !r.publisher().isBlank()) {
            b.add(Filters.publisher(r.publisher()), Occur.FILTER);
        }
        if (r.entity() != null && !r.entity().isBlank()) {
            b.add(Filters.entity(r.entity()), Occur.FILTER);
        }
        Query query = b.build();
        TopFieldDocs all = searcher.search(query, offset + r.limit(), BEST_THEN_NEWEST, true);
        long total = all.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? all.totalHits.value() : searcher.count(query);
        ScoreDoc[] window = Arrays.copyOfRange(all.scoreDocs, Math.min(offset, all.scoreDocs.length), all.scoreDocs.length);
        // Only the page is highlighted: highlighting is the costly part of a search.
        TopDocs top = new TopDocs(all.totalHits, window);
        String[] snippets = highlighter(searcher, marks).highlight(TEXT, user, top, 1);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Article a = load(stored, sd.doc);
            hits.add(new SearchHit(a, sd.score, Snippets.oneLine(snippets[i] != null ? snippets[i] : a.text(), marks)));
        }
        return new Page<>(total, offset, r.limit(), hits);
    }

    static Article load(StoredFields stored, int doc) throws IOException {
        String json = stored.document(doc).get(JSON);
        try {
            return ArticleJson.fromLine(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("corrupt article JSON in the store (doc " + doc + ")", e);
        }
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, HitMarks marks) {
        return UnifiedHighlighter.builder(searcher, StoreAnalyzer.get())
                .withFormatter(new DefaultPassageFormatter(marks.pre(), marks.post(), " … ", false))
                .withMaxLength(200_000)
                .build();
    }
}
