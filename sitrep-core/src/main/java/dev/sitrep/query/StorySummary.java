package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One story: the articles about the same event across publishers and days.
 *
 * @param id         the story id (the {@code story} field of its articles)
 * @param title      a representative title: that of the story's earliest original article
 * @param articles   how many articles, copies included
 * @param originals  how many of them are not copies of another
 * @param first      the earliest publication date, or null when none is dated
 * @param last       the latest publication date, or null
 * @param actors     the most mentioned people and organisations, most first
 * @param publishers the publishers, most articles first
 */
public record StorySummary(String id, String title, int articles, int originals, LocalDate first, LocalDate last,
                           List<String> actors, List<String> publishers) {
}
