package dev.sitrep.solr.it;

import dev.sitrep.model.Article;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.QuoteSource;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.Timeline;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One golden query: a {@link StoreSearch} call with its arguments, as a value, and what of its answer two stores
 * must agree on. {@link #exact} is everything that is a set, a count or an order fixed by the data (newest first,
 * most mentioned first with ties broken by name); {@link #ranked} is an order by relevance score, where the stores'
 * ties and rounding may differ, compared by the overlap of the first ten.
 *
 * <p>Where an answer has an order only partly fixed by the data (hits of equal score, statements of one day), the
 * exact part takes the members as a set and the fixed part (the dates in answer order) as a list.
 */
sealed interface Golden {
    /** Asks the store and keeps what must be equal on every store. */
    Object exact(StoreSearch store) throws IOException;

    /** The ids in relevance order, or empty when the answer is not ranked by score. */
    default List<String> ranked(StoreSearch store) throws IOException {
        return List.of();
    }

    /** The relevance scores of the first ten, where the answer has them (article search), else empty. */
    default List<Float> topScores(StoreSearch store) throws IOException {
        return List.of();
    }

    /** The most every listing asks for: above every total in the golden corpus, so that sets are whole. */
    int ALL = 2000;

    /** An article search; hits compared whole (the stored article), as a set, with their dates in hit order. */
    record Search(SearchRequest request) implements Golden {
        @Override
        public Object exact(StoreSearch store) throws IOException {
            Page<SearchHit> page = store.search(request, 0, HitMarks.PLAIN);
            Map<String, Article> hits = new TreeMap<>();
            page.items().forEach(h -> hits.put(h.article().id(), h.article()));
            if (!blank(request.query()) && !request.newest()) {
                return new Hits(page.total(), hits, List.of());
            }
            // Without words every hit scores the same, and a feed's order is by day first: the days are the order.
            return new Hits(page.total(), hits, page.items().stream().map(h -> day(h.article().published())).toList());
        }

        @Override
        public List<String> ranked(StoreSearch store) throws IOException {
            return blank(request.query()) ? List.of()
                    : store.search(request, 0, HitMarks.PLAIN).items().stream().map(h -> h.article().id()).toList();
        }

        @Override
        public List<Float> topScores(StoreSearch store) throws IOException {
            return blank(request.query()) ? List.of()
                    : store.search(request, 0, HitMarks.PLAIN).items().stream().limit(10).map(SearchHit::score).toList();
        }
    }

    /** A quote listing: statements compared whole (sources as a set), with their dates in listing order. */
    record Quotes(QuoteRequest request) implements Golden {
        @Override
        public Object exact(StoreSearch store) throws IOException {
            Page<QuoteHit> page = store.quotes(request, 0);
            return new Statements(page.total(), byStatement(page.items()), blank(request.about())
                    ? page.items().stream().map(h -> newestQuote(h, request)).toList() : List.of());
        }

        @Override
        public List<String> ranked(StoreSearch store) throws IOException {
            return blank(request.about()) ? List.of()
                    : store.quotes(request, 0).items().stream().map(Golden::statementKey).toList();
        }
    }

    /**
     * A call whose whole answer is fixed by the data, compared as it is: entity listings (most mentioned first, ties
     * by id), pages of stories (biggest first, then latest, then by id), a story (its articles and statements by
     * date, then article id), an article, the number of articles, a page of events with its counts, the counts by field of a search or a statement listing.
     */
    record Whole(Call call) implements Golden {
        @Override
        public Object exact(StoreSearch store) throws IOException {
            return switch (call) {
                case Call.Entities c -> store.entities(c.q(), c.type(), c.offset(), c.limit());
                case Call.Stories c -> store.stories(c.from(), c.to(), c.offset(), c.limit());
                case Call.Story c -> store.story(c.id(), c.statements());
                case Call.ArticleById c -> store.article(c.id());
                case Call.ArticleCount c -> store.articleCount();
                case Call.Events c -> store.events(c.request(), c.offset());
                case Call.SearchFacets c -> store.facets(c.request());
                case Call.StatementFacets c -> store.facets(c.request());
            };
        }

        @Override
        public String toString() {
            return call.toString();
        }
    }

    /** The arguments of a {@link Whole} call. */
    sealed interface Call {
        record Entities(String q, String type, int offset, int limit) implements Call {
        }

        record Stories(LocalDate from, LocalDate to, int offset, int limit) implements Call {
        }

        record Story(String id, int statements) implements Call {
        }

        record ArticleById(String id) implements Call {
        }

        record ArticleCount() implements Call {
        }

        record Events(EventRequest request, int offset) implements Call {
        }

        record SearchFacets(SearchRequest request) implements Call {
        }

        record StatementFacets(QuoteRequest request) implements Call {
        }
    }

    /** An entity's profile: identity, counts, co-mentions and publishers in order; statements as a set. */
    record Profile(String nameOrId, int quotes) implements Golden {
        @Override
        public Object exact(StoreSearch store) throws IOException {
            return store.entity(nameOrId, quotes, RoleLookup.NONE).map(p -> new ProfileAnswer(p.entity(),
                    p.mentionsPerDay(), List.copyOf(p.publishers().entrySet()), p.coMentions(),
                    byStatement(p.quotes()), p.quotes().stream().map(h -> newestQuote(h, null, null)).toList()));
        }
    }

    /** A timeline: articles per day exactly; its key statements are the best-ranked ones. */
    record TimelineOf(String q, LocalDate from, LocalDate to, int statements) implements Golden {
        @Override
        public Object exact(StoreSearch store) throws IOException {
            Timeline t = store.timeline(q, from, to, statements);
            return new TimelineAnswer(t.query(), t.days(), t.inferred(), t.statements().size(),
                    t.statements().stream().map(h -> day(h.published())).sorted().toList());
        }

        @Override
        public List<String> ranked(StoreSearch store) throws IOException {
            // The timeline lists them by date; which ones it picked is what the ranking decided.
            return store.timeline(q, from, to, statements).statements().stream().map(Golden::statementKey).sorted()
                    .toList();
        }
    }

    /** The overview: counts by publisher and day, undated, top entities in their order. */
    record OverviewOf(int topEntities) implements Golden {
        @Override
        public Object exact(StoreSearch store) throws IOException {
            var o = store.overview(topEntities);
            return new OverviewAnswer(o.articles(), o.quotes(), List.copyOf(o.byPublisher().entrySet()), o.byDate(),
                    o.undated(), o.topEntities());
        }
    }

    /** Search hits: how many, the articles by id, and (for searches without words) their dates in hit order. */
    record Hits(long total, Map<String, Article> articles, List<String> daysInOrder) {
    }

    /** Quote listing: how many statements, each whole, and (without words) their dates in listing order. */
    record Statements(long total, Map<String, QuoteHit> statements, List<String> daysInOrder) {
    }

    record ProfileAnswer(dev.sitrep.query.EntitySummary entity, Map<LocalDate, Long> mentionsPerDay,
                         List<Map.Entry<String, Long>> publishers, List<EntityProfile.CoMention> coMentions,
                         Map<String, QuoteHit> statements, List<String> statementDays) {
    }

    record TimelineAnswer(String query, Map<LocalDate, Long> days, Map<LocalDate, Long> inferred, int statements,
                          List<String> statementDays) {
    }

    record OverviewAnswer(int articles, int quotes, List<Map.Entry<String, Integer>> byPublisher,
                          Map<LocalDate, Integer> byDate, int undated, List<dev.sitrep.query.Overview.EntityCount> top) {
    }

    /** Statements by {@link #statementKey}: which statements a listing holds is fixed, their order only partly. */
    static Map<String, QuoteHit> byStatement(List<QuoteHit> hits) {
        Map<String, QuoteHit> out = new TreeMap<>();
        hits.forEach(h -> out.put(statementKey(h), h));
        return out;
    }

    /**
     * The day a listing ranks a statement by: its newest source the request matches. A source matches when it is
     * in the request's days and, when the request narrows to a publisher or a flag, is that publisher's or carries
     * that flag (the corpus is in one language).
     */
    static String newestQuote(QuoteHit h, QuoteRequest r) {
        if (r.publisher() == null && r.flag() == null) {
            return newestQuote(h, r.from(), r.to());
        }
        LocalDate newest = null;
        for (QuoteSource s : h.sources()) {
            LocalDate d = s.published();
            if (d != null && (r.from() == null || !d.isBefore(r.from())) && (r.to() == null || !d.isAfter(r.to()))
                    && (r.publisher() == null || r.publisher().equalsIgnoreCase(s.publisher()))
                    && (r.flag() == null || s.flags().contains(r.flag()))
                    && (newest == null || d.isAfter(newest))) {
                newest = d;
            }
        }
        return day(newest);
    }

    /**
     * Where a statement stands in a newest-first listing: at its newest quote among those the listing matched (its
     * sources within the listing's days), undated last. Statements whose newest quotes share a day may come in
     * either order; this day may not.
     */
    static String newestQuote(QuoteHit h, LocalDate from, LocalDate to) {
        LocalDate newest = h.published();
        for (QuoteSource s : h.sources()) {
            LocalDate d = s.published();
            if (d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))
                    && (newest == null || d.isAfter(newest))) {
                newest = d;
            }
        }
        return day(newest);
    }

    /** A statement as its origin article and where its words start there. */
    static String statementKey(QuoteHit h) {
        return h.articleId() + "@" + h.quote().start();
    }

    private static String day(LocalDate d) {
        return d == null ? "undated" : d.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
