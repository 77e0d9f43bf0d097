package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.EntityType;
import dev.sitrep.query.Counts;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Entities over a SolrCloud store, answered as the embedded store answers them: the per-article entity documents
 * counted by entity id with a JSON facet (articles, and mentions summed), most mentioned first, peoples named by a
 * demonym last in the list of every entity; names from each entity's newest document; profiles with mentions per
 * day, publishers, co-mentions and statements.
 */
final class SolrEntities {
    /** Co-mentioned entities a profile lists. */
    static final int CO_MENTIONS = 10;

    private final SolrCollection solr;
    private final SolrStatements statements;
    private final SolrAggregates aggregates;
    private final Parallel parallel;

    SolrEntities(SolrCollection solr, SolrStatements statements, SolrAggregates aggregates, Parallel parallel) {
        this.solr = solr;
        this.parallel = parallel;
        this.statements = statements;
        this.aggregates = aggregates;
    }

    /** One entity's totals: articles (its documents) and mentions. */
    private record Tally(String id, long articles, long mentions) {
    }

    Page<EntitySummary> list(String q, String type, int offset, int limit) throws IOException {
        SolrQuery query = SolrQueries.ofType(TYPE_ENTITY);
        boolean all = q == null || q.isBlank();
        if (!all) {
            SolrQueries.entity(query, q);
        }
        if (type != null && !type.isBlank()) {
            SolrQueries.term(query, ENTITY_TYPE_KEY, EntitySummary.typeKey(type));
        }
        boolean everyType = type == null || type.isBlank();
        // The ranking of every entity (of a type) counts every entity document: kept until the collection changes.
        List<Tally> ranked = all ? aggregates.get(List.of("entities", everyType ? "" : EntitySummary.typeKey(type)),
                () -> ranking(query, everyType)) : ranking(query, false);
        int from = Math.min(offset, ranked.size());
        List<Tally> page = ranked.subList(from, Math.min(ranked.size(), from + limit));
        return new Page<>(ranked.size(), offset, limit, summaries(page));
    }

    /** Entity ids by mentions, then articles, then id; with {@code peoplesLast}, the NORP ones after the others. */
    private List<Tally> ranking(SolrQuery query, boolean peoplesLast) throws IOException {
        query.setRows(0);
        query.set("json.facet", "{ids:{type:terms,field:" + ENTITY_ID_DV + ",limit:-1,facet:{m:'sum(" + MENTIONS
                + ")'}},norp:{type:query,q:'" + ENTITY_TYPE_KEY + ":" + EntityType.NORP.name()
                + "',facet:{ids:{type:terms,field:" + ENTITY_ID_DV + ",limit:-1}}}}");
        var facets = SolrFacets.of(solr.query(query));
        List<Tally> ranked = new ArrayList<>();
        for (SolrFacets.Bucket b : SolrFacets.buckets(facets.get("ids"))) {
            ranked.add(new Tally(b.key(), b.count(), b.sum("m")));
        }
        ranked.sort(Comparator.comparingLong(Tally::mentions).thenComparingLong(Tally::articles).reversed()
                .thenComparing(Tally::id));
        if (peoplesLast) {
            Set<String> peoples = new HashSet<>();
            Object norp = facets.get("norp");
            if (norp instanceof org.apache.solr.common.util.NamedList<?> n) {
                SolrFacets.buckets(n.get("ids")).forEach(b -> peoples.add(b.key()));
            }
            ranked.sort(Comparator.comparing(t -> peoples.contains(t.id())));
        }
        return ranked;
    }

    /** An entity's names: canonical name and type as its newest document gives them, every name by use. */
    record Names(String name, String type, List<String> all) {
    }

    /** The summaries of these entities, in their order. */
    private List<EntitySummary> summaries(List<Tally> tallies) throws IOException {
        if (tallies.isEmpty()) {
            return List.of();
        }
        Map<String, Names> names = names(tallies.stream().map(Tally::id).toList());
        List<EntitySummary> out = new ArrayList<>(tallies.size());
        for (Tally t : tallies) {
            Names n = names.getOrDefault(t.id(), new Names(t.id(), null, List.of()));
            List<String> aliases = n.all().stream().filter(a -> !a.equals(n.name())).toList();
            out.add(new EntitySummary(t.id(), n.name(), n.type(), aliases, t.mentions(), t.articles()));
        }
        return out;
    }

