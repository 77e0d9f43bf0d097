package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Quote listing over the quote documents: speaker by id, name or alias; {@code about} words found in what the
 * quote is about (its own words, the sentences around it, its article's title: {@link QueryParsing#quoteTopics}),
 * all indexed on the quote document itself, so that every listing is one search over quote documents.
 * Newest first without {@code about}; best match first, then newest, with it.
 */
final class QuoteSearch {
    private static final SortField NEWEST = LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX);
    /** Quotes a listing reads before the reading is split between the query threads: fewer are read sooner alone. */
    static final int PARALLEL_READ = 500;

    private QuoteSearch() {
    }

    static List<QuoteHit> quotes(IndexSearcher searcher, QuoteRequest r) throws IOException {
        return page(searcher, r, 0).items();
    }

    /** The {@code r.limit()} quotes after the first {@code offset}, with the total number of matches. */
    static Page<QuoteHit> page(IndexSearcher searcher, QuoteRequest r, int offset) throws IOException {
        return page(searcher, r, offset, true);
    }

    /**
     * Like {@link #page(IndexSearcher, QuoteRequest, int)}; without {@code countAll} the total is exact only when
     * the page held every match, and {@link Long#MAX_VALUE} ("more") otherwise: counting every match of a common
     * word reads most quote documents, which a caller that shows no total (a timeline, a profile) need not pay for.
     */
    static Page<QuoteHit> page(IndexSearcher searcher, QuoteRequest r, int offset, boolean countAll) throws IOException {
        return grouped(searcher, r, offset, countAll).page();
    }

    /** A page of quotes, and the copy group of each hit's article as the hit's own document gives it. */
    record Grouped(Page<QuoteHit> page, Map<String, String> groups, List<List<String>> flags) {
    }

    /**
     * Like {@link #page(IndexSearcher, QuoteRequest, int, boolean)}, with the copy group of each hit's article: every
     * quote document of an article carries the article's group, so the hits' own documents tell it.
     */
    static Grouped grouped(IndexSearcher searcher, QuoteRequest r, int offset, boolean countAll) throws IOException {
        boolean about = r.about() != null && !r.about().isBlank();
        Sort sort = about ? new Sort(SortField.FIELD_SCORE, NEWEST) : new Sort(NEWEST);
        Query query = query(r);
        TopFieldDocs top = searcher.search(query, offset + r.limit(), sort, about);
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                : countAll ? MatchCounts.count(searcher, query) : Long.MAX_VALUE;
        int n = Math.max(0, top.scoreDocs.length - offset);
        // Read in document order, where neighbours share a compressed block, then put back in rank order.
        long[] byDoc = new long[n];
        for (int i = 0; i < n; i++) {
            byDoc[i] = (long) top.scoreDocs[offset + i].doc << 32 | i;
        }
        java.util.Arrays.sort(byDoc);
        QuoteHit[] ranked = new QuoteHit[n];
        String[] articles = new String[n];
        String[] groupOf = new String[n];
        List<List<String>> flags = new ArrayList<>(java.util.Collections.nCopies(n, List.<String>of()));
        // A long listing (a positions question reads thousands) is read in one run of documents per query thread,
        // each with its own reader of stored fields; each run fills only its own places.
        int parts = n < PARALLEL_READ ? 1 : LuceneStoreSearch.QUERY_THREADS;
        int step = (n + parts - 1) / Math.max(1, parts);
        List<java.util.concurrent.Callable<Void>> runs = new ArrayList<>();
        for (int from = 0; from < n; from += step) {
            int start = from;
            int end = Math.min(n, from + step);
            runs.add(() -> {
                StoredFields stored = searcher.storedFields();
                for (int k = start; k < end; k++) {
                    int i = (int) byDoc[k];
                    Document d = stored.document((int) (byDoc[k] >>> 32));
                    ranked[i] = hit(d);
                    articles[i] = d.get(ARTICLE);
                    groupOf[i] = QuoteDocs.group(d);
                    flags.set(i, QuoteDocs.flags(d));
                }
                return null;
            });
        }
        // The asking thread takes a run itself: a short listing, one run, is read without handing it over.
        searcher.getTaskExecutor().invokeAll(runs);
        Map<String, String> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.putIfAbsent(articles[i], groupOf[i]);
        }
        return new Grouped(new Page<>(total, offset, r.limit(), java.util.Arrays.asList(ranked)), groups, flags);
    }

    /** The quote documents a request matches, scored by its {@code about} words when it has them. */
    static Query query(QuoteRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(Filters.type(TYPE_QUOTE), Occur.FILTER);
        if (r.speaker() != null && !r.speaker().isBlank()) {
            b.add(Filters.speaker(r.speaker()), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            b.add(Filters.published(r.from(), r.to()), Occur.FILTER);
        }
        if (r.publisher() != null) {
            b.add(Filters.publisher(r.publisher()), Occur.FILTER);
        }
        Filters.keyword(b, LANGUAGE, r.language());
        Filters.keyword(b, FLAG, r.flag());
        Filters.keyword(b, QUOTE_STANCE, r.stance());
        if (r.about() != null && !r.about().isBlank()) {
            b.add(QueryParsing.quoteTopics(r.about()), Occur.MUST);
        }
        return b.build();
    }

    private static QuoteHit hit(Document d) {
        Quote q = new Quote(d.get(QUOTE), d.get(SPEAKER), d.get(SPEAKER_ID), d.get(CUE), QuoteKind.valueOf(d.get(KIND)),
                d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue())
                .withStances(stances(d.get(QUOTE_STANCES)));
        return new QuoteHit(q, d.get(ARTICLE), d.get(TITLE), d.get(PUBLISHER_DV), day(d), d.get(URL), inferred(d));
    }

    /** Whether the document's day was inferred from its article's text. */
    static boolean inferred(Document d) {
        return d.get(dev.sitrep.stores.StoreFields.PUBLISHED_INFERRED) != null;
    }

    static LocalDate day(Document d) {
        var f = d.getField(PUBLISHED);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }
}
