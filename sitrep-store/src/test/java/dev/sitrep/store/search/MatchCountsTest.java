package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.store.ArticleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Totals counted by bitsets are Lucene's counts, for every shape of query, with deleted documents in the index. */
class MatchCountsTest {
    @TempDir
    Path dir;

    @Test
    void countsByBitsetsAreLucenesCounts() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(5);
        try (ArticleStore store = ArticleStore.open(dir, 40)) {
            for (int i = 0; i < 150; i++) {
                store.add(corpus.article(i));
            }
            // An earlier copy arriving later rewrites the stored one: its old documents are deleted.
            Article a = corpus.article(3);
            store.add(a.toBuilder().id("earlier-copy-of-3").published(a.published().minusDays(2)).build());
        }
        List<String> typed = List.of("ministers", "ministers talks", "ceasefire talks", "truce", "accession border",
                "ministers OR grain", "ministers -talks", "\"security guarantees\"", "minist*", "title:summit",
                "ministers AND (talks OR summit)", "Marsk", "nosuchword talks");
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertTrue(reader.numDeletedDocs() > 0, "the rewritten copy left deleted documents");
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String q : typed) {
                for (Query query : List.of(
                        new BooleanQuery.Builder().add(QueryParsing.articles(q), Occur.MUST)
                                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER).build(),
                        new BooleanQuery.Builder().add(Filters.type(TYPE_QUOTE), Occur.FILTER)
                                .add(QueryParsing.quoteTopics(q), Occur.MUST).build(),
                        new BooleanQuery.Builder().add(QueryParsing.articles(q), Occur.MUST)
                                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER)
                                .add(Filters.published(LocalDate.of(2025, 3, 1), null), Occur.FILTER).build(),
                        // A few articles' documents beside a common word: the word is checked at each of them.
                        new BooleanQuery.Builder().add(QueryParsing.articles(q), Occur.MUST)
                                .add(someArticles(corpus, 3, 17, 60, 61, 149), Occur.FILTER).build())) {
                    assertEquals(searcher.count(query), MatchCounts.count(searcher, query), q + ": " + query);
                    Map<LocalDate, Long> byDay = Tally.byDay(searcher, query, null);
                    for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
                        Query onDay = new BooleanQuery.Builder().add(query, Occur.FILTER)
                                .add(Filters.published(day, day), Occur.FILTER).build();
                        assertEquals(searcher.count(onDay), byDay.getOrDefault(day, 0L), q + " on " + day);
                    }
                }
            }
            assertTrue(searcher.count(new BooleanQuery.Builder().add(QueryParsing.articles("ministers"), Occur.MUST)
                    .add(someArticles(corpus, 3, 17, 60, 61, 149), Occur.FILTER).build()) > 0, "a rare union meets a common one");
            // Lucene's own rewriting of "+(a b) #c" keeps one of a and b required; two of them is another shape.
            Query oneOf = new BooleanQuery.Builder().add(Filters.type(TYPE_ARTICLE), Occur.FILTER)
                    .add(new TermQuery(new Term(TEXT, "minist")), Occur.SHOULD)
                    .add(new TermQuery(new Term(TEXT, "talk")), Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
            Query twoOf = new BooleanQuery.Builder().add(Filters.type(TYPE_ARTICLE), Occur.FILTER)
                    .add(new TermQuery(new Term(TEXT, "minist")), Occur.SHOULD)
                    .add(new TermQuery(new Term(TEXT, "talk")), Occur.SHOULD)
                    .add(new TermQuery(new Term(TEXT, "summit")), Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
            assertTrue(MatchCounts.shape(searcher, oneOf) != null && MatchCounts.shape(searcher, twoOf) == null);
            for (Query query : List.of(oneOf, twoOf)) {
                assertTrue(searcher.count(query) > 0, query.toString());
                assertEquals(searcher.count(query), MatchCounts.count(searcher, query), query.toString());
            }
        }
    }

    /** Any document of the given articles (the article's own, its quotes'). */
    private static Query someArticles(SyntheticCorpus corpus, int... numbers) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int n : numbers) {
            b.add(new TermQuery(new Term(ARTICLE, corpus.article(n).id())), Occur.SHOULD);
        }
        return b.build();
    }
}
