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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
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
    /** Characters of an article's text the highlighter reads. */
    static final int MAX_HIGHLIGHTED = 200_000;
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX));
    /** A feed's order: newest day first (undated last), then best. */
    private static final Sort NEWEST_THEN_BEST = new Sort(
            LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX), SortField.FIELD_SCORE);

    private ArticleSearch() {
    }

    static List<SearchHit> search(IndexSearcher searcher, SearchRequest r, HitMarks marks) throws IOException {
        return page(searcher, r, 0, marks).items();
    }

    /** The {@code r.limit()} hits after the first {@code offset}, with the total number of matches. */
    static Page<SearchHit> page(IndexSearcher searcher, SearchRequest r, int offset, HitMarks marks) throws IOException {
        Query user = QueryParsing.articles(r.query());
        Query query = query(r, user);
        TopFieldDocs all = searcher.search(query, offset + r.limit(), r.newest() ? NEWEST_THEN_BEST : BEST_THEN_NEWEST, true);
        ScoreDoc[] window = Arrays.copyOfRange(all.scoreDocs, Math.min(offset, all.scoreDocs.length), all.scoreDocs.length);
        // Counting every match, reading the page and highlighting it are split between the searcher's threads:
        // each hit is read and highlighted on its own, and together they take about as long as finding the hits.
        List<Callable<Object>> work = new ArrayList<>();
        work.add(() -> all.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? all.totalHits.value()
                : MatchCounts.count(searcher, query));
        int step = Math.max(1, (window.length + LuceneStoreSearch.QUERY_THREADS - 1) / LuceneStoreSearch.QUERY_THREADS);
        for (int from = 0; from < window.length; from += step) {
            ScoreDoc[] part = Arrays.copyOfRange(window, from, Math.min(window.length, from + step));
            work.add(() -> hits(searcher, user, part, all.totalHits, marks));
        }
        List<Object> done = searcher.getTaskExecutor().invokeAll(work);
        long total = (Long) done.get(0);
        List<SearchHit> hits = new ArrayList<>(window.length);
        for (Object part : done.subList(1, done.size())) {
            @SuppressWarnings("unchecked")
            List<SearchHit> read = (List<SearchHit>) part;
            hits.addAll(read);
        }
        return new Page<>(total, offset, r.limit(), hits);
    }

    /** The article documents a request matches, scored by {@code user} (its parsed words). */
    static Query query(SearchRequest r, Query user) {
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
        Filters.keyword(b, LANGUAGE, r.language());
        Filters.keyword(b, FLAG, r.flag());
        return b.build();
    }

    /** Hits read and highlighted (only the page is: highlighting is the costly part of a search). */
    private static List<SearchHit> hits(IndexSearcher searcher, Query user, ScoreDoc[] page, TotalHits totalHits,
                                        HitMarks marks) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, Article> articles = new HashMap<>();
        for (ScoreDoc sd : page) {
            articles.put(sd.doc, load(stored, sd.doc));
        }
        String[] snippets = highlighter(searcher, marks, articles).highlight(TEXT, user, new TopDocs(totalHits, page), 1);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Article a = articles.get(page[i].doc);
            hits.add(new SearchHit(a, page[i].score, Snippets.oneLine(snippets[i] != null ? snippets[i] : a.text(), marks)));
        }
        return hits;
    }

    static Article load(StoredFields stored, int doc) throws IOException {
        String json = stored.document(doc).get(JSON);
        try {
            return ArticleJson.fromLine(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("corrupt article JSON in the store (doc " + doc + ")", e);
        }
    }

    /**
     * The highlighter of a page, given the page's articles: it takes their text from them rather than reading each
     * article's stored fields a second time (the text it would read is the article's, stored beside it).
     */
    private static UnifiedHighlighter highlighter(IndexSearcher searcher, HitMarks marks, Map<Integer, Article> page) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, StoreAnalyzer.get())
                .withFormatter(new DefaultPassageFormatter(marks.pre(), marks.post(), " … ", false))
                .withMaxLength(MAX_HIGHLIGHTED);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                // Batches as the highlighter's own reading makes them: up to its threshold of characters.
                List<CharSequence[]> values = new ArrayList<>();
                long chars = 0;
                do {
                    int doc = docs.nextDoc();
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    Article a = page.get(doc);
                    CharSequence[] value = fields.length == 1 && TEXT.equals(fields[0]) && a != null
                            && a.text().length() <= MAX_HIGHLIGHTED ? new CharSequence[] {a.text()}
                            // A text longer than the highlighter reads is cut as its own reading cuts it.
                            : super.loadFieldValues(fields, DocIdSetIterator.range(doc, doc + 1), 0).get(0);
                    values.add(value);
                    for (CharSequence v : value) {
                        chars += v == null ? 0 : v.length();
                    }
                } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
                return values;
            }
        };
    }
}
