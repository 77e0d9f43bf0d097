package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.stores.Collation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden corpus has what the comparison needs: copies that the copy rule finds (and re-points when their
 * original arrives late), stories of several articles, undated and inferred dates, unnamed speakers. Decided here
 * with the core's {@link Collation}, as every store decides; events of several kinds.
 */
class CorpusTest {
    @Test
    void corpusHasCopiesStoriesAndOddDates() {
        Corpus corpus = Corpus.generate();
        List<Article> articles = corpus.articles();
        Map<String, String> duplicateOf = new HashMap<>();
        Map<String, Integer> storySize = new HashMap<>();
        Collation collation = new Collation();
        int repointed = 0;
        for (Article a : articles) {
            Collation.Decision d = collation.decide(a);
            duplicateOf.put(a.id(), d.article().duplicateOf());
            for (String id : d.repoint()) {
                duplicateOf.put(id, a.id());
                repointed++;
            }
            storySize.merge(d.article().story(), 1, Integer::sum);
        }
        int copies = 0;
        int found = 0;
        int verbatim = 0;
        int verbatimFound = 0;
        int unintended = 0;
        for (Article a : articles) {
            var intended = corpus.copyOf(a.id());
            if (intended.isPresent()) {
                copies++;
                boolean exact = !a.has(Flag.SPUN_TEXT) && !a.has(Flag.MACHINE_TRANSLATED);
                verbatim += exact ? 1 : 0;
                if (intended.get().equals(duplicateOf.get(a.id()))) {
                    found++;
                    verbatimFound += exact ? 1 : 0;
                }
            } else if (duplicateOf.get(a.id()) != null) {
                unintended++;
            }
        }
        long multi = storySize.values().stream().filter(n -> n > 1).count();
        System.out.printf("corpus: %d articles, %d copies made (%d verbatim), %d found as copies of their origin "
                + "(%d verbatim), %d re-pointed, %d other articles taken for copies; %d stories, %d of several "
                + "articles, largest %d; %d undated, %d inferred, %d without publisher%n",
                articles.size(), copies, verbatim, found, verbatimFound, repointed, unintended, storySize.size(), multi,
                storySize.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                articles.stream().filter(a -> a.published() == null).count(),
                articles.stream().filter(a -> a.publishedInferred() != null).count(),
                articles.stream().filter(a -> a.publisher() == null).count());
        assertEquals(verbatim, verbatimFound, "every word-for-word copy is found");
        assertTrue(found >= copies * 0.8, "reworded copies are found too");
        assertTrue(unintended <= articles.size() / 20, "reports of one event by different publishers are no copies");
        assertTrue(repointed > 0, "some copies are re-pointed to an original that arrived after them");
        assertTrue(multi >= 40, "events reported by several publishers form stories");
        assertTrue(articles.stream().anyMatch(a -> a.published() == null), "undated articles");
        assertTrue(articles.stream().anyMatch(a -> a.publishedInferred() != null), "articles dated from their text");
        assertTrue(articles.stream().anyMatch(a -> a.publisher() == null), "articles without a publisher");
        assertTrue(articles.stream().flatMap(a -> a.quotes().stream()).anyMatch(q -> q.speakerId() == null),
                "unnamed speakers");
        Map<String, Long> eventTypes = new java.util.TreeMap<>();
        articles.stream().flatMap(a -> a.events().stream()).forEach(e -> eventTypes.merge(e.type(), 1L, Long::sum));
        System.out.println("corpus events by type: " + eventTypes);
        assertTrue(articles.stream().flatMap(a -> a.quotes().stream()).anyMatch(q -> !q.stances().isEmpty()),
                "statements with a stance toward a default issue");
        assertTrue(eventTypes.size() >= 4 && eventTypes.values().stream().mapToLong(Long::longValue).sum() >= 100,
                "events of several kinds, for the event listings to compare: " + eventTypes);
    }
}
