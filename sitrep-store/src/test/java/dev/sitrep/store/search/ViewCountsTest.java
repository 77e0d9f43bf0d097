package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.Counts;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.Page;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.StorySummaries;
import dev.sitrep.query.StorySummary;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts kept per segment and per view (entity rankings and facts, co-mentions, story numbers) give the answers
 * a reading of every stored article gives, on a store of several segments, after a refresh that added articles or
 * deleted some (a copy rewritten when its earlier original arrives), and under queries running at once.
 */
class ViewCountsTest {
    private static final SyntheticCorpus CORPUS = new SyntheticCorpus(17);
    private static final String WORD = "ministers";

    @TempDir
    Path dir;

    /** What the cached queries answer, compared whole. */
    private record Answers(Page<EntitySummary> entities, Page<EntitySummary> people, List<Object> profile,
                           List<Page<StorySummary>> stories, List<Map.Entry<LocalDate, Long>> timeline) {
    }

    /** A map's entries in its order: maps are equal whatever their order, and the order is part of the answer. */
    private static <K, V> List<Map.Entry<K, V>> ordered(Map<K, V> map) {
        return map.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    @Test
    void cachedCountsMatchAReadingOfEveryArticleBeforeAndAfterARefresh() throws Exception {
        try (ArticleStore writer = ArticleStore.open(dir, 60); StoreSearch store = LuceneStoreSearch.open(dir)) {
            add(writer, 0, 240);
            store.refresh();
            Answers before = answers(store);
            assertEquals(expected(), before);

            // New segments beside the old ones, and a copy rewritten into a new one (its old documents deleted).
            add(writer, 240, 420);
            Article a = CORPUS.article(7);
            writer.add(a.toBuilder().id("earlier-copy-of-7").published(a.published().minusDays(1)).build());
            writer.commit();
            assertEquals("earlier-copy-of-7", writer.contains(a.id()) ? copyOf(a.id()) : null, "rewritten as a copy");
            Answers stale = answers(store);
            assertEquals(before, stale, "no refresh, the same view");
            store.refresh();
            Answers after = answers(store);
            assertNotEquals(before, after);
            assertTrue(after.entities().items().get(0).articles() > before.entities().items().get(0).articles());
            assertEquals(expected(), after);
        }
    }

    @Test
    void queriesRunningAtOnceOnAFreshViewAllGetTheSameAnswers() throws Exception {
        try (ArticleStore writer = ArticleStore.open(dir, 50); StoreSearch store = LuceneStoreSearch.open(dir)) {
            add(writer, 0, 200);
            store.refresh();
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int round = 0; round < 2; round++) {
                    // Every thread misses the caches of the new view at once.
                    CyclicBarrier start = new CyclicBarrier(threads);
                    List<Future<Answers>> all = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        all.add(pool.submit(() -> {
                            start.await();
                            return answers(store);
                        }));
                    }
                    Answers first = all.get(0).get();
                    for (Future<Answers> f : all) {
                        assertEquals(first, f.get());
                    }
                    assertEquals(expected(), first);
                    add(writer, 200 + round * 100, 300 + round * 100);
                    store.refresh();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aSegmentsValuesAreComputedOnceAndDroppedWhenItsReaderCloses() throws Exception {
        try (ArticleStore writer = ArticleStore.open(dir, 50)) {
            add(writer, 0, 20);
        }
        ReaderCache<String, Integer> cache = new ReaderCache<>(2);
        AtomicInteger computed = new AtomicInteger();
        try (Directory d = FSDirectory.open(dir)) {
            DirectoryReader reader = DirectoryReader.open(d);
            assertEquals(1, cache.get(reader, "a", k -> computed.incrementAndGet()));
            assertEquals(1, cache.get(reader, "a", k -> computed.incrementAndGet()));
            assertEquals(2, cache.get(reader, "b", k -> computed.incrementAndGet()));
            assertEquals(3, cache.get(reader, "c", k -> computed.incrementAndGet()), "past two values it starts over");
            assertEquals(4, cache.get(reader, "a", k -> computed.incrementAndGet()));
            assertEquals(1, cache.readers());
            reader.close();
            assertEquals(0, cache.readers());
        }
    }

    /** The stored article's original, read from the last commit. */
    private String copyOf(String id) throws IOException {
        try (StoreSearch fresh = LuceneStoreSearch.open(dir)) {
            return fresh.article(id).orElseThrow().duplicateOf();
        }
    }

    private static void add(ArticleStore writer, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            Article a = CORPUS.article(i);
            // A few undated articles: they count in the story list of the whole store only.
            writer.add(i % 50 == 3 ? a.toBuilder().published(null).build() : a);
        }
        writer.commit();
    }

    private static Answers answers(StoreSearch store) throws IOException {
        String person = CORPUS.people().get(1);
        EntityProfile p = store.entity(person, 5, RoleLookup.NONE).orElseThrow();
        return new Answers(store.entities(null, null, 0, 30), store.entities("", "PERSON", 10, 20),
                List.of(p.entity(), ordered(p.mentionsPerDay()), p.coMentions(), ordered(p.publishers())), stories(store),
                ordered(store.timeline(WORD, null, null, 5).days()));
    }

    private static List<Page<StorySummary>> stories(StoreSearch store) throws IOException {
        List<Page<StorySummary>> pages = new ArrayList<>();
        for (LocalDate[] w : windows()) {
            pages.add(store.stories(w[0], w[1], 0, 10));
            pages.add(store.stories(w[0], w[1], 5, 3));
        }
        return pages;
    }

    private static List<LocalDate[]> windows() {
        List<LocalDate[]> windows = new ArrayList<>();
        windows.add(new LocalDate[] {null, null});
        windows.add(new LocalDate[] {LocalDate.of(2025, 3, 1), null});
        windows.add(new LocalDate[] {null, LocalDate.of(2025, 2, 1)});
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 6; i++) {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
            windows.add(new LocalDate[] {from, from.plusDays(new int[] {0, 6, 29, 89}[r.nextInt(4)])});
        }
        return windows;
    }

