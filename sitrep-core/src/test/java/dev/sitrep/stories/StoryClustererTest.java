package dev.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final String MEETING_A = """
            Defence ministers of the alliance met in Brussels on Thursday to discuss air defence for Ukraine over the winter.
            The American defence secretary told allies that European governments must carry more of the cost of air defence.
            Germany promised two more air defence batteries and Poland asked for faster ammunition production.""";
    private static final String MEETING_B = """
            Allied defence ministers gathered in Brussels as Ukraine pressed for air defence batteries before winter.
            The Pentagon chief said European allies should pay a larger share, while Germany offered two batteries.
            Poland and the Baltic states wanted ammunition production to speed up, ministers said in Brussels.""";
    private static final String MEETING_C = """
            Ukraine's defence minister welcomed the German air defence batteries pledged at the Brussels meeting of alliance ministers.
            He said the batteries would protect power plants this winter, and thanked Poland for its ammunition plan.""";
    private static final String TARIFFS_A = """
            The European Commission said on Monday it would answer American steel tariffs with duties on whiskey and motorcycles.
            Trade ministers will meet in Luxembourg to approve the list, officials said, after talks with Washington stalled.""";
    private static final String TARIFFS_B = """
            Brussels prepared countermeasures against the new American tariffs on steel and aluminium, targeting motorcycles and whiskey.
            The Commission's trade chief said talks with Washington had stalled and ministers would approve the duties in Luxembourg.""";

    private static Article article(String title, String text, LocalDate date) {
        return Article.builder().id(ArticleIds.of(text)).title(title).text(text).published(date).build();
    }

    @Test
    void reportsOfOneEventShareAStoryAndAnotherEventGetsItsOwn() {
        StoryClusterer c = new StoryClusterer();
        LocalDate d = LocalDate.of(2025, 2, 13);
        String a = c.assign(article("Allies meet on air defence", MEETING_A, d));
        String t = c.assign(article("EU readies answer to steel tariffs", TARIFFS_A, d));
        String b = c.assign(article("Brussels meeting weighs Ukraine air defence", MEETING_B, d.plusDays(1)));
        String t2 = c.assign(article("Brussels targets whiskey and motorcycles", TARIFFS_B, d.plusDays(1)));
        String m = c.assign(article("Kyiv thanks Germany for batteries", MEETING_C, d.plusDays(2)));
        assertEquals(a, b);
        assertEquals(a, m);
        assertEquals(t, t2);
        assertNotEquals(a, t);
        assertEquals(2, c.storyCount());
    }

    @Test
    void aCopyJoinsItsOriginalsStory() {
        StoryClusterer c = new StoryClusterer();
        Article original = article("Allies meet on air defence", MEETING_A, LocalDate.of(2025, 2, 13));
        String s = c.assign(original);
        c.assign(article("EU readies answer to steel tariffs", TARIFFS_A, LocalDate.of(2025, 2, 13)));
        Article copy = article("Tariffs", TARIFFS_B, LocalDate.of(2025, 3, 30)).toBuilder().duplicateOf(original.id()).build();
        assertEquals(s, c.assign(copy));
    }

    @Test
    void theSameTopicMonthsApartIsANewStory() {
        StoryClusterer c = new StoryClusterer();
        String first = c.assign(article("Allies meet on air defence", MEETING_A, LocalDate.of(2025, 2, 13)));
        c.assign(article("EU readies answer to steel tariffs", TARIFFS_A, LocalDate.of(2025, 2, 13)));
        String later = c.assign(article("Brussels meeting weighs Ukraine air defence", MEETING_B, LocalDate.of(2025, 9, 1)));
        assertNotEquals(first, later);
    }

    @Test
    void aTopicReturningForYearsStillFindsItsNewestStory() {
        // Each month the same report is a new story (too far from the last), so its words are in the postings of
        // more stories than a candidate search reads: the newest must still be among those it reads.
        StoryClusterer c = new StoryClusterer();
        LocalDate d = LocalDate.of(2001, 1, 1);
        String last = null;
        for (int month = 0; month < 250; month++) {
            Article monthly = article("Harbour traffic report", TARIFFS_A, d.plusDays(30L * month))
                    .toBuilder().id("monthly-" + month).build();
            String story = c.assign(monthly);
            assertNotEquals(last, story);
            last = story;
        }
        assertEquals(250, c.storyCount());
        Article again = article("Harbour traffic report", TARIFFS_A, d.plusDays(30L * 249)).toBuilder().id("again").build();
        assertEquals(last, c.assign(again));
    }
}
