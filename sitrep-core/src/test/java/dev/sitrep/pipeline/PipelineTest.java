package dev.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.extract.StackedArticlesTest;
import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Flag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private final Pipeline textOnly = new Pipeline(PipelineOptions.builder().textOnly(true).build());

    private static RawDocument html(String body, Instant fetched) {
        String page = "<!doctype html><html lang=en><head><title>Allies meet</title></head><body><article>"
                + body + "</article></body></html>";
        return new RawDocument("crawl.warc.gz#0", page.getBytes(StandardCharsets.UTF_8), MediaKind.HTML, "UTF-8",
                "https://news.example.test/allies", fetched, null, null);
    }

    @Test
    void htmlDocumentBecomesOneArticleWithIdFromItsText() {
        List<Result> results = textOnly.analyze(html("<p>Ministers met in Brussels on Thursday.</p>", null));
        assertEquals(1, results.size());
        Article a = assertInstanceOf(Result.Analyzed.class, results.get(0)).article();
        assertTrue(a.text().contains("Ministers met in Brussels"));
        assertEquals(ArticleIds.of(a.text()), a.id());
        assertEquals("https://news.example.test/allies", a.url());
        assertEquals("crawl.warc.gz#0", a.source());
    }

    @Test
    void fetchDateIsTheFallbackPublicationDate() {
        Instant fetched = Instant.parse("2025-03-03T10:15:00Z");
        Article a = ((Result.Analyzed) textOnly.analyze(html("<p>Talks resumed in Riyadh today.</p>", fetched)).get(0)).article();
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
    }

    @Test
    void textOnlySkipsEntitiesAndQuotes() {
        Article a = ((Result.Analyzed) textOnly.analyze(html("<p>“We stand ready,” said Defence Minister Anna Berg.</p>", null)).get(0)).article();
        assertTrue(a.entities().isEmpty());
        assertTrue(a.quotes().isEmpty());
        assertEquals(List.of("clean", "metadata", "dates"), textOnly.stages().stream().map(Stage::name).toList());
    }

    @Test
    void aPageStackingTwoOpEdsBecomesTwoArticlesTheSecondFlagged() throws IOException {
        RawDocument page = new RawDocument("opinion.html",
                StackedArticlesTest.twoOpEds().getBytes(StandardCharsets.UTF_8), MediaKind.HTML, "UTF-8",
                "https://courier.example.test/opinion/ferries", null, null, null);
        List<Article> articles = textOnly.analyze(page).stream().map(r -> ((Result.Analyzed) r).article()).toList();
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        Article second = articles.get(1);
        assertEquals("Lindow must keep its ferries", first.title());
        assertEquals("Anna Berg", first.author());
        assertFalse(first.has(Flag.FROM_AGGREGATE_PAGE));
        assertEquals("The night trains deserve a winter timetable", second.title());
        assertEquals("Tomas Weller", second.author());
        assertEquals("opinion.html#2", second.source());
        assertNull(second.url());
        assertTrue(second.has(Flag.FROM_AGGREGATE_PAGE));
        assertTrue(second.text().startsWith("Every winter the night trains"), second.text());
        assertFalse(first.text().contains("night trains"), first.text());
    }

    @Test
    void readFailuresPassThroughAsFailedResults() {
        ReadFailure f = ReadFailure.at("bad.gz", 120, "corrupt or truncated gzip");
        Result r = textOnly.analyze(f).get(0);
        assertEquals("bad.gz: offset 120: corrupt or truncated gzip", assertInstanceOf(Result.Failed.class, r).failure().describe());
    }

    @Test
    void undecodableBytesBecomeAFailureNamingTheSource() {
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0};
        Result r = textOnly.analyze(RawDocument.ofFile("photo.txt", binary, MediaKind.TEXT)).get(0);
        ReadFailure f = assertInstanceOf(Result.Failed.class, r).failure();
        assertEquals("photo.txt", f.source());
        assertNotNull(f.message());
    }
}
