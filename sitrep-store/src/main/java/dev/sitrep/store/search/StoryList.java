package dev.sitrep.store.search;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.StorySummaries;
import dev.sitrep.query.StorySummary;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Lists the stories of the store, biggest first: each with its size, first and last date, main actors and a
 * representative title. Reads the articles in the date range once, so it suits stores of up to some hundred
 * thousand articles in the range.
 */
final class StoryList {
    /** Date ranges whose story lists are kept per index reader; past this the cache starts over. */
    static final int CACHED_RANGES = 16;
    private static final Map<List<Object>, CompletableFuture<List<StorySummary>>> CACHE = new ConcurrentHashMap<>();
    /** Readers whose closing already empties their entries (one listener each, however many ranges). */
    private static final Set<IndexReader.CacheKey> WATCHED = ConcurrentHashMap.newKeySet();

    private StoryList() {
    }

    /**
     * The stories of a date range, biggest first. Listing reads every article of the range, and the answer only
     * changes when the view is refreshed: it is computed once per index reader and range (the web page asks the
     * same few ranges again and again) and dropped when that reader closes.
     */
    static List<StorySummary> list(IndexSearcher searcher, LocalDate from, LocalDate to, int limit) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return all(searcher, from, to).stream().limit(limit).toList();
        }
        List<Object> key = Arrays.asList(helper.getKey(), from, to);
        CompletableFuture<List<StorySummary>> pending = CACHE.get(key);
        if (pending == null) {
            if (CACHE.size() >= CACHED_RANGES) {
                CACHE.clear();
            }
            // One computation per reader and range: requests arriving while it runs wait for it rather than
            // each reading every article again (under load they would all miss at once and compete).
            CompletableFuture<List<StorySummary>> mine = new CompletableFuture<>();
            pending = CACHE.putIfAbsent(key, mine);
            if (pending == null) {
                pending = mine;
                try {
                    mine.complete(all(searcher, from, to));
                } catch (IOException | RuntimeException | Error e) {
                    CACHE.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                if (WATCHED.add(helper.getKey())) {
                    helper.addClosedListener(closed -> {
                        CACHE.keySet().removeIf(k -> k.get(0) == closed);
                        WATCHED.remove(closed);
                    });
                }
            }
        }
        List<StorySummary> stories;
        try {
            stories = pending.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return stories.size() <= limit ? stories : stories.subList(0, limit);
    }

    private static List<StorySummary> all(IndexSearcher searcher, LocalDate from, LocalDate to) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(Filters.type(StoreFields.TYPE_ARTICLE), Occur.FILTER);
        if (from != null || to != null) {
            q.add(LongField.newRangeQuery(StoreFields.PUBLISHED, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                    to == null ? Long.MAX_VALUE : to.toEpochDay()), Occur.FILTER);
        }
        int total = Math.max(1, searcher.count(q.build()));
        TopDocs docs = searcher.search(q.build(), total);
        List<Article> articles = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc sd : docs.scoreDocs) {
            articles.add(ArticleJson.fromLine(searcher.storedFields().document(sd.doc).get(StoreFields.JSON)));
        }
        return StorySummaries.of(articles);
    }
}
