package dev.sitrep.stores;

import dev.sitrep.dedup.CopyDetector;
import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.model.Article;
import dev.sitrep.stories.StoryClusterer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A store's memory of what it holds, for deciding each new article's {@code duplicateOf} and {@code story} against
 * everything stored (not just the batch in flight): a {@link CopyDetector} and a {@link StoryClusterer} rebuilt by
 * replaying every stored article in the order the store took it (its {@link Arrival}). The replay leaves both in
 * exactly the state the writing run had after its last commit, so a run that was killed and started again decides
 * the same copies and stories as a run that never stopped, and every backend decides the same. Stores written
 * before arrival orders existed replay by publication date.
 */
public final class Collation {
    private final CopyDetector copies = new CopyDetector();
    private final StoryClusterer stories = new StoryClusterer();
    private final Set<String> held = new HashSet<>();
    private long nextArrival;

    /**
     * Where an article stands in the store's memory: the order it was taken in, and whether its story came from its
     * original without scoring ({@link StoryClusterer#restore(Article, String, boolean)}).
     */
    public record Arrival(long order, boolean storyViaCopy) {
        /** An article stored before arrival orders existed. */
        public static final Arrival UNKNOWN = new Arrival(-1, false);
    }

    /** Reads a stored article whole, for the story memory; only articles with a story are read. */
    @FunctionalInterface
    public interface ArticleLoader {
        Article load() throws IOException;
    }

    /**
     * One stored article as the memory needs it.
     *
     * @param id        its id
     * @param published its publication day, or null
     * @param print     its copy-check fingerprint
     * @param arrival   when and how it was taken
     * @param story     its story id, or null
     * @param article   reads the whole article (called only when {@code story} is not null)
     */
    public record Stored(String id, LocalDate published, Fingerprint print, Arrival arrival, String story,
                         ArticleLoader article) {
    }

    /** What to store for a new article, and which stored articles now have it as their original. */
    public record Decision(Article article, Fingerprint fingerprint, List<String> repoint, Arrival arrival) {
    }

    /** An empty memory, for an empty store. */
    public Collation() {
    }

    /** The order of a replay: arrival, articles of stores older than arrival orders first, by date. */
    public static final Comparator<Stored> REPLAY_ORDER = Comparator.comparingLong((Stored s) -> s.arrival().order())
            .thenComparing(Stored::published, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * Rebuilds the memory by replaying stored articles in {@link #REPLAY_ORDER}; the articles are read (for the
     * story memory) in that order, so a loader may read ahead.
     */
    public static Collation replay(List<Stored> stored) throws IOException {
        List<Stored> all = new ArrayList<>(stored);
        all.sort(REPLAY_ORDER);
        Collation c = new Collation();
        for (Stored s : all) {
            c.copies.accept(s.id(), s.published(), s.print());
            c.held.add(s.id());
            if (s.story() != null) {
                Article a = s.article().load();
                c.stories.restore(a, a.story(), s.arrival().storyViaCopy());
            }
            c.nextArrival = Math.max(c.nextArrival, s.arrival().order() + 1);
        }
        return c;
    }

    /** Whether an article with this id was replayed or decided: the store holds it, or will at its next commit. */
    public boolean holds(String id) {
        return held.contains(id);
    }

    /** Decides {@code duplicateOf} and {@code story} for a new article. */
    public Decision decide(Article article) {
        held.add(article.id());
        CopyDetector.Decision copy = copies.accept(article);
        Article withCopy = article.toBuilder().duplicateOf(copy.duplicateOf()).build();
        boolean viaCopy = stories.joinsOriginal(withCopy);
        Article done = withCopy.toBuilder().story(stories.assign(withCopy)).build();
        return new Decision(done, copy.fingerprint(), copy.repoint(), new Arrival(nextArrival++, viaCopy));
    }
}
