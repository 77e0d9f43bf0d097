package dev.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.EventActor;
import dev.sitrep.model.Flag;
import dev.sitrep.model.InferredDate;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.model.ReportedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    private static Article sample() {
        String text = "Defence minister Anna Berg said “we stand ready” on Monday.";
        return Article.builder().id("0123456789abcdef").source("crawl/a.html").url("https://example.test/a")
                .title("Ready, says Berg").publisher("Example Times").published(LocalDate.of(2025, 2, 13))
                .language("en").text(text).flag(Flag.BOILERPLATE_REMOVED).flag(Flag.MOJIBAKE_REPAIRED)
                .entities(List.of(new Entity("person:berg", "Anna Berg", EntityType.PERSON, List.of("Berg"), 1,
                        List.of(new Mention(17, 26, "Anna Berg")))))
                .quotes(List.of(new Quote("we stand ready", "Anna Berg", "person:berg", "said", QuoteKind.DIRECT, 33, 47)
                        .withStances(List.of(new Quote.IssueStance("defence-spending", "supports", List.of("ready"))))))
                .events(List.of(new ReportedEvent("SUPPORT", "051", List.of(new EventActor("Anna Berg", null, null,
                        null, null)), List.of(), "stand ready", 0, text.length())))
                .build();
    }

    @Test
    void writesExactlyTheContractFieldsInOrder() throws Exception {
        JsonNode o = ArticleJson.mapper().readTree(ArticleJson.toLine(sample()));
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("id", "source", "url", "title", "publisher", "author", "published", "publishedInferred",
                "language", "section", "text", "flags", "entities", "quotes", "events", "duplicateOf", "story"), names);
        assertTrue(o.get("author").isNull());
        assertEquals("2025-02-13", o.get("published").asText());
        assertTrue(o.get("publishedInferred").isNull(), "a date the page gave is not inferred");
        assertEquals("mojibake-repaired", o.get("flags").get(0).asText(), "flags in declaration order");
        assertEquals("direct", o.get("quotes").get(0).get("kind").asText());
        assertEquals("supports", o.get("quotes").get(0).get("stances").get(0).get("stance").asText());
        assertEquals("PERSON", o.get("entities").get(0).get("type").asText());
        JsonNode event = o.get("events").get(0);
        assertEquals("SUPPORT", event.get("type").asText());
        assertEquals("Anna Berg", event.get("source").get(0).get("text").asText());
        assertTrue(!event.get("source").get(0).has("actor"), "what the knowledge base does not know is left out");
    }

    @Test
    void readsLinesWrittenBeforeEventsExisted() throws Exception {
        JsonNode o = ArticleJson.mapper().readTree(ArticleJson.toLine(sample()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("events");
        assertEquals(List.of(), ArticleJson.fromJson(o).events());
    }

    @Test
    void roundTripsEveryField() throws Exception {
        Article a = sample();
        assertEquals(a, ArticleJson.fromLine(ArticleJson.toLine(a)));
    }

    @Test
    void roundTripsAnInferredDate() throws Exception {
        InferredDate how = new InferredDate("text: \"on March 3\"; tenure: Anna Berg, defence minister from 2024-06-01",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10));
        Article a = sample().toBuilder().published(LocalDate.of(2025, 3, 3), how).build();
        JsonNode o = ArticleJson.mapper().readTree(ArticleJson.toLine(a));
        assertEquals("2025-03-03", o.get("publishedInferred").get("earliest").asText());
        assertEquals("2025-03-10", o.get("publishedInferred").get("latest").asText());
        assertEquals(a, ArticleJson.fromLine(ArticleJson.toLine(a)));
        Article open = a.toBuilder().published(LocalDate.of(2025, 3, 3),
                new InferredDate("listing: above an item of 2025-03-03", LocalDate.of(2025, 3, 3), null)).build();
        assertEquals(open, ArticleJson.fromLine(ArticleJson.toLine(open)));
    }

    @Test
    void readsLinesWrittenBeforeInferredDates() throws Exception {
        String old = "{\"id\":\"x\",\"source\":\"a.txt\",\"published\":\"2025-02-13\",\"text\":\"Words.\"}";
        Article a = ArticleJson.fromLine(old);
        assertEquals(LocalDate.of(2025, 2, 13), a.published());
        assertNull(a.publishedInferred());
    }

    @Test
    void quoteOffsetsIndexTheText() {
        Article a = sample();
        Quote q = a.quotes().get(0);
        assertEquals(q.text(), a.text().substring(q.start(), q.end()));
    }
}
