package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteDoc;
import dev.sitrep.query.StatementGroups;
import dev.sitrep.query.StoryDetail;
import dev.sitrep.query.StorySummaries;
import dev.sitrep.query.StorySummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.common.SolrDocument;

/**
 * Stories over a SolrCloud store. Stories are ranked from every article's story and day, read once per view of the
 * collection ({@link StoryDays}); only the stories of the page are read further (main actors and publishers by
 * facets, the earliest original's title by grouping), so a page costs three requests whatever the size of the
 * range. The answers are those of
 * {@link StorySummaries}, ties and all. Articles stored without a story stand alone as "s" + their id.
 */
final class SolrStories {
    /** Most articles a story page reads, as on the embedded store. */
    static final int MAX_ARTICLES = 1_000;
    /** Articles without a story read whole for the list; a store has few (each article gets one when stored). */
    static final int MAX_LONE = 10_000;

    private final SolrCollection solr;
    private final SolrStatements statements;
    private final SolrAggregates aggregates;
    private final Parallel parallel;

    SolrStories(SolrCollection solr, SolrStatements statements, SolrAggregates aggregates, Parallel parallel) {
        this.solr = solr;
        this.statements = statements;
        this.aggregates = aggregates;
        this.parallel = parallel;
    }

    /**
     * The stories of a range, ranked from the {@link StoryDays} kept for the collection's view; the page's stories
     * are read further (articles without a story whole, as few as they are).
     */
    Page<StorySummary> list(LocalDate from, LocalDate to, int offset, int limit) throws IOException {
        StoryDays days = aggregates.lasting("story days", () -> StoryDays.read(solr));
        StoryDays.Ranked ranked = days.rank(from, to, offset, limit);
        List<String> ids = ranked.page().stream().filter(c -> !c.alone()).map(StoryDays.Counted::id).toList();
        Map<String, StorySummary> detailed = ids.isEmpty() ? Map.of() : details(ids, from, to);
        Map<String, StorySummary> lone = new HashMap<>();
        if (ranked.page().stream().anyMatch(StoryDays.Counted::alone)) {
            StorySummaries.of(withoutStory(from, to)).forEach(s -> lone.put(s.id(), s));
        }
        List<StorySummary> out = new ArrayList<>(ranked.page().size());
        for (StoryDays.Counted c : ranked.page()) {
            StorySummary d = c.alone() ? lone.get(c.id()) : detailed.get(c.id());
            StorySummary s = c.bare();
            out.add(d == null ? s : c.alone() ? d : new StorySummary(s.id(), d.title(), s.articles(), s.originals(),
                    s.first(), s.last(), d.actors(), d.publishers()));
        }
        return new Page<>(ranked.total(), offset, limit, out);
    }

