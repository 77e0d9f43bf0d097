package dev.sitrep.meta.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parts of the metadata cascade: URL days, title suffixes, author lists, publisher names. */
class HtmlPartsTest {

    @Test
    void urlDays() {
        LocalDate d = LocalDate.of(2025, 2, 13);
        assertEquals(d, UrlDates.day("https://example.org/2025/02/13/allies-meet/"));
        assertEquals(d, UrlDates.day("https://example.org/news/2025-02-13-allies-meet"));
        assertEquals(d, UrlDates.day("https://example.org/news/20250213/allies"));
        assertEquals(d, UrlDates.day("https://example.org/view?date=2025-02-13"));
        assertNull(UrlDates.day("https://example.org/2025/02/allies"), "no day, no date");
        assertNull(UrlDates.day("https://example.org/article/20251399"));
    }

    @Test
    void utcTimestampsCountOnThePublishersDay() {
        java.time.ZoneId ottawa = PublisherZone.of("https://news.example.ca/story/1");
        assertEquals(java.time.ZoneId.of("America/Toronto"), ottawa);
        assertNull(PublisherZone.of("https://example.com/a"), "a generic host: zone unknown");
        assertNull(PublisherZone.of("https://example.io/a"), ".io is used as a generic name");
        assertNull(PublisherZone.of(null));
        // 00:23 UTC is 20:23 the evening before in Ottawa
        assertEquals(LocalDate.of(2025, 8, 24), UtcTimestamps.localDay("2025-08-25T00:23:33.312Z", ottawa));
        assertEquals(LocalDate.of(2025, 12, 6), UtcTimestamps.localDay("2025-12-05T23:15:0Z",
                PublisherZone.of("https://www.example.it/news/1")));
        assertNull(UtcTimestamps.localDay("2025-08-25T00:23:33+03:00", ottawa), "local offsets stay as written");
        assertNull(UtcTimestamps.localDay("2025-08-25T00:23:33", ottawa), "no offset, no conversion");
        assertNull(UtcTimestamps.localDay("2025-08-25T00:23:33Z", null));
        assertNull(UtcTimestamps.localDay("2025-08-25T00:00:00+00:00", ottawa), "a bare day as a timestamp");
    }

    @Test
    void titleSuffixesAndPrefixes() {
        assertEquals("Allies meet in Brussels", Titles.clean("Allies meet in Brussels | The Daily Example", "The Daily Example"));
        assertEquals("Allies meet in Brussels", Titles.clean("Daily Example - Allies meet in Brussels", "Daily Example"));
        assertEquals("Allies meet in Brussels", Titles.clean("Allies meet in Brussels – World – Example Times", null));
        assertEquals("Kyiv - Warsaw: the new corridor", Titles.clean("Kyiv - Warsaw: the new corridor", null),
                "no short site-like tail to cut");
    }

    @Test
    void authorLists() {
        assertEquals(List.of("Jane Doe", "John Roe", "Ana Sá"),
                Authors.clean(List.of("By Jane Doe, John Roe and Ana Sá"), null));
        assertEquals(List.of(), Authors.clean(List.of("https://twitter.com/x", "@jdoe", "Example Wire", "12.02.2025"),
                "Example Wire"));
        assertEquals(List.of("Fabio Di Marco"), Authors.clean(List.of("Fabio Di Marco"), null));
        assertEquals(List.of("Jane Doe"), Authors.clean(List.of("Dec. 19, 2025 · Jane Doe on behalf of the Docs group"), null));
        assertEquals(List.of("Jane Doe"), Authors.clean(List.of("Posted on 13 Feb 2025 by Jane Doe"), null));
        assertEquals(List.of("Ludwig van Beethoven"), Authors.clean(List.of("Text by Ludwig van Beethoven"), null));
    }

    @Test
    void publisherNames() {
        assertEquals("Politico", PublisherNames.forUrl("https://www.politico.eu/article/x"));
        assertEquals("The Guardian", PublisherNames.forUrl("https://amp.theguardian.com/world/x"));
        assertEquals("Example", PublisherNames.forUrl("https://news.example.com.au/x"));
        assertNull(PublisherNames.forUrl("not a url"));
        assertNull(PublisherNames.forUrl("http://127.0.0.1:8765/2026/12/05/a.html"), "an address names no publisher");
        assertNull(PublisherNames.forUrl("http://localhost/a"));
        assertNull(PublisherNames.forUrl("http://[::1]/a"));
    }
}
