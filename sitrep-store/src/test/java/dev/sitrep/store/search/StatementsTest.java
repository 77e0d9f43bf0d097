package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.QuoteSource;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.StoryDetail;
import dev.sitrep.query.StorySummary;
import dev.sitrep.query.Timeline;
import dev.sitrep.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements quoted by copies of one article count once, with the origin first and every copy as a source. */
class StatementsTest {
    @TempDir
    static Path dir;
    static List<Article> articles;

    @BeforeAll
    static void ingest() throws IOException {
        articles = CopyFixtures.all();
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (Article a : articles) {
                store.add(a);
            }
        }
    }

    private static StoreSearch open() throws IOException {
        return LuceneStoreSearch.open(dir);
    }

    private static QuoteHit statement(List<QuoteHit> hits, String words) {
        return hits.stream().filter(h -> h.quote().text().equals(words))
                .max(java.util.Comparator.comparingInt(h -> h.sources().size()))
                .orElseThrow(() -> new AssertionError("no statement \"" + words + "\" in " + hits));
    }

    @Test
    void copiesOfOneStatementAreOneHitWithTheOriginAndEverySource() throws IOException {
        try (StoreSearch store = open()) {
            Page<QuoteHit> page = store.quotes(new QuoteRequest("Brann", null, null, null, 20), 0);
            assertEquals(3, page.total(), "seven quotes: the group of three, the pair, and the unrelated report");
            assertEquals(3, page.items().size());
            QuoteHit winter = statement(page.items(), CopyFixtures.QUOTE);
            assertEquals(3, winter.sources().size(), winter.sources().toString());
            assertEquals(2, winter.copies());
            assertEquals("Northern Ledger", winter.publisher(), "the earliest publisher is the origin");
            assertEquals(LocalDate.parse("2025-02-13"), winter.published());
            assertEquals(CopyFixtures.ORIGINAL.indexOf(CopyFixtures.QUOTE), winter.quote().start());
            List<QuoteSource> s = winter.sources();
            assertEquals(List.of("Northern Ledger", "Spinner Daily", "Translated Herald"),
                    s.stream().map(QuoteSource::publisher).toList(), "origin first, then by date");
            assertTrue(s.get(1).spun() && !s.get(1).machineTranslated(), s.get(1).flags().toString());
            assertTrue(s.get(2).machineTranslated(), s.get(2).flags().toString());
            assertEquals(CopyFixtures.SPUN_QUOTE, s.get(1).text(), "a copy keeps its own words");
            assertTrue(s.get(2).url().startsWith("https://news.example/"));

            QuoteHit budget = statement(page.items(), CopyFixtures.SECOND);
            assertEquals(2, budget.sources().size(), "only the spun copy repeats the second statement");
        }
    }

    @Test
    void theSameWordsInAnotherArticleAreAnotherStatement() throws IOException {
        try (StoreSearch store = open()) {
            List<QuoteHit> hits = store.quotes(new QuoteRequest(null, "harbour shelters", null, null, 20));
            QuoteHit unrelated = hits.stream().filter(h -> h.publisher().equals("Harbour Times")).findFirst().orElseThrow();
            assertEquals(1, unrelated.sources().size(), "a report that is not a copy stays its own source");
            assertEquals(0, unrelated.copies());
        }
    }

    @Test
    void pagesAreWindowsOverStatements() throws IOException {
        try (StoreSearch store = open()) {
            QuoteRequest one = new QuoteRequest(CopyFixtures.BRANN, null, null, null, 1);
            Page<QuoteHit> first = store.quotes(one, 0);
            Page<QuoteHit> second = store.quotes(one, 1);
            Page<QuoteHit> third = store.quotes(one, 2);
            assertEquals(3, first.total());
            assertEquals(List.of(1, 1, 1), List.of(first.items().size(), second.items().size(), third.items().size()));
            assertEquals(3, List.of(first.items().get(0).quote().text() + first.items().get(0).articleId(),
                    second.items().get(0).quote().text() + second.items().get(0).articleId(),
                    third.items().get(0).quote().text() + third.items().get(0).articleId()).stream().distinct().count());
            assertEquals(0, store.quotes(one, 3).items().size());
        }
    }

    @Test
    void timelineAndProfileCountAStatementOnce() throws IOException {
        try (StoreSearch store = open()) {
            Timeline t = store.timeline("Marsk", null, null, 20);
            assertEquals(3, t.statements().size(), t.statements().toString());
            assertEquals(LocalDate.parse("2025-02-13"), t.statements().get(0).published(), "in date order, by origin");
            assertEquals(4, t.days().values().stream().mapToLong(Long::longValue).sum(), "articles count every copy");

            EntityProfile p = store.entity(CopyFixtures.BRANN, 10, RoleLookup.NONE).orElseThrow();
            assertEquals(3, p.quotes().size());
            assertEquals(3, statement(p.quotes(), CopyFixtures.QUOTE).sources().size());
        }
    }

    @Test
    void aStoryListsItsArticlesInDateOrderAndItsStatementsOnce() throws IOException {
        try (StoreSearch store = open()) {
            Page<StorySummary> stories = store.stories(null, null, 0, 10);
            StorySummary big = stories.items().get(0);
            assertEquals(3, big.articles());
            assertEquals(1, big.originals());
            assertEquals("Ministers meet on Marsk air defence", big.title());
            assertEquals(stories.items().size(), stories.total());

            StoryDetail d = store.story(big.id(), 50).orElseThrow();
            assertEquals(List.of("Northern Ledger", "Spinner Daily", "Translated Herald"),
                    d.articles().stream().map(Article::publisher).toList());
            assertEquals(2, d.statements().size(), d.statements().toString());
            assertEquals(3, statement(d.statements(), CopyFixtures.QUOTE).sources().size());
            assertTrue(d.summary().actors().contains("Ysolde Brann"));
            assertTrue(store.story("no-such-story", 50).isEmpty());
        }
    }
}
