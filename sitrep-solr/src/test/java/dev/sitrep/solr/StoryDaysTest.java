package dev.sitrep.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.Article;
import dev.sitrep.query.StorySummaries;
import dev.sitrep.query.StorySummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Stories ranked from the projection must be those the core summarises from the same articles: counts, originals,
 * first and last day, and the order (biggest, latest, id), over every kind of range and page.
 */
class StoryDaysTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    @Test
    void ranksAsTheCoreSummarisesTheArticlesOfTheRange() {
        SplittableRandom r = new SplittableRandom(11);
        List<StoryDays.Row> rows = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            // Ids of unequal length and stories of every size, so that ties are broken by id often.
            String id = "a" + Integer.toHexString(r.nextInt(1 << 20)) + i;
            String story = r.nextInt(20) == 0 ? null : "s" + r.nextInt(r.nextBoolean() ? 12 : 150);
            LocalDate day = r.nextInt(15) == 0 ? null : START.plusDays(r.nextInt(40));
            boolean original = r.nextInt(4) != 0;
            rows.add(new StoryDays.Row(id, story, day, original));
            articles.add(Article.builder().id(id).story(story).published(day)
                    .duplicateOf(original ? null : "x" + i).text("").build());
        }
        StoryDays days = StoryDays.of(rows);
        List<LocalDate[]> ranges = new ArrayList<>();
        ranges.add(new LocalDate[] {null, null});
        ranges.add(new LocalDate[] {START.plusDays(10), null});
        ranges.add(new LocalDate[] {null, START.plusDays(5)});
        for (int i = 0; i < 20; i++) {
            LocalDate from = START.plusDays(r.nextInt(40));
            ranges.add(new LocalDate[] {from, from.plusDays(r.nextInt(12))});
        }
        for (LocalDate[] range : ranges) {
            List<StorySummary> expected = StorySummaries.of(inRange(articles, range[0], range[1]));
            for (int[] page : new int[][] {{0, 5}, {0, 1000}, {3, 7}, {40, 10}, {expected.size(), 5}}) {
                StoryDays.Ranked ranked = days.rank(range[0], range[1], page[0], page[1]);
                String what = range[0] + ".." + range[1] + " offset " + page[0] + " limit " + page[1];
                assertEquals(expected.size(), ranked.total(), what);
                List<StorySummary> want = expected.subList(Math.min(page[0], expected.size()),
                        Math.min(expected.size(), page[0] + page[1]));
                assertEquals(want.stream().map(StoryDaysTest::counts).toList(),
                        ranked.page().stream().map(c -> counts(c.bare())).toList(), what);
            }
        }
    }

    /** The articles a date filter selects: with no bound, undated ones too; with a bound, dated ones within it. */
    private static List<Article> inRange(List<Article> articles, LocalDate from, LocalDate to) {
        return articles.stream().filter(a -> from == null && to == null || a.published() != null
                && (from == null || !a.published().isBefore(from)) && (to == null || !a.published().isAfter(to)))
                .toList();
    }

    private static String counts(StorySummary s) {
        return s.id() + " " + s.articles() + " " + s.originals() + " " + s.first() + " " + s.last();
    }
}