    /**
     * The names of these entities: the canonical name and type of each one's newest document (resolution improves
     * over time), by a collapse query (one document per entity and shard, newest first), and every name and alias,
     * most used first, by a facet. Kept per entity until the collection changes: the most mentioned entities have
     * hundreds of thousands of documents, and the list and profiles ask for them again and again.
     */
    Map<String, Names> names(Collection<String> ids) throws IOException {
        Map<String, Names> kept = aggregates.map("names");
        Map<String, Names> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Names n = kept.get(id);
            if (n != null) {
                out.put(id, n);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        SolrQuery newest = SolrQueries.ofType(TYPE_ENTITY);
        SolrQueries.terms(newest, ENTITY_ID, missing);
        newest.addFilterQuery("{!collapse field=" + ENTITY_ID_DV + " sort='" + PUBLISHED + " desc," + SolrFields.ID
                + " asc'}");
        newest.setFields(ENTITY_ID, ENTITY_NAME, ENTITY_TYPE, PUBLISHED, SolrFields.ID);
        newest.setSort(PUBLISHED, SolrQuery.ORDER.desc);
        newest.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
        newest.setRows(missing.size() * 64);
        Map<String, SolrDocument> first = new HashMap<>();
        for (SolrDocument d : solr.query(newest).getResults()) {
            Object id = d.getFirstValue(ENTITY_ID);
            first.putIfAbsent(String.valueOf(id), d);
        }
        SolrQuery used = SolrQueries.ofType(TYPE_ENTITY);
        SolrQueries.terms(used, ENTITY_ID, missing);
        used.setRows(0);
        used.set("json.facet", "{ids:{type:terms,field:" + ENTITY_ID_DV + ",limit:-1,facet:{all:{type:terms,field:"
                + SolrFields.ENTITY_NAMES + ",limit:-1}}}}");
        Map<String, List<String>> all = new HashMap<>();
        for (SolrFacets.Bucket b : SolrFacets.buckets(SolrFacets.of(solr.query(used)).get("ids"))) {
            List<SolrFacets.Bucket> names = new ArrayList<>(b.buckets("all"));
            names.sort(Comparator.comparingLong((SolrFacets.Bucket u) -> u.count()).reversed()
                    .thenComparing(SolrFacets.Bucket::key));
            all.put(b.key(), names.stream().map(SolrFacets.Bucket::key).toList());
        }
        for (String id : missing) {
            SolrDocument d = first.get(id);
            Names n = new Names(d == null ? id : (String) d.getFieldValue(ENTITY_NAME),
                    d == null ? null : (String) d.getFieldValue(ENTITY_TYPE), all.getOrDefault(id, List.of()));
            kept.put(id, n);
            out.put(id, n);
        }
        return out;
    }

    /** The entity with this id, else the most mentioned one with this name or alias (or words of one). */
    Optional<EntitySummary> find(String nameOrId) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        // An id has entity documents of its own: counting them says whether it is one.
        List<Tally> byId = ranking(ofEntity(nameOrId.strip()), false);
        if (!byId.isEmpty()) {
            return Optional.of(summaries(byId).get(0));
        }
        return list(nameOrId, null, 0, 1).items().stream().findFirst();
    }

