package dev.sitrep.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.meta.TextDates.DayOrder;
import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.pipeline.Draft;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateSplitterTest {
    private final AggregateSplitter splitter = new AggregateSplitter();

    /** Publisher, date, section and publisher as list items, title, body: a tag page layout. */
    private static final String TAG_PAGE = """
            Stories tagged #ferries


            Island Post
            3 days ago
            - Travel
            - Island Post
            Ferry service to resume after storm
            The harbour authority said on Monday that the ferry service would resume next week after repairs to the pier.
            Coast Herald
            14-03-2025
            - Business
            - Coast Herald
            Fishermen fear a poor season
            Catches fell by a third last year, the fishermen's union said, and prices have not recovered since then.

            Nordby Times
            02-03-2025
            - Politics
            - Nordby Times
            Council approves harbour budget
            The island council approved the harbour budget on Tuesday by nine votes to four after a long debate.
            """;

    private static Draft draft(String text, LocalDate reference) {
        return new Draft(Article.builder().source("tags.txt").text(text).build(), reference, false);
    }

    @Test
    void tagPageBecomesOneDraftPerBlock() {
        List<Draft> parts = splitter.split(draft(TAG_PAGE, null));
        assertEquals(3, parts.size());
        Article first = parts.get(0).article();
        assertEquals("tags.txt#1", first.source());
        assertEquals("Ferry service to resume after storm", first.title());
        assertEquals("Island Post", first.publisher());
        assertEquals("Travel", first.section());
        assertEquals(LocalDate.of(2025, 3, 14), first.published(), "no older than the item below it");
        assertEquals(LocalDate.of(2025, 3, 14), first.publishedInferred().earliest());
        assertNull(first.publishedInferred().latest(), "nothing above it bounds it");
        assertTrue(first.publishedInferred().basis().startsWith("listing: above an item of 2025-03-14"));
        assertTrue(first.has(Flag.FROM_AGGREGATE_PAGE));
        assertTrue(first.text().startsWith("The harbour authority"));
        Article second = parts.get(1).article();
        assertEquals(LocalDate.of(2025, 3, 14), second.published());
        assertEquals("Coast Herald", second.publisher());
        assertEquals(LocalDate.of(2025, 3, 2), parts.get(2).article().published());
        assertEquals("tags.txt#3", parts.get(2).article().source());
    }

    @Test
    void relativeDateResolvesAgainstTheReference() {
        List<Draft> parts = splitter.split(draft(TAG_PAGE, LocalDate.of(2025, 3, 20)));
        assertEquals(LocalDate.of(2025, 3, 17), parts.get(0).article().published());
        assertNull(parts.get(0).article().publishedInferred());
    }

    @Test
    void anUndatedItemIsNotInferredWhenThePageIsNotNewestFirst() {
        Article dated = Article.builder().source("a").text("x").published(LocalDate.of(2025, 3, 2)).build();
        Article later = dated.toBuilder().published(LocalDate.of(2025, 3, 14)).build();
        Article undated = dated.toBuilder().published(null).build();
        List<Article> oldestFirst = AggregateSplitter.datedByNeighbours(List.of(undated, dated, later));
        assertNull(oldestFirst.get(0).published());
        List<Article> between = AggregateSplitter.datedByNeighbours(List.of(later, undated, dated));
        assertEquals(LocalDate.of(2025, 3, 2), between.get(1).published());
        assertEquals(LocalDate.of(2025, 3, 14), between.get(1).publishedInferred().latest());
    }

    @Test
    void otherLayoutWithSectionFirstAndNamedDates() {
        String page = """
                • World
                12 March 2025
                Harbour reopens
                The harbour reopened on Wednesday after a week of repairs, officials said in a statement.
                • Sport
                10 March 2025
                Island team wins regatta
                The island team won the regatta on Monday, beating the favourites by two lengths in strong wind.
                """;
        List<Draft> parts = splitter.split(draft(page, null));
        assertEquals(2, parts.size());
        assertEquals("Island team wins regatta", parts.get(1).article().title());
        assertEquals("Sport", parts.get(1).article().section());
        assertNull(parts.get(1).article().publisher());
        assertEquals(LocalDate.of(2025, 3, 10), parts.get(1).article().published());
    }

    @Test
    void layoutWithTitleAboveTheDate() {
        String page = """
                Island Post
                Ferry service to resume after storm
                2 hours ago
                The harbour authority said on Monday that the ferry service would resume next week after repairs.
                Coast Herald
                Fishermen fear a poor season
                1 day ago
                Catches fell by a third last year, the fishermen's union said, and prices have not recovered since.
                """;
        List<Draft> parts = splitter.split(draft(page, LocalDate.of(2025, 3, 20)));
        assertEquals(2, parts.size());
        assertEquals("Fishermen fear a poor season", parts.get(1).article().title());
        assertEquals("Coast Herald", parts.get(1).article().publisher());
        assertEquals(LocalDate.of(2025, 3, 19), parts.get(1).article().published());
        assertTrue(parts.get(1).article().text().startsWith("Catches fell"));
    }

    @Test
    void monthFirstPagesAreReadMonthFirst() {
        assertEquals(DayOrder.MONTH_FIRST, DayOrders.decide(List.of("03-14-2025", "03-02-2025")));
        assertEquals(DayOrder.DAY_FIRST, DayOrders.decide(List.of("07-05-2025", "05-05-2025", "12-04-2025")));
    }

    @Test
    void articleAndLiveBlogAreNotSplit() {
        Draft article = draft("Ferry service to resume\nThe harbour authority said on Monday that the service resumes.\n", null);
        assertSame(article, splitter.split(article).get(0));
        Draft live = draft("""
                12 March 2025
                Harbour reopens
                The harbour reopened on Wednesday after a week of repairs, officials said in a statement.
                11 March 2025
                Repairs nearly done
                Workers finished the last section of the pier on Tuesday evening, the contractor said.
                """, null);
        assertEquals(1, splitter.split(live).size(), "date and title alone stamp live-blog posts");
    }
}
