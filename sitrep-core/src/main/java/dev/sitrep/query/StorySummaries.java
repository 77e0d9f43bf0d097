package dev.sitrep.query;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Story summaries from a story's articles, the same whichever store holds them: size, originals, first and last
 * day, the five most mentioned people and organisations, the five biggest publishers, and the title of the
 * earliest original. Every tie is broken by name or id, so that two stores holding the same articles in another
 * order give the same summaries in the same order.
 */
public final class StorySummaries {
    /** Biggest first, then the most recent last day (undated last), then by id. */
    public static final Comparator<StorySummary> BIGGEST_FIRST = Comparator.comparingInt(StorySummary::articles)
            .reversed()
            .thenComparing(StorySummary::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StorySummary::id);
    private static final Comparator<Article> EARLIEST = Comparator.comparing(Article::published,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Article::id);

    private StorySummaries() {
    }

    /** The id of the story an article belongs to: its story, or "s" and its id when it has none. */
    public static String storyOf(Article a) {
        return a.story() != null ? a.story() : "s" + a.id();
    }

    /** The summaries of the stories of these articles, {@link #BIGGEST_FIRST}. */
    public static List<StorySummary> of(Collection<Article> articles) {
        Map<String, Builder> stories = new LinkedHashMap<>();
        for (Article a : articles) {
            stories.computeIfAbsent(storyOf(a), Builder::new).add(a);
        }
        List<StorySummary> all = new ArrayList<>(stories.size());
        stories.values().forEach(b -> all.add(b.build()));
        all.sort(BIGGEST_FIRST);
        return all;
    }

    /** The summary of one story from its articles. */
    public static StorySummary summarise(String id, List<Article> articles) {
        Builder b = new Builder(id);
        articles.forEach(b::add);
        return b.build();
    }

    private static final class Builder {
        private final String id;
        private int articles;
        private int originals;
        private LocalDate first;
        private LocalDate last;
        private Article earliest;
        private final Map<String, Integer> actors = new HashMap<>();
        private final Map<String, Integer> publishers = new HashMap<>();

        Builder(String id) {
            this.id = id;
        }

        void add(Article a) {
            articles++;
            if (a.duplicateOf() == null) {
                originals++;
                if (earliest == null || before(a, earliest)) {
                    earliest = a;
                }
            }
            if (a.published() != null) {
                first = first == null || a.published().isBefore(first) ? a.published() : first;
                last = last == null || a.published().isAfter(last) ? a.published() : last;
            }
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) {
                    actors.merge(e.name(), e.mentions(), Integer::sum);
                }
            }
            if (a.publisher() != null) {
                publishers.merge(a.publisher(), 1, Integer::sum);
            }
        }

        /** Earlier publication first, undated last; on the same day the smaller id, so every store agrees. */
        private static boolean before(Article a, Article b) {
            return EARLIEST.compare(a, b) < 0;
        }

        StorySummary build() {
            return new StorySummary(id, earliest == null ? null : earliest.title(), articles, originals, first, last,
                    top(actors, 5), top(publishers, 5));
        }

        private static List<String> top(Map<String, Integer> counts, int n) {
            List<Map.Entry<String, Integer>> e = new ArrayList<>(counts.entrySet());
            e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            return e.stream().limit(n).map(Map.Entry::getKey).toList();
        }
    }
}