    /**
     * The profile of the entity with this id, else of the most mentioned one with this name or alias. Five requests:
     * the entity's own documents counted (totals, publishers, mentions per day) in one, the articles that mention
     * it counted by entity (co-mentions), the names of it and of those in one, and its statements (two).
     */
    Optional<EntityProfile> profile(String nameOrId, int quotes, RoleLookup roles) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        // A name asked before is known by its id (until the collection changes).
        Map<String, String> idsByName = aggregates.map("entity ids by name");
        String id = idsByName.getOrDefault(nameOrId.strip(), nameOrId.strip());
        // Sent at once, as if the words were an id; when they are a name instead, sent again for its id.
        String asked = id;
        var ownOf = parallel.start(() -> own(asked));
        var coOf = parallel.start(() -> coMentionCounts(asked));
        var saidOf = parallel.start(() -> statements.page(new QuoteRequest(asked, null, null, null, quotes), 0));
        Own own = Parallel.await(ownOf);
        if (own == null) {
            Optional<EntitySummary> named = list(nameOrId, null, 0, 1).items().stream().findFirst();
            if (named.isEmpty()) {
                return Optional.empty();
            }
            String found = named.get().id();
            idsByName.put(nameOrId.strip(), found);
            id = found;
            var ownOfFound = parallel.start(() -> own(found));
            coOf = parallel.start(() -> coMentionCounts(found));
            saidOf = parallel.start(() -> statements.page(new QuoteRequest(found, null, null, null, quotes), 0));
            own = Parallel.await(ownOfFound);
        }
        Map<String, Long> co = Parallel.await(coOf);
        List<String> ids = new ArrayList<>(co.keySet());
        ids.add(id);
        Map<String, Names> names = names(ids);
        Names n = names.getOrDefault(id, new Names(id, null, List.of()));
        String canonical = n.name();
        EntitySummary e = new EntitySummary(id, canonical, n.type(),
                n.all().stream().filter(a -> !a.equals(canonical)).toList(), own.mentions(), own.articles());
        List<EntityProfile.CoMention> coMentions = new ArrayList<>();
        co.forEach((other, count) -> {
            Names named = names.get(other);
            coMentions.add(new EntityProfile.CoMention(other, named == null ? other : named.name(),
                    named == null ? null : named.type(), count));
        });
        List<QuoteHit> said = Parallel.await(saidOf).items();
        return Optional.of(new EntityProfile(e, roles.roles(id), own.days(), said, coMentions,
                Counts.top(own.publishers(), Integer.MAX_VALUE)));
    }

    /** What an entity's own documents say: how many, mentions in all, per day, and publishers. */
    private record Own(long articles, long mentions, Map<LocalDate, Long> days, Map<String, Long> publishers) {
    }

    /** The counts over the entity documents of {@code id}; null when it has none (it is not an id). */
    private Own own(String id) throws IOException {
        SolrQuery q = ofEntity(id);
        q.setRows(0);
        q.set("json.facet", "{m:'sum(" + MENTIONS + ")',pubs:{type:terms,field:" + PUBLISHER_DV
                + ",limit:-1},days:{type:terms,field:" + PUBLISHED + ",limit:-1,facet:{m:'sum(" + MENTIONS + ")'}}}");
        var r = solr.query(q);
        long articles = r.getResults().getNumFound();
        if (articles == 0) {
            return null;
        }
        var facets = SolrFacets.of(r);
        Map<String, Long> publishers = new HashMap<>();
        SolrFacets.buckets(facets.get("pubs")).forEach(b -> publishers.put(b.key(), b.count()));
        Map<LocalDate, Long> days = new TreeMap<>();
        SolrFacets.buckets(facets.get("days")).forEach(b -> days.put(LocalDate.ofEpochDay(((Number) b.value())
                .longValue()), b.sum("m")));
        return new Own(articles, facets.get("m") instanceof Number m ? m.longValue() : 0, days, publishers);
    }

    /** The entities mentioned most often in the articles that mention {@code id}, with how many. */
    private Map<String, Long> coMentionCounts(String id) throws IOException {
        SolrQuery articles = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.term(articles, ENTITY_ID, id);
        articles.setRows(0);
        // Every bucket: a top-k per shard would miss entities tied across shards (Counts.top breaks ties by id).
        articles.set("json.facet", "{ids:{type:terms,field:" + ENTITY_ID + ",limit:-1}}");
        Map<String, Long> counts = new HashMap<>();
        SolrFacets.buckets(SolrFacets.of(solr.query(articles)).get("ids")).forEach(b -> counts.put(b.key(), b.count()));
        counts.remove(id);
        return Counts.top(counts, CO_MENTIONS);
    }

    /** The entity documents of one id. */
    static SolrQuery ofEntity(String id) {
        SolrQuery q = SolrQueries.ofType(TYPE_ENTITY);
        SolrQueries.term(q, ENTITY_ID, id);
        return q;
    }
}
