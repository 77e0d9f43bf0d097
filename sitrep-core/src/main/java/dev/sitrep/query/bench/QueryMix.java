package dev.sitrep.query.bench;

import dev.sitrep.model.Article;
import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Issues;
import dev.sitrep.positions.Positions;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.StorySummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The questions a latency measurement asks a store: every kind the API answers (article search, quotes by topic and
 * by speaker, the entity list, an entity's profile, a timeline, the story list, one story), each with arguments
 * drawn the way users vary them. A kind draws its arguments from the random source it is handed, so that the same
 * seed asks the same questions of whatever store answers them: the embedded one and a SolrCloud collection are
 * measured on one mix.
 */
public final class QueryMix {
    /** Results a page holds, as the web page asks. */
    static final int PAGE = 20;
    /** Lengths of the date windows the story list is asked for, in days: a day, a week, a month, a quarter, a year. */
    private static final int[] WINDOW_DAYS = {1, 7, 30, 90, 365};
    /** Story list pages read to find the stories users open, and articles whose story is opened from the article. */
    private static final int LISTED_WINDOWS = 20;
    private static final int ARTICLE_STORIES = 200;

    /** One kind of question: draws its arguments from {@code random} and asks the store. */
    @FunctionalInterface
    public interface Question {
        Object ask(StoreSearch store, SplittableRandom random) throws IOException;
    }

    /** A named kind of question; the name heads its line of figures. */
    public record Kind(String name, Question question) {
    }

    /** A date window, either end open when null. */
    record Window(LocalDate from, LocalDate to) {
    }

    private final List<Kind> kinds;

    public QueryMix(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds, in the order they are measured and reported. */
    public List<Kind> kinds() {
        return kinds;
    }

    /**
     * The mix over a store of {@link SyntheticCorpus} articles: words of its vocabulary drawn as its texts draw them
     * (common words often, rare ones seldom), its people, windows over its year, and the stories the store holds
     * (found by asking the store, which decided them while it took the articles).
     */
    public static QueryMix synthetic(StoreSearch store) throws IOException {
        List<String> people = new SyntheticCorpus(0).people();
        List<String> stories = List.copyOf(storyIds(store));
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("search", (s, r) -> s.search(new SearchRequest(words(r, 2), null, null, null, null, PAGE), 0,
                HitMarks.PLAIN)));
        kinds.add(new Kind("quotes", (s, r) -> s.quotes(new QuoteRequest(null, words(r, 2), null, null, PAGE), 0)));
        kinds.add(new Kind("speaker", (s, r) -> s.quotes(new QuoteRequest(pick(r, people), null, null, null, PAGE), 0)));
        // The list of every entity, or of the people, first page mostly.
        kinds.add(new Kind("entities", (s, r) -> s.entities(null, r.nextInt(3) == 0 ? "PERSON" : null,
                r.nextInt(4) == 0 ? PAGE : 0, PAGE)));
        kinds.add(new Kind("entity", (s, r) -> s.entity(pick(r, people), PAGE, RoleLookup.NONE)));
        kinds.add(new Kind("timeline", (s, r) -> s.timeline(words(r, 1), null, null, PAGE)));
        kinds.add(new Kind("stories", (s, r) -> {
            Window w = window(r);
            return s.stories(w.from(), w.to(), r.nextInt(4) == 0 ? PAGE : 0, PAGE);
        }));
        if (!stories.isEmpty()) {
            kinds.add(new Kind("story", (s, r) -> s.story(pick(r, stories), PAGE)));
        }
        List<String> actors = new ArrayList<>(people);
        actors.addAll(SyntheticCorpus.organisationsAndPlaces());
        // An actor's events (a type one time in three, a window one time in two), or every event of a window.
        kinds.add(new Kind("events", (s, r) -> {
            Window w = r.nextBoolean() ? window(r) : new Window(null, null);
            String actor = r.nextInt(4) == 0 ? null : pick(r, actors);
            String type = r.nextInt(3) == 0 ? pick(r, List.of(SyntheticCorpus.EVENT_TYPES)) : null;
            return s.events(new EventRequest(actor, null, type, null, null, w.from(), w.to(), null, PAGE), 0);
        }));
        // Who stands where on an issue, over the year or a window: the default issues of the beat (whose words the
        // invented articles seldom hold) and propositions in the corpus's own words, from its commonest to rarer ones.
        List<Issue> issues = new ArrayList<>(Issues.defaults());
        for (String p : List.of("Ministers should agree the budget", "The border talks should continue",
                "Allies should send the air system", "Observers should monitor the withdrawal")) {
            issues.add(Issues.named(p));
        }
        kinds.add(new Kind("positions", (s, r) -> {
            Window w = r.nextBoolean() ? window(r) : new Window(null, null);
            return Positions.of(s, pick(r, issues), w.from(), w.to(), Positions.Bucket.AUTO, null);
        }));
        // Counts by field over a search's articles and a listing's statements: on words, one time in four over all.
        kinds.add(new Kind("search facets", (s, r) -> s.facets(new SearchRequest(r.nextInt(4) == 0 ? "" : words(r, 2),
                null, null, null, null, PAGE))));
        kinds.add(new Kind("statement facets", (s, r) -> s.facets(r.nextInt(4) == 0 ? QuoteRequest.all(PAGE)
                : new QuoteRequest(null, words(r, 2), null, null, PAGE))));
        return new QueryMix(kinds);
    }

    /**
     * Stories users open: those the story list shows on its first page for some windows (the biggest), and those
     * of articles drawn at random (an article's story link).
     */
    private static Set<String> storyIds(StoreSearch store) throws IOException {
        SplittableRandom r = new SplittableRandom(5);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < LISTED_WINDOWS; i++) {
            Window w = window(r);
            store.stories(w.from(), w.to(), 0, PAGE / 2).items().stream().map(StorySummary::id).forEach(ids::add);
        }
        int articles = store.articleCount();
        for (int i = 0; i < ARTICLE_STORIES && articles > 0; i++) {
            store.article(SyntheticCorpus.articleId(r.nextInt(articles))).map(Article::story).ifPresent(ids::add);
        }
        return ids;
    }

    /** A window of one of {@link #WINDOW_DAYS} from a day of the corpus's year; one in six is the whole store. */
    static Window window(SplittableRandom r) {
        if (r.nextInt(6) == 0) {
            return new Window(null, null);
        }
        LocalDate from = SyntheticCorpus.FIRST_DAY.plusDays(r.nextInt(SyntheticCorpus.DAYS));
        return new Window(from, from.plusDays(WINDOW_DAYS[r.nextInt(WINDOW_DAYS.length)] - 1));
    }

    private static String words(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Words drawn as the texts draw them: common words often, rare ones seldom, like real queries.
            sb.append(i == 0 ? "" : " ").append(SyntheticCorpus.word(r));
        }
        return sb.toString();
    }

    private static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
