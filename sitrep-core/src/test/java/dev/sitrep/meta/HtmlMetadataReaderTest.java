package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Synthetic pages, each reproducing one way real news pages state (or hide) their metadata. */
class HtmlMetadataReaderTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 1);
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private PageMetadata read(String html, String url) {
        return reader.read(Jsoup.parse(html, url == null ? "" : url), url, REFERENCE);
    }

    @Test
    void jsonLdGraphIsTrustedFirst() {
        String html = """
                <html lang="en-GB"><head><title>Allies meet in Brussels | The Daily Example</title>
                <meta property="og:title" content="Allies meet | The Daily Example">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Daily Example"},
                  {"@type":["NewsArticle"],"headline":"Allies meet in Brussels to talk air defence",
                   "datePublished":"2025-02-13T09:00:00+01:00","dateModified":"2025-02-20T10:00:00Z",
                   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
                   "publisher":{"@type":"Organization","name":"The Daily Example"},
                   "mainEntityOfPage":{"@id":"https://example.org/news/allies-meet"}}]}</script>
                </head><body><h1>The Daily Example</h1><p>Text.</p></body></html>""";
        PageMetadata m = read(html, "https://example.org/news/allies-meet?utm=x");
        assertEquals("Allies meet in Brussels to talk air defence", m.title());
        assertEquals("Jane Doe, John Roe", m.author());
        assertEquals("The Daily Example", m.publisher());
        assertEquals(LocalDate.of(2025, 2, 13), m.published());
        assertEquals("en-GB", m.language());
    }

    @Test
    void printedHeadlineBeatsTheSearchTitleButNotABlogName() {
        String seo = "<html><head><meta property=\"og:title\" content=\"Air defence talks 2025: what allies agreed\">"
                + "</head><body>%s<p>Text.</p></body></html>";
        assertEquals("What allies agreed on air defence",
                read(seo.formatted("<h1>What allies agreed on air defence</h1>"), null).title());
        assertEquals("Air defence talks 2025: what allies agreed",
                read(seo.formatted("<h1>Notes from the Field</h1>"), null).title());
    }

    @Test
    void openGraphAndMetaTagsWithSiteSuffixAndByline() {
        String html = """
                <html><head><title>x</title>
                <meta property="og:title" content="Defence ministers agree on a new fund - The Daily Example">
                <meta property="og:site_name" content="The Daily Example">
                <meta property="article:modified_time" content="2025-02-27T08:00:00Z">
                <meta property="article:published_time" content="2025-02-14T18:30:00+01:00">
                <meta name="author" content="By Jane Doe and John Roe">
                <meta property="og:locale" content="en_US">
                <link rel="canonical" href="/politics/fund">
                </head><body><p>Text.</p></body></html>""";
        PageMetadata m = read(html, "https://www.example.org/politics/fund?ref=home");
        assertEquals("Defence ministers agree on a new fund", m.title());
        assertEquals("Jane Doe, John Roe", m.author());
        assertEquals(LocalDate.of(2025, 2, 14), m.published(), "publication, not modification");
        assertEquals("https://www.example.org/politics/fund", m.url());
        assertEquals("en-US", m.language());
    }

    @Test
    void bareMarkupFallsBackToBylineElementsHostAndVisibleDate() {
        String html = """
                <html><head><title>Talks resume in Geneva | Example News</title></head><body>
                <div class="masthead">Example News</div>
                <h1>Talks resume in Geneva</h1>
                <div class="byline">By Maria Rossi</div>
                <span class="post-date">Posted 13th February 2025, 10:14</span>
                <p>Delegations met on Thursday. The next round was set for 14 March 2025.</p>
                </body></html>""";
        PageMetadata m = read(html, "https://www.example-news.co.uk/world/talks");
        assertEquals("Talks resume in Geneva", m.title());
        assertEquals("Maria Rossi", m.author());
        assertEquals("Example News", m.publisher());
        assertEquals(LocalDate.of(2025, 2, 13), m.published());
    }

    @Test
    void urlDayBeatsTextDatesAndFutureOrAncientDatesAreRejected() {
        String html = """
                <html><head><meta name="date" content="2031-01-01"></head><body>
                <p>Founded 12.05.1989. Updated 01/02/2025.</p></body></html>""";
        assertEquals(LocalDate.of(2025, 2, 13), read(html, "https://example.org/2025/02/13/story/").published());
        assertEquals(LocalDate.of(2025, 2, 1), read(html, "https://example.org/story").published(),
                "2031 is after the reference, 1989 before the web era; 01/02 reads day-first");
    }

    @Test
    void theDayInTheAddressThePageNamesAsItsOwnCounts() {
        String html = """
                <html><head><meta property="og:url" content="https://wire.example/world/ferry-line-opens-20250113">
                </head><body><p>Also read: talks resume on Tuesday, January 14, 2025.</p></body></html>""";
        assertEquals(LocalDate.of(2025, 1, 13), read(html, "https://partner.example/news/263700449/ferry-line").published());
    }

    @Test
    void aPhotoCaptionsDateIsNotThePublicationDay() {
        String html = """
                <html><body><div class="entry"><div><img src="/p/harbour.jpg" alt="ferry">FILE PHOTO: The new ferry
                leaves the harbour at Lindow, Norlandia, January 16, 2025. Ana Ruiz/Pool via REUTERS</div>
                <p>January 18, 2025</p><p>LINDOW (Reuters) - The ferry line will run twice a day from March.</p>
                <figure><img src="/p/pier.jpg"><figcaption>The pier on January 12, 2025.</figcaption></figure>
                </div></body></html>""";
        assertEquals(LocalDate.of(2025, 1, 18), read(html, "https://example.org/story").published());
    }

    @Test
    void brokenJsonLdAndEmptyPagesDoNotThrow() {
        PageMetadata m = read("<script type=application/ld+json>{\"@type\": \"NewsArticle\", oops</script>", null);
        assertNull(m.published());
        assertNull(m.author());
        PageMetadata empty = read("", null);
        assertNull(empty.title());
        assertNull(empty.publisher());
    }

    @Test
    void authorIsNeverTheSiteNameAUrlOrADate() {
        String html = """
                <html><head><meta property="og:site_name" content="Example Wire">
                <meta property="article:author" content="https://www.facebook.com/examplewire">
                </head><body><span class="author">Example Wire</span>
                <span class="byline">13.02.2025</span></body></html>""";
        assertNull(read(html, "https://examplewire.com/a").author());
    }

    @Test
    void knownHostsGetTheirMastheadName() {
        assertEquals("Politico", read("<p>x</p>", "https://www.politico.eu/article/x/").publisher());
    }
}
