package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.events.EventStage;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.positions.StanceStage;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.query.EventHit;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.EventRequest.ActorRole;
import dev.sitrep.query.EventRequest.Order;
import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events over the store (and statements' stances kept as judged): one event however many outlets report it within two days, found by the actor's name, its
 * capital or the state it acts for, counted by type, actor, publisher and day.
 */
class EventsTest {
    @TempDir
    static Path dir;

    private static Article article(String id, String publisher, String day, String text) {
        LocalDate d = LocalDate.parse(day);
        return Article.builder().id(id).source(id + ".html").url("https://news.example/" + id).title("Report " + id)
                .publisher(publisher).published(d).language("en").text(text)
                .events(new EventStage(KnowledgeBase.shipped()).events(text, d)).build();
    }

    @BeforeAll
    static void ingest() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(article("a000000000000001", "Wire", "2025-03-03",
                    "Russia threatened Ukraine with new strikes on Monday. The talks went on."));
            store.add(article("a000000000000002", "Courier", "2025-03-04",
                    "Moscow threatened Kyiv with fresh strikes, officials said."));
            store.add(article("a000000000000003", "Wire", "2025-03-20", "Russia threatened Ukraine again."));
            store.add(article("a000000000000004", "Courier", "2025-03-05",
                    "Pete Hegseth rejected calls for US troops in Ukraine."));
            store.add(article("a000000000000005", "Ledger", "2025-03-06",
                    "The European Union imposed sanctions on Russia over the strikes."));
            String said = "\u201cUkraine's accession to NATO is not a viable outcome,\u201d the envoy said.";
            Quote q = new Quote("Ukraine's accession to NATO is not a viable outcome,", "Orla Quenby", "fx:quenby", "said",
                    QuoteKind.DIRECT, 1, said.indexOf('\u201d'));
            store.add(article("a000000000000006", "Ledger", "2025-03-07", said).toBuilder()
                    .quotes(List.of(q.withStances(new StanceStage().stances(q.text())))).build());
        }
    }

    private static EventPage events(EventRequest r) throws IOException {
        try (StoreSearch store = LuceneStoreSearch.open(dir)) {
            return store.events(r, 0);
        }
    }

    @Test
    void oneEventHoweverManyOutletsReportItWithinTwoDays() throws IOException {
        EventPage p = events(new EventRequest("Russia", ActorRole.SOURCE, "threaten", null, null, null, null,
                Order.NEWEST, 10));
        assertEquals(2, p.page().total(), p.items().toString());
        EventHit later = p.items().get(0);
        assertEquals(LocalDate.parse("2025-03-20"), later.first(), "newest first");
        EventHit first = p.items().get(1);
        assertEquals(2, first.reportCount());
        assertEquals(2, first.publishers());
        assertEquals(LocalDate.parse("2025-03-03"), first.first());
        assertEquals(LocalDate.parse("2025-03-04"), first.last());
        assertEquals(List.of("Wire", "Courier"), first.reports().stream().map(r -> r.publisher()).toList(),
                "the earliest report first: it is the evidence");
        assertEquals("Russia threatened Ukraine with new strikes on Monday.", first.reports().get(0).sentence());
        assertEquals("Russia", first.sources().get(0).actor());
        assertEquals("Ukraine", first.targets().get(0).actor());
        assertEquals("https://news.example/a000000000000001", first.reports().get(0).url());

        EventPage byReports = events(new EventRequest("Russia", ActorRole.SOURCE, "THREATEN", null, null, null, null,
                Order.REPORTS, 10));
        assertEquals(LocalDate.parse("2025-03-03"), byReports.items().get(0).first(), "most reported first");
    }

    @Test
    void anActorIsFoundByTheStateItActsForAndByRole() throws IOException {
        EventPage us = events(new EventRequest("United States", ActorRole.SOURCE, null, null, null, null, null,
                null, 10));
        assertEquals(1, us.page().total(), us.items().toString());
        assertEquals("Pete Hegseth", us.items().get(0).sources().get(0).actor());
        assertEquals("US Secretary of Defense", us.items().get(0).sources().get(0).role());
        assertEquals(1, events(new EventRequest("kb:pete-hegseth", null, null, null, null, null, null, null, 10))
                .page().total(), "by entity id");

        EventPage russiaTarget = events(new EventRequest("russia", ActorRole.TARGET, null, null, null, null, null,
                null, 10));
        assertEquals(List.of("SANCTION"), russiaTarget.items().stream().map(EventHit::type).toList());
        assertEquals(3, events(new EventRequest("Russia", ActorRole.ANY, null, null, null, null, null, null, 10))
                .page().total(), "two threats and the sanctions");
    }

    @Test
    void countsCoverEveryMatchingEventNotJustThePage() throws IOException {
        EventPage p = events(new EventRequest(null, null, null, null, null, null, null, null, 1));
        assertEquals(4, p.page().total());
        assertEquals(1, p.items().size());
        assertEquals(Map.of("THREATEN", 2L, "REJECT", 1L, "SANCTION", 1L), p.types());
        assertEquals(3L, p.actors().get("Russia"));
        assertEquals(2L, p.publishers().get("Courier"), "the shared threat and the refusal");
        assertEquals(Map.of("THREATEN", 1L), p.days().get(LocalDate.parse("2025-03-03")));
        assertTrue(!p.days().containsKey(LocalDate.parse("2025-03-04")), "an event counts on its first day");
    }

    @Test
    void unnamedActorsOfTwoArticlesAreNotKnownToBeTheSame(@TempDir Path own) throws IOException {
        try (ArticleStore store = ArticleStore.open(own)) {
            store.add(article("a000000000000007", "Wire", "2025-04-01",
                    "Rebels attacked Freedonia on Tuesday. The border crossing at Tavely stayed shut all week."));
            store.add(article("a000000000000008", "Courier", "2025-04-01",
                    "Rebels attacked Freedonia again. Grain prices in the harbour rose for a third day."));
            store.add(article("a000000000000009", "Wire", "2025-04-02",
                    "Ruritania attacked Freedonia at dawn. Schools in the capital closed early."));
            store.add(article("a000000000000010", "Courier", "2025-04-02",
                    "Ruritania attacked Freedonia, officials said. The ferry service was suspended."));
        }
        EventPage p;
        try (StoreSearch store = LuceneStoreSearch.open(own)) {
            p = store.events(new EventRequest("freedonia", ActorRole.TARGET, "ASSAULT", null, null, null, null, null,
                    10), 0);
        }
        assertEquals(3, p.page().total(), p.items().toString());
        EventHit named = p.items().stream().filter(e -> e.sources().get(0).text().equals("Ruritania")).findFirst()
                .orElseThrow();
        assertEquals(2, named.reportCount(), "a name the knowledge base lacks is still a name");
        assertTrue(p.items().stream().filter(e -> e.sources().get(0).text().equals("Rebels"))
                .allMatch(e -> e.reportCount() == 1), "rebels here and rebels there are two events");
    }

    @Test
    void aStatementKeepsTheStancesJudgedWhenItWasAnalysed() throws IOException {
        try (StoreSearch store = LuceneStoreSearch.open(dir)) {
            QuoteHit hit = store.quotes(new QuoteRequest("Quenby", null, null, null, 5)).get(0);
            assertEquals(List.of("ukraine-nato"), hit.quote().stances().stream().map(Quote.IssueStance::issue).toList());
            assertEquals("opposes", hit.quote().stances().get(0).stance());
            assertTrue(!hit.quote().stances().get(0).evidence().isEmpty());
        }
    }

    @Test
    void theArrayCountingAnswersAsTheRowsDo() throws IOException {
        List<EventRequest> requests = List.of(EventRequest.all(10), EventRequest.all(1),
                new EventRequest("Russia", null, null, null, null, null, null, Order.REPORTS, 10),
                new EventRequest(null, ActorRole.TARGET, null, null, "courier", LocalDate.parse("2025-03-04"), null,
                        null, 10),
                new EventRequest("kb:pete-hegseth", ActorRole.SOURCE, "REJECT", null, null, null, null, null, 10));
        try (LuceneStoreSearch store = LuceneStoreSearch.open(dir)) {
            for (EventRequest r : requests) {
                for (int offset : new int[] {0, 1}) {
                    EventPage fast = store.events(r, offset);
                    EventPage rows = store.read(s -> EventSearch.byRows(s, r, offset));
                    assertEquals(rows, fast, r + " at " + offset);
                }
            }
        }
    }

    @Test
    void filtersByDaysPublisherAndWords() throws IOException {
        assertEquals(1, events(new EventRequest(null, null, null, null, null, LocalDate.parse("2025-03-10"), null,
                null, 10)).page().total());
        assertEquals(2, events(new EventRequest(null, null, null, null, "courier", null, null, null, 10))
                .page().total());
        EventPage words = events(new EventRequest(null, null, null, "sanctions", null, null, null, null, 10));
        assertEquals(List.of("SANCTION"), words.items().stream().map(EventHit::type).toList());
        assertThrows(QuerySyntaxException.class,
                () -> events(new EventRequest(null, null, null, "(unbalanced", null, null, null, null, 10)));
        assertThrows(IllegalArgumentException.class,
                () -> new EventRequest(null, null, "PARADE", null, null, null, null, null, 10));
    }
}