    /** The answers as a reading of every stored article gives them. */
    private Answers expected() throws IOException {
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Article> articles = articles(searcher, null, null);
            Map<String, Facts> facts = facts(articles);
            List<EntitySummary> ranked = facts.values().stream()
                    .sorted(Comparator.comparingLong((Facts f) -> f.mentions).thenComparingLong(f -> f.docs).reversed()
                            .thenComparing(f -> f.id))
                    .map(Facts::summary).toList();
            List<EntitySummary> people = ranked.stream().filter(e -> e.type().equals("PERSON")).toList();
            String person = CORPUS.people().get(1);
            Facts f = facts.values().stream().filter(x -> x.name.equals(person)).findFirst().orElseThrow();
            List<EntityProfile.CoMention> co = f.coMentions.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(EntityProfiles.CO_MENTIONS)
                    .map(e -> new EntityProfile.CoMention(e.getKey(), facts.get(e.getKey()).name,
                            facts.get(e.getKey()).type, e.getValue()))
                    .toList();
            List<Page<StorySummary>> stories = new ArrayList<>();
            for (LocalDate[] w : windows()) {
                List<StorySummary> all = storiesOf(articles(searcher, w[0], w[1]));
                stories.add(Page.of(all, 0, 10));
                stories.add(Page.of(all, 5, 3));
            }
            return new Answers(Page.of(ranked, 0, 30), Page.of(people, 10, 20),
                    List.of(f.summary(), ordered(f.days), co, ordered(Counts.top(f.publishers, Integer.MAX_VALUE))),
                    stories, timeline(searcher));
        }
    }

    /** Articles with the word per day, read one by one. */
    private static List<Map.Entry<LocalDate, Long>> timeline(IndexSearcher searcher) throws IOException {
        var q = new BooleanQuery.Builder().add(QueryParsing.articles(WORD), Occur.MUST)
                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER).build();
        Map<LocalDate, Long> days = new TreeMap<>();
        for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
            Article a = ArticleSearch.load(searcher.storedFields(), sd.doc);
            if (a.published() != null) {
                days.merge(a.published(), 1L, Long::sum);
            }
        }
        return ordered(days);
    }

    /** Stored articles in a date range, in index order. */
    private static List<Article> articles(IndexSearcher searcher, LocalDate from, LocalDate to) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(Filters.type(TYPE_ARTICLE), Occur.FILTER);
        if (from != null || to != null) {
            q.add(Filters.published(from, to), Occur.FILTER);
        }
        TopDocs docs = searcher.search(q.build(), Math.max(1, searcher.count(q.build())));
        List<Article> articles = new ArrayList<>();
        for (ScoreDoc sd : docs.scoreDocs) {
            articles.add(ArticleJson.fromLine(searcher.storedFields().document(sd.doc).get(JSON)));
        }
        return articles;
    }

    /** Stories as the core summarises them, biggest first, then latest, then by id. */
    private static List<StorySummary> storiesOf(List<Article> articles) {
        return StorySummaries.of(articles);
    }

    /** One entity as its articles give it. */
    private static final class Facts {
        final String id;
        String name;
        String type;
        LocalDate newest;
        long docs;
        long mentions;
        final Map<String, Long> names = new HashMap<>();
        final Map<LocalDate, Long> days = new TreeMap<>();
        final Map<String, Long> publishers = new HashMap<>();
        final Map<String, Long> coMentions = new HashMap<>();

        Facts(String id) {
            this.id = id;
        }

        EntitySummary summary() {
            List<String> aliases = Counts.top(names, Integer.MAX_VALUE).keySet().stream()
                    .filter(a -> !a.equals(name)).toList();
            return new EntitySummary(id, name, type, aliases, mentions, docs);
        }
    }

    private static Map<String, Facts> facts(List<Article> articles) {
        Map<String, Facts> facts = new HashMap<>();
        for (Article a : articles) {
            Set<String> ids = new LinkedHashSet<>();
            a.entities().forEach(e -> ids.add(e.id()));
            for (Entity e : a.entities()) {
                Facts f = facts.computeIfAbsent(e.id(), Facts::new);
                f.docs++;
                f.mentions += e.mentions();
                // The newest article names the entity; the first of the newest in index order.
                LocalDate day = a.published() == null ? LocalDate.ofEpochDay(0) : a.published();
                if (f.newest == null || day.isAfter(f.newest)) {
                    f.newest = day;
                    f.name = e.name();
                    f.type = e.type().name();
                }
                Set<String> names = new LinkedHashSet<>();
                names.add(e.name());
                names.addAll(e.aliases());
                names.forEach(n -> f.names.merge(n, 1L, Long::sum));
                if (a.published() != null) {
                    f.days.merge(a.published(), (long) e.mentions(), Long::sum);
                }
                if (a.publisher() != null) {
                    f.publishers.merge(a.publisher(), 1L, Long::sum);
                }
                ids.stream().filter(other -> !other.equals(e.id())).forEach(other -> f.coMentions.merge(other, 1L, Long::sum));
            }
        }
        assertTrue(facts.values().stream().noneMatch(f -> f.type.equals(EntityType.NORP.name())),
                "no peoples named by a demonym: the list is ordered by counts alone");
        return facts;
    }
}
