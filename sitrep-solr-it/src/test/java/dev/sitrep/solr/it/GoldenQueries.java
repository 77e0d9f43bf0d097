package dev.sitrep.solr.it;

import dev.sitrep.model.Article;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.Collation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden queries over the {@link Corpus}: what the CLI, the HTTP API and the web page ask a store, with the
 * filters alone and with words (synonyms, spelling variants, phrases, operators, wildcards), by id, name and alias.
 * Stories and articles are asked by ids the core's {@link Collation} gives the corpus, as every store must.
 */
final class GoldenQueries {
    private static final int ALL = Golden.ALL;

    private GoldenQueries() {
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    static List<Golden> all(Corpus corpus) {
        List<Golden> q = new ArrayList<>();
        // Filters alone: every hit scores the same.
        q.add(search("", null, null, null, null));
        q.add(search("", d("2025-03-01"), d("2025-03-31"), null, null));
        q.add(search("", d("2025-04-10"), d("2025-04-12"), null, null));
        q.add(search("", null, d("2025-03-15"), null, null));
        q.add(search("", d("2025-05-20"), null, null, null));
        q.add(search("", null, null, Corpus.WIRE, null));
        q.add(search("", null, null, "harbour times", null));
        q.add(search("", null, null, "Harbour", null));
        q.add(search("", null, null, Corpus.SPINNER, null));
        q.add(search("", null, null, null, "kb:ilsa-marrow"));
        q.add(search("", null, null, null, "Tomas Brevik"));
        q.add(search("", null, null, null, "Brevik"));
        q.add(search("", null, null, null, "Red Lantern"));
        q.add(search("", null, null, null, "Sallow Valley"));
        q.add(search("", null, null, null, "valley"));
        q.add(search("", null, null, null, "Vareshi"));
        q.add(search("", d("2025-04-01"), d("2025-05-15"), "Valley Courier", "Dunmere"));
        // Words, with and without filters.
        for (String words : List.of("ceasefire", "truce", "convoy", "drones", "sanctions", "embargo",
                "grain corridor", "\"air defence\"", "defense", "shelling AND Dunmere", "bridge -drones", "Marrow",
                "hospital OR clinic", "evacuat*", "Kessel", "negotiations", "assistance", "Ostmark's")) {
            q.add(search(words, null, null, null, null));
        }
        q.add(search("convoy", null, null, "Valley Courier", null));
        q.add(search("drones", d("2025-04-01"), d("2025-04-30"), null, null));
        q.add(search("ceasefire", null, null, null, "Hanne Ojala"));
        // Newest first, as a feed lists them.
        q.add(new Golden.Search(new SearchRequest("ceasefire", null, null, null, null, ALL, true)));
        q.add(new Golden.Search(new SearchRequest("convoy drones", d("2025-03-01"), null, null, null, ALL, true)));
        // Statements.
        q.add(new Golden.Quotes(QuoteRequest.all(ALL)));
        for (String speaker : List.of("kb:ilsa-marrow", "Tomas Brevik", "Kolawe", "Ojala", "Vandersloot",
                "Piet Vandersloot", "a senior Accord diplomat", "Fenn")) {
            q.add(new Golden.Quotes(new QuoteRequest(speaker, null, null, null, ALL)));
        }
        q.add(new Golden.Quotes(new QuoteRequest(null, null, d("2025-04-01"), d("2025-04-20"), ALL)));
        for (String about : List.of("truce", "bread", "corridor", "bridge", "sanctions", "\"air defence\"")) {
            q.add(new Golden.Quotes(new QuoteRequest(null, about, null, null, ALL)));
        }
        q.add(new Golden.Quotes(new QuoteRequest("Brevik", "sanctions", null, null, ALL)));
        q.add(new Golden.Quotes(new QuoteRequest("kb:ilsa-marrow", null, d("2025-03-15"), d("2025-04-30"), ALL)));
        // Entities and profiles.
        q.add(entities("", null, 0, ALL));
        for (String type : List.of("PERSON", "ORG", "GPE", "LOC", "NORP")) {
            q.add(entities("", type, 0, ALL));
        }
        for (String name : List.of("Marrow", "valley", "kb:tomas-brevik", "red lantern", "Dunmere")) {
            q.add(entities(name, null, 0, ALL));
        }
        q.add(entities("", null, 5, 10));
        for (String who : List.of("kb:ilsa-marrow", "Brevik", "Red Lantern Relief", "Dunmere", "Vareshi",
                "Envoy Hanne Ojala", "nobody of that name")) {
            q.add(new Golden.Profile(who, ALL));
        }
        // Timelines.
        q.add(new Golden.TimelineOf("ceasefire", null, null, 10));
        q.add(new Golden.TimelineOf("convoy", d("2025-04-01"), d("2025-04-30"), 5));
        q.add(new Golden.TimelineOf("drones", null, null, 20));
        q.add(new Golden.TimelineOf("", d("2025-03-01"), d("2025-03-31"), 10));
        // Stories, the story of each kind of article, and articles.
        q.add(whole(new Golden.Call.Stories(null, null, 0, ALL)));
        q.add(whole(new Golden.Call.Stories(d("2025-04-01"), d("2025-04-15"), 0, ALL)));
        q.add(whole(new Golden.Call.Stories(null, null, 10, 10)));
        Decided decided = decide(corpus.articles());
        for (String id : decided.pickedStories()) {
            q.add(whole(new Golden.Call.Story(id, ALL)));
        }
        q.add(whole(new Golden.Call.Story("s0000000000000000", ALL)));
        for (String id : decided.pickedArticles(corpus)) {
            q.add(whole(new Golden.Call.ArticleById(id)));
        }
        q.add(whole(new Golden.Call.ArticleById("0000000000000000")));
        // Events: grouped across outlets and days, counted, filtered.
        q.add(whole(new Golden.Call.Events(EventRequest.all(ALL / 10), 0)));
        q.add(whole(new Golden.Call.Events(EventRequest.all(5), 5)));
        q.add(whole(new Golden.Call.Events(new EventRequest(null, null, null, null, null, null, null,
                EventRequest.Order.REPORTS, 50), 0)));
        for (String actor : List.of("Dunmere", "kb:ilsa-marrow", "Vareshi", "Red Lantern Relief")) {
            q.add(whole(new Golden.Call.Events(new EventRequest(actor, null, null, null, null, null, null, null, 50), 0)));
            q.add(whole(new Golden.Call.Events(new EventRequest(actor, EventRequest.ActorRole.TARGET, null, null, null,
                    null, null, null, 50), 0)));
        }
        for (String type : List.of("THREATEN", "AGREE", "ASSAULT", "AID", "REJECT")) {
            q.add(whole(new Golden.Call.Events(new EventRequest(null, null, type, null, null, null, null, null, 50), 0)));
        }
        q.add(whole(new Golden.Call.Events(new EventRequest(null, null, null, "convoy OR drones", null,
                d("2025-04-01"), d("2025-04-30"), null, 50), 0)));
        q.add(whole(new Golden.Call.Events(new EventRequest(null, null, null, null, Corpus.WIRE, null, null, null, 50), 0)));
        // Counts by field, and the filters they lead to.
        for (String words : List.of("", "ceasefire", "convoy OR drones")) {
            q.add(whole(new Golden.Call.SearchFacets(SearchRequest.of(words))));
            q.add(whole(new Golden.Call.StatementFacets(new QuoteRequest(null, words, null, null, 10))));
        }
        q.add(whole(new Golden.Call.SearchFacets(new SearchRequest("", d("2025-04-01"), d("2025-04-30"), Corpus.WIRE,
                null, 10))));
        q.add(whole(new Golden.Call.SearchFacets(new SearchRequest("", null, null, null, null, 10, false, "en",
                "spun-text"))));
        q.add(new Golden.Search(new SearchRequest("", null, null, null, null, ALL, false, null, "spun-text")));
        q.add(new Golden.Search(new SearchRequest("ceasefire", null, null, null, null, ALL, false, "EN", null)));
        q.add(whole(new Golden.Call.StatementFacets(new QuoteRequest("Brevik", null, null, null, 10))));
        q.add(whole(new Golden.Call.StatementFacets(new QuoteRequest(null, null, null, null, 10, Corpus.SPINNER, null,
                null, null))));
        q.add(whole(new Golden.Call.StatementFacets(new QuoteRequest(null, null, null, null, 10, null, null,
                "spun-text", null))));
        q.add(new Golden.Quotes(new QuoteRequest(null, null, null, null, ALL, Corpus.WIRE, null, null, null)));
        q.add(new Golden.Quotes(new QuoteRequest(null, null, null, null, ALL, null, "en", "spun-text", null)));
        for (String stance : List.of("ukraine-ceasefire", "ukraine-ceasefire:supports", "russia-sanctions:opposes")) {
            q.add(new Golden.Quotes(new QuoteRequest(null, null, null, null, ALL, null, null, null, stance)));
        }
        q.add(new Golden.OverviewOf(10));
        q.add(new Golden.OverviewOf(ALL));
        q.add(whole(new Golden.Call.ArticleCount()));
        return q;
    }

    private static Golden entities(String q, String type, int offset, int limit) {
        return whole(new Golden.Call.Entities(q, type, offset, limit));
    }

    private static Golden whole(Golden.Call call) {
        return new Golden.Whole(call);
    }

    private static Golden search(String words, LocalDate from, LocalDate to, String publisher, String entity) {
        return new Golden.Search(new SearchRequest(words, from, to, publisher, entity, ALL));
    }

    /**
     * Each article's copy and story ({@code duplicateOf}, {@code story}) as one uninterrupted run decides them (the
     * core's {@link Collation}, with re-pointed copies): what every store must hold, however often its ingest was
     * stopped and started again.
     */
    static Map<String, Decision> decisions(List<Article> articles) {
        Decided d = decide(articles);
        Map<String, Decision> out = new java.util.TreeMap<>();
        d.stories().forEach((story, ids) -> ids.forEach(id -> out.put(id, new Decision(d.duplicateOf().get(id), story))));
        return out;
    }

    /** An article's copy and story. */
    record Decision(String duplicateOf, String story) {
    }

    /** Each stored article's copy and story as a store holds them. */
    static Map<String, Decision> held(StoreSearch store) throws IOException {
        Map<String, Decision> held = new java.util.TreeMap<>();
        for (SearchHit h : store.search(new SearchRequest("", null, null, null, null, ALL), HitMarks.PLAIN)) {
            held.put(h.article().id(), new Decision(h.article().duplicateOf(), h.article().story()));
        }
        return held;
    }

    /** Copies and stories as every store decides them, for picking ids to ask for. */
    private record Decided(List<Article> articles, Map<String, String> duplicateOf, Map<String, List<String>> stories,
                           List<String> repointed) {
        /** The five biggest stories, one with a re-pointed copy, one of a single article. */
        List<String> pickedStories() {
            List<String> ids = new ArrayList<>(stories.keySet());
            ids.sort((a, b) -> Integer.compare(stories.get(b).size(), stories.get(a).size()));
            List<String> picked = new ArrayList<>(ids.subList(0, 5));
            for (String id : ids) {
                if (!repointed.isEmpty() && stories.get(id).contains(repointed.get(0)) && !picked.contains(id)) {
                    picked.add(id);
                }
            }
            picked.add(ids.get(ids.size() - 1));
            return picked;
        }

        /** The first and last to arrive, a copy, a re-pointed copy, an original that arrived late, odd dates. */
        List<String> pickedArticles(Corpus corpus) {
            List<String> ids = new ArrayList<>();
            ids.add(articles.get(0).id());
            ids.add(articles.get(articles.size() - 1).id());
            articles.stream().filter(a -> duplicateOf.get(a.id()) != null).findFirst().ifPresent(a -> ids.add(a.id()));
            if (!repointed.isEmpty()) {
                ids.add(repointed.get(0));
                ids.add(duplicateOf.get(repointed.get(0)));
            }
            articles.stream().filter(a -> a.published() == null).findFirst().ifPresent(a -> ids.add(a.id()));
            articles.stream().filter(a -> a.publishedInferred() != null).findFirst().ifPresent(a -> ids.add(a.id()));
            articles.stream().filter(a -> a.publisher() == null).findFirst().ifPresent(a -> ids.add(a.id()));
            articles.stream().filter(a -> !a.flags().isEmpty()).forEach(a -> ids.add(a.id()));
            return ids.stream().distinct().toList();
        }
    }

    private static Decided decide(List<Article> articles) {
        Collation collation = new Collation();
        Map<String, String> duplicateOf = new HashMap<>();
        Map<String, List<String>> stories = new LinkedHashMap<>();
        List<String> repointed = new ArrayList<>();
        for (Article a : articles) {
            Collation.Decision d = collation.decide(a);
            duplicateOf.put(a.id(), d.article().duplicateOf());
            for (String id : d.repoint()) {
                duplicateOf.put(id, a.id());
                repointed.add(id);
            }
            stories.computeIfAbsent(d.article().story(), k -> new ArrayList<>()).add(a.id());
        }
        return new Decided(articles, duplicateOf, stories, repointed);
    }
}
