package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.Counts;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.Facets;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.Overview;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.Snippets;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.StoryDetail;
import dev.sitrep.query.StorySummary;
import dev.sitrep.query.Timeline;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * The reading side of a SolrCloud store: every question of {@link StoreSearch}, answered from the collection with
 * the same fields, filters and rules as the embedded store, so that both give the same answers (a golden suite
 * runs against both). Counts come from JSON facets and statements are grouped by the shared
 * {@link dev.sitrep.query.StatementGroups}. Each call sees what the collection had committed when it ran, except
 * the answers over the whole collection (entity ranking, story counts, overview), which are kept until
 * {@link #refresh()} finds the collection changed, as the embedded store keeps them per reader. Thread-safe.
 *
 * <p>What differs from the embedded store: ranking uses edismax over the same fields with the collection's term
 * statistics ({@code ExactStatsCache}), so scores are the same BM25 but ties among equal scores may fall in
 * another order; edismax accepts a few malformed queries the classic parser refuses (after the checks of
 * {@link SolrQueries#check}); snippets come from Solr's unified highlighter with the same marks.
 */
public final class SolrStoreSearch implements StoreSearch {
    private final SolrCollection solr;
    private final SolrStatements statements;
    private final SolrEvents events;
    private final SolrFacetCounting facets;
    private final SolrEntities entities;
    private final SolrStories stories;
    private final SolrAggregates aggregates;
    private final Parallel parallel = new Parallel();

    private SolrStoreSearch(SolrCollection solr) {
        this.solr = solr;
        this.aggregates = new SolrAggregates(solr);
        this.statements = new SolrStatements(solr);
        this.events = new SolrEvents(solr);
        this.facets = new SolrFacetCounting(solr);
        this.entities = new SolrEntities(solr, statements, aggregates, parallel);
        this.stories = new SolrStories(solr, statements, aggregates, parallel);
    }

    /** Opens the collection {@code location} names; it must exist and have this version's schema. */
    public static SolrStoreSearch open(SolrLocation location) throws IOException {
        return new SolrStoreSearch(SolrCollection.open(location, Retry.fromSystemProperties()));
    }

    /**
     * Each request reads the collection's newest searcher; what is kept is the answers over the whole collection
     * ({@link SolrAggregates}), dropped here when the collection changed.
     */
    @Override
    public void refresh() throws IOException {
        aggregates.refresh();
    }

    @Override
    public Page<SearchHit> search(SearchRequest r, int offset, HitMarks marks) throws IOException {
        SolrQuery q = SolrQueries.articles(r);
        if (r.newest()) {
            q.addSort(PUBLISHED, SolrQuery.ORDER.desc);
            q.addSort("score", SolrQuery.ORDER.desc);
        } else {
            q.addSort("score", SolrQuery.ORDER.desc);
            q.addSort(PUBLISHED, SolrQuery.ORDER.desc);
        }
        q.setStart(offset);
        q.setRows(r.limit());
        q.setFields(SolrFields.ID, JSON, "score");
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", TEXT);
        q.set("hl.snippets", 1);
        q.set("hl.fragsize", 1); // passages of one sentence each, as Lucene's highlighter makes them
        q.set("hl.defaultSummary", true);
        q.set("hl.tag.pre", marks.pre());
        q.set("hl.tag.post", marks.post());
        q.set("hl.tag.ellipsis", " … ");
        q.set("hl.maxAnalyzedChars", 200_000);
        QueryResponse response;
        try {
            response = solr.query(q);
        } catch (SolrException e) {
            throw SolrQueries.refused(r.query(), e);
        }
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting() == null ? Map.of()
                : response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            Article a = ArticleJson.fromLine((String) d.getFieldValue(JSON));
            List<String> snippet = highlights.getOrDefault((String) d.getFieldValue(SolrFields.ID), Map.of()).get(TEXT);
            String text = snippet != null && !snippet.isEmpty() ? snippet.get(0) : a.text();
            float score = d.getFieldValue("score") instanceof Number n ? n.floatValue() : 0f;
            hits.add(new SearchHit(a, score, Snippets.oneLine(text, marks)));
        }
        return new Page<>(response.getResults().getNumFound(), offset, r.limit(), hits);
    }

    @Override
    public Page<QuoteHit> quotes(QuoteRequest request, int offset) throws IOException {
        return statements.page(request, offset);
    }

    @Override
    public Page<QuoteHit> statements(QuoteRequest request) throws IOException {
        if (request.limit() > MAX_STATEMENTS) {
            throw new IllegalArgumentException("at most " + MAX_STATEMENTS + " statements at once, not " + request.limit());
        }
        return statements.page(request, 0);
    }

    @Override
    public Facets facets(SearchRequest request) throws IOException {
        return facets.articles(request);
    }

    @Override
    public Facets facets(QuoteRequest request) throws IOException {
        return facets.statements(request);
    }

    @Override
    public EventPage events(EventRequest request, int offset) throws IOException {
        return events.page(request, offset);
    }

    @Override
    public Page<EntitySummary> entities(String q, String type, int offset, int limit) throws IOException {
        return entities.list(q, type, offset, limit);
    }

    @Override
    public Optional<EntityProfile> entity(String nameOrId, int quotes, RoleLookup roles) throws IOException {
        return entities.profile(nameOrId, quotes, roles);
    }

    @Override
    public Timeline timeline(String q, LocalDate from, LocalDate to, int limit) throws IOException {
        SolrQueries.check(q == null || q.isBlank() ? "" : q); // a syntax error before anything is sent
        var said = parallel.start(() -> statements.page(new QuoteRequest(null, q, from, to, limit), 0));
        SolrQuery articles = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.words(articles, q, SolrQueries.ARTICLE_FIELDS);
        SolrQueries.published(articles, from, to);
        articles.setRows(0);
        articles.set("json.facet", "{days:{type:terms,field:" + PUBLISHED + ",limit:-1},inferred:{type:query,q:'"
                + PUBLISHED_INFERRED + ":true',facet:{days:{type:terms,field:" + PUBLISHED + ",limit:-1}}}}");
        QueryResponse response;
        try {
            response = solr.query(articles);
        } catch (SolrException e) {
            throw SolrQueries.refused(q, e);
        }
        var facets = SolrFacets.of(response);
        List<QuoteHit> best = new ArrayList<>(Parallel.await(said).items());
        best.sort(Comparator.comparing(QuoteHit::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Object inferred = facets.get("inferred");
        return new Timeline(q, byDay(facets.get("days")), inferred instanceof org.apache.solr.common.util.NamedList<?> n
                ? byDay(n.get("days")) : Map.of(), best);
    }

    private static Map<LocalDate, Long> byDay(Object facet) {
        Map<LocalDate, Long> days = new TreeMap<>();
        SolrFacets.buckets(facet).forEach(b -> days.put(LocalDate.ofEpochDay(((Number) b.value()).longValue()),
                b.count()));
        return days;
    }

    @Override
    public Optional<Article> article(String id) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        SolrQuery q = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.term(q, ARTICLE, id.strip());
        q.setFields(JSON);
        q.setRows(1);
        var results = solr.query(q).getResults();
        return results.isEmpty() ? Optional.empty()
                : Optional.of(ArticleJson.fromLine((String) results.get(0).getFieldValue(JSON)));
    }

    /** An entity's counts in the overview, before its name is read. */
    private record Counted(String id, int articles, int mentions, boolean norp) {
        boolean tiedWith(Counted o) {
            return norp == o.norp && articles == o.articles && mentions == o.mentions;
        }
    }

    @Override
    public Overview overview(int topEntities) throws IOException {
        return aggregates.get(List.of("overview", topEntities), () -> computeOverview(topEntities));
    }

    private Overview computeOverview(int topEntities) throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.set("json.facet", "{articles:{type:query,q:'" + TYPE + ":" + TYPE_ARTICLE + "',facet:{pubs:{type:terms,field:"
                + PUBLISHER_DV + ",limit:-1,missing:true},days:{type:terms,field:" + PUBLISHED
                + ",limit:-1,missing:true}}},quotes:{type:query,q:'" + TYPE + ":" + TYPE_QUOTE + "'},"
                + "entities:{type:query,q:'" + TYPE + ":" + TYPE_ENTITY + "',facet:{ids:{type:terms,field:" + ENTITY_ID_DV
                + ",limit:-1,facet:{m:'sum(" + MENTIONS + ")',norp:{type:query,q:'" + ENTITY_TYPE_KEY + ":"
                + EntityType.NORP.name() + "'}}}}}}");
        var facets = SolrFacets.of(solr.query(q));
        var articles = (org.apache.solr.common.util.NamedList<?>) facets.get("articles");
        var quotes = (org.apache.solr.common.util.NamedList<?>) facets.get("quotes");
        var ents = (org.apache.solr.common.util.NamedList<?>) facets.get("entities");
        Map<String, Integer> byPublisher = new HashMap<>();
        SolrFacets.buckets(articles.get("pubs")).forEach(b -> byPublisher.put(b.key(), (int) b.count()));
        long unknown = SolrFacets.missing(articles.get("pubs"));
        if (unknown > 0) {
            byPublisher.merge(Overview.UNKNOWN, (int) unknown, Integer::sum);
        }
        Map<LocalDate, Integer> byDate = new TreeMap<>();
        SolrFacets.buckets(articles.get("days")).forEach(b -> byDate.put(LocalDate.ofEpochDay(((Number) b.value())
                .longValue()), (int) b.count()));
        int undated = (int) SolrFacets.missing(articles.get("days"));
        List<Counted> counted = new ArrayList<>();
        for (SolrFacets.Bucket b : SolrFacets.buckets(ents.get("ids"))) {
            counted.add(new Counted(b.key(), (int) b.count(), (int) b.sum("m"), b.queryCount("norp") > 0));
        }
        // Names are needed to break ties; read them for the candidates only: every entity tied with the last one.
        counted.sort(Comparator.comparing(Counted::norp).thenComparing(Comparator.comparingInt(Counted::articles)
                .thenComparingInt(Counted::mentions).reversed()));
        int cut = Math.min(topEntities, counted.size());
        while (cut > 0 && cut < counted.size() && counted.get(cut - 1).tiedWith(counted.get(cut))) {
            cut++;
        }
        List<Counted> candidates = counted.subList(0, cut);
        Map<String, SolrEntities.Names> names = candidates.isEmpty() ? Map.of()
                : entities.names(candidates.stream().map(Counted::id).toList());
        List<Overview.EntityCount> top = candidates.stream()
                .map(c -> {
                    SolrEntities.Names n = names.get(c.id());
                    return new Overview.EntityCount(c.id(), n == null ? c.id() : n.name(), n == null ? null : n.type(),
                            c.articles(), c.mentions());
                })
                .sorted(Counts.OVERVIEW_ENTITIES)
                .limit(topEntities)
                .toList();
        return new Overview((int) count(articles), (int) count(quotes), Counts.publishers(byPublisher), byDate, undated, top);
    }

    private static long count(org.apache.solr.common.util.NamedList<?> facet) {
        return facet != null && facet.get("count") instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public Page<StorySummary> stories(LocalDate from, LocalDate to, int offset, int limit) throws IOException {
        return stories.list(from, to, offset, limit);
    }

    @Override
    public Optional<StoryDetail> story(String id, int statementsShown) throws IOException {
        return stories.story(id, statementsShown);
    }

    @Override
    public int articleCount() throws IOException {
        SolrQuery q = SolrQueries.ofType(TYPE_ARTICLE);
        q.setRows(0);
        return (int) solr.query(q).getResults().getNumFound();
    }

    @Override
    public String location() {
        return solr.location().toString();
    }

    @Override
    public void close() throws IOException {
        try (solr; parallel) {
            // both closed
        }
    }
}