    /**
     * Title of the earliest original, top actors and publishers of each story, within the date range: three
     * requests, sent at once.
     */
    private Map<String, StorySummary> details(List<String> ids, LocalDate from, LocalDate to) throws IOException {
        var actorsOf = parallel.start(() -> actors(ids, from, to));
        var publishersOf = parallel.start(() -> publishers(ids, from, to));
        var titlesOf = parallel.start(() -> titles(ids, from, to));
        Map<String, List<String>> actors = Parallel.await(actorsOf);
        Map<String, List<String>> publishers = Parallel.await(publishersOf);
        Map<String, String> titles = Parallel.await(titlesOf);
        Map<String, StorySummary> out = new HashMap<>();
        for (String id : ids) {
            out.put(id, new StorySummary(id, titles.get(id), 0, 0, null, null, actors.getOrDefault(id, List.of()),
                    publishers.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** The five people and organisations most mentioned in each story's articles of the range. */
    private Map<String, List<String>> actors(List<String> ids, LocalDate from, LocalDate to) throws IOException {
        SolrQuery people = SolrQueries.ofType(TYPE_ENTITY);
        SolrQueries.terms(people, STORY, ids);
        SolrQueries.terms(people, ENTITY_TYPE_KEY, List.of(EntityType.PERSON.name(), EntityType.ORG.name()));
        SolrQueries.published(people, from, to);
        people.setRows(0);
        people.set("json.facet", "{s:{type:terms,field:" + STORY + ",limit:-1,facet:{n:{type:terms,field:"
                + ENTITY_NAME + ",limit:-1,facet:{m:'sum(" + MENTIONS + ")'}}}}}");
        Map<String, List<String>> actors = new HashMap<>();
        for (SolrFacets.Bucket s : SolrFacets.buckets(SolrFacets.of(solr.query(people)).get("s"))) {
            actors.put(s.key(), top(s.buckets("n"), true));
        }
        return actors;
    }

    /** The five publishers with most articles in each story's articles of the range. */
    private Map<String, List<String>> publishers(List<String> ids, LocalDate from, LocalDate to) throws IOException {
        SolrQuery articles = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.terms(articles, STORY, ids);
        SolrQueries.published(articles, from, to);
        articles.setRows(0);
        articles.set("json.facet", "{s:{type:terms,field:" + STORY + ",limit:-1,facet:{p:{type:terms,field:"
                + PUBLISHER_DV + ",limit:-1}}}}");
        Map<String, List<String>> publishers = new HashMap<>();
        for (SolrFacets.Bucket s : SolrFacets.buckets(SolrFacets.of(solr.query(articles)).get("s"))) {
            publishers.put(s.key(), top(s.buckets("p"), false));
        }
        return publishers;
    }

    /** The title of each story's earliest original in the range. */
    private Map<String, String> titles(List<String> ids, LocalDate from, LocalDate to) throws IOException {
        SolrQuery earliest = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.terms(earliest, STORY, ids);
        SolrQueries.term(earliest, ORIGINAL, "true");
        SolrQueries.published(earliest, from, to);
        earliest.setFields(STORY, TITLE);
        earliest.set("group", true);
        earliest.set("group.field", STORY);
        earliest.set("group.limit", 1);
        earliest.set("group.sort", PUBLISHED + " asc," + ARTICLE + " asc");
        earliest.setRows(ids.size());
        Map<String, String> titles = new HashMap<>();
        for (GroupCommand c : solr.query(earliest).getGroupResponse().getValues()) {
            for (Group g : c.getValues()) {
                if (!g.getResult().isEmpty()) {
                    titles.put(g.getGroupValue(), (String) g.getResult().get(0).getFieldValue(TITLE));
                }
            }
        }
        return titles;
    }

    /** The five biggest buckets by mentions or by articles, ties by name. */
    private static List<String> top(List<SolrFacets.Bucket> buckets, boolean byMentions) {
        List<SolrFacets.Bucket> sorted = new ArrayList<>(buckets);
        Comparator<SolrFacets.Bucket> biggest = Comparator.comparingLong(b -> byMentions ? b.sum("m") : b.count());
        sorted.sort(biggest.reversed().thenComparing(SolrFacets.Bucket::key));
        return sorted.stream().limit(5).map(SolrFacets.Bucket::key).toList();
    }

    /** The articles of the range that have no story, whole. */
    private List<Article> withoutStory(LocalDate from, LocalDate to) throws IOException {
        SolrQuery q = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.published(q, from, to);
        q.addFilterQuery("-" + STORY + ":[* TO *]");
        q.setFields(JSON);
        q.setRows(MAX_LONE);
        List<Article> out = new ArrayList<>();
        for (SolrDocument d : solr.query(q).getResults()) {
            out.add(ArticleJson.fromLine((String) d.getFieldValue(JSON)));
        }
        return out;
    }

    /** The story with this id: its articles in date order and its first statements by date; empty when none. */
    Optional<StoryDetail> story(String id, int limit) throws IOException {
        SolrQuery q = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.term(q, STORY, id);
        q.setFields(JSON);
        q.setRows(MAX_ARTICLES);
        List<Article> articles = new ArrayList<>();
        for (SolrDocument d : solr.query(q).getResults()) {
            articles.add(ArticleJson.fromLine((String) d.getFieldValue(JSON)));
        }
        if (articles.isEmpty() && id.startsWith("s")) {
            SolrQuery lone = SolrQueries.ofType(TYPE_ARTICLE);
            SolrQueries.term(lone, ARTICLE, id.substring(1));
            lone.setFields(JSON);
            for (SolrDocument d : solr.query(lone).getResults()) {
                Article a = ArticleJson.fromLine((String) d.getFieldValue(JSON));
                if (a.story() == null) {
                    articles.add(a);
                }
            }
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        articles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.duplicateOf() != null).thenComparing(Article::id));
        List<QuoteDoc> quotes = statements.matching(STORY, List.of(id));
        return Optional.of(new StoryDetail(StorySummaries.summarise(id, articles), articles,
                StatementGroups.inDateOrder(quotes, limit)));
    }

    private static LocalDate day(Long epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }
}
