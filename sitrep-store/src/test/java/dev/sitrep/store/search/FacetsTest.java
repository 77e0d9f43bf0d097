package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.model.Quote;
import dev.sitrep.query.Facets;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts by field over what a search or a statement listing matches, each value one the request's filter takes:
 * articles counted as published, statements once however many copies repeat them.
 */
class FacetsTest {
    @TempDir
    static Path dir;

    /** The copy fixtures, and a fifth article whose statement opposes an issue. */
    @BeforeAll
    static void ingest() throws IOException {
        List<Article> articles = new ArrayList<>(CopyFixtures.all());
        String text = "Ysolde Brann was blunt in Valdt: \"Marsk will never join the northern pact while I am in office,\" she said.";
        Article pact = CopyFixtures.article("Brann rules out the northern pact", "Valdt Courier", "2025-03-02", text,
                Flag.BOILERPLATE_REMOVED, "Marsk will never join the northern pact while I am in office");
        Quote q = pact.quotes().get(0).withStances(List.of(new Quote.IssueStance("marsk-pact", "opposes", List.of("never"))));
        articles.add(pact.toBuilder().quotes(List.of(q)).build());
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (Article a : articles) {
                store.add(a);
            }
        }
    }

    private static StoreSearch open() throws IOException {
        return LuceneStoreSearch.open(dir);
    }

    private static Map<String, Long> counts(Facets f, String field) {
        return f.of(field).stream().collect(Collectors.toMap(Facets.Count::value, Facets.Count::count,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void statementsCountOnceBySpeakerAndStanceAndPerReportByPublisher() throws IOException {
        try (StoreSearch store = open()) {
            QuoteRequest all = new QuoteRequest("Brann", null, null, null, 20);
            Facets f = store.facets(all);
            assertEquals(Facets.STATEMENT_FIELDS, List.copyOf(f.fields().keySet()));
            Facets.Count brann = f.of(Facets.SPEAKER).get(0);
            assertEquals(new Facets.Count(CopyFixtures.BRANN, "Ysolde Brann", 4), brann, "the id, its name, each statement once");
            assertEquals(store.quotes(all, 0).total(), brann.count(), "as many as the listing holds");
            assertEquals(Map.of("Northern Ledger", 2L, "Spinner Daily", 2L, "Harbour Times", 1L, "Translated Herald", 1L,
                    "Valdt Courier", 1L), counts(f, Facets.PUBLISHER), "each report at its publisher");
            assertEquals(List.of("Northern Ledger", "Spinner Daily", "Harbour Times", "Translated Herald", "Valdt Courier"),
                    List.copyOf(counts(f, Facets.PUBLISHER).keySet()), "most first, ties by value");
            assertEquals(Map.of("spun-text", 2L, "machine-translated", 1L, "boilerplate-removed", 1L), counts(f, Facets.FLAG));
            assertEquals(Map.of("en", 7L), counts(f, Facets.LANGUAGE));
            assertEquals(Map.of("marsk-pact:opposes", 1L), counts(f, Facets.STANCE), "issue and stance, as the filter takes it");
        }
    }

    @Test
    void eachCountIsAFilterThatFindsAsManyAsItSays() throws IOException {
        try (StoreSearch store = open()) {
            Facets f = store.facets(QuoteRequest.all(20));
            for (String field : List.of(Facets.PUBLISHER, Facets.FLAG, Facets.STANCE, Facets.SPEAKER)) {
                for (Facets.Count c : f.of(field)) {
                    QuoteRequest narrowed = narrowed(field, c.value());
                    assertEquals(c.count(), store.quotes(narrowed, 0).total(), field + " " + c.value());
                    assertEquals(c.count(), store.facets(narrowed).of(field).stream().filter(x -> x.value().equals(c.value()))
                            .findFirst().orElseThrow().count(), "the narrowed listing counts it the same: " + c.value());
                }
            }
            QuoteRequest opposes = narrowed(Facets.STANCE, "marsk-pact:opposes");
            assertTrue(store.quotes(opposes).get(0).quote().text().startsWith("Marsk will never join"));
            assertEquals(1, store.quotes(narrowed(Facets.STANCE, "marsk-pact"), 0).total(), "the issue alone");
            assertEquals(0, store.quotes(narrowed(Facets.STANCE, "marsk-pact:supports"), 0).total());
        }
    }

    private static QuoteRequest narrowed(String field, String value) {
        return switch (field) {
            case Facets.PUBLISHER -> new QuoteRequest(null, null, null, null, 20, value, null, null, null);
            case Facets.FLAG -> new QuoteRequest(null, null, null, null, 20, null, null, value, null);
            case Facets.STANCE -> new QuoteRequest(null, null, null, null, 20, null, null, null, value);
            case Facets.SPEAKER -> new QuoteRequest(value, null, null, null, 20);
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void articlesCountAsPublishedByPublisherFlagLanguageAndEntity() throws IOException {
        try (StoreSearch store = open()) {
            SearchRequest marsk = SearchRequest.of("Marsk");
            Facets f = store.facets(marsk);
            assertEquals(Facets.ARTICLE_FIELDS, List.copyOf(f.fields().keySet()));
            long total = store.search(marsk, 0, dev.sitrep.query.HitMarks.PLAIN).total();
            assertEquals(5, total);
            assertEquals(Map.of("en", 5L), counts(f, Facets.LANGUAGE));
            assertEquals(new Facets.Count(CopyFixtures.BRANN, "Ysolde Brann", 5), f.of(Facets.ENTITY).get(0));
            assertEquals(5L, counts(f, Facets.PUBLISHER).values().stream().mapToLong(Long::longValue).sum(), "copies count");

            SearchRequest spun = new SearchRequest("Marsk", null, null, null, null, 10, false, "EN", "spun-text");
            assertEquals("en", spun.language(), "a language code in any case");
            List<String> publishers = store.search(spun, dev.sitrep.query.HitMarks.PLAIN).stream()
                    .map(h -> h.article().publisher()).toList();
            assertEquals(List.of("Spinner Daily"), publishers);
            assertEquals(Map.of("Spinner Daily", 1L), counts(store.facets(spun), Facets.PUBLISHER));
            assertEquals(List.of(), store.facets(new SearchRequest("Marsk", null, null, null, null, 10, false, "de", null))
                    .of(Facets.PUBLISHER), "nothing in German");
        }
    }

    @Test
    void anUnknownFlagOrStanceIsRefusedNamingTheChoices() {
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
                () -> new QuoteRequest(null, null, null, null, 10, null, null, "spun", null));
        assertTrue(flag.getMessage().contains("spun-text"), flag.getMessage());
        IllegalArgumentException stance = assertThrows(IllegalArgumentException.class,
                () -> new QuoteRequest(null, null, null, null, 10, null, null, null, "marsk-pact:against"));
        assertTrue(stance.getMessage().contains("supports, opposes, neither"), stance.getMessage());
        assertEquals("marsk-pact:opposes", new QuoteRequest(null, null, null, null, 10, null, null, null, " marsk-pact:OPPOSES ").stance());
    }
}
