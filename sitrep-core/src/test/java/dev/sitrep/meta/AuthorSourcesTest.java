package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Synthetic pages, one per way a page states its writer, each with the trap that page type sets. */
class AuthorSourcesTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 1);
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private String author(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return reader.read(Jsoup.parse(html, "https://example.org/a"), "https://example.org/a", REFERENCE).author();
    }

    @Test
    void jsonLdAuthorGivenOnlyByIdIsLookedUpInTheGraph() {
        String ld = """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"Article","headline":"Harbour reopens","author":{"@id":"https://example.org/#/person/1"}},
                  {"@type":"Person","@id":"https://example.org/#/person/1","name":"Ines Varga"}]}</script>""";
        assertEquals("Ines Varga", author(ld, "<p>Text.</p>"));
    }

    @Test
    void everyAuthorMetaTagCounts() {
        String head = """
                <meta name="citation_author" content="Ines Varga">
                <meta name="citation_author" content="Tom Okafor">""";
        assertEquals("Ines Varga, Tom Okafor", author(head, "<p>Text.</p>"));
    }

    @Test
    void twitterCardWrittenByLabelNamesTheWriter() {
        String head = """
                <meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
                <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Ines Varga">""";
        assertEquals("Ines Varga", author(head, "<p>Text.</p>"));
    }

    @Test
    void siteNameAsDeclaredAuthorStandsOnlyWhenNoPersonIsNamed() {
        String site = "<meta property=\"og:site_name\" content=\"Harbour Gazette\">";
        String orgAuthor = site + "<meta name=\"author\" content=\"Harbour Gazette\">";
        assertEquals("Harbour Gazette", author(orgAuthor, "<p>Text.</p>"), "the publisher wrote it");
        assertEquals("Ines Varga", author(orgAuthor, "<h1>Harbour reopens</h1><p>Written by</p><p>Ines Varga</p>"),
                "a named person beats the site");
        assertNull(author(site, "<span class=\"author-box\">Harbour Gazette</span>"),
                "an undeclared site name in an author box is the masthead, not a writer");
    }

    @Test
    void labelledBylinesInVisibleText() {
        assertEquals("Ines Varga", author("", "<h1>Harbour reopens</h1><div><span>By </span><p><a href=\"/i\">Ines Varga</a></p></div>"));
        assertEquals("Ines Varga", author("", "<p class=\"meta\">Posted by <a href=\"/i\">Ines Varga</a> <time>today</time></p>"));
        assertEquals("Ines Varga, Tom Okafor", author("", "<p>Written by<!-- --> <a>Ines Varga and Tom Okafor</a></p>"));
        assertEquals("Ines Varga", author("", "<h3>Author</h3><p> Ines Varga</p>"));
        assertEquals("Ines Varga", author("", "<p>By: Ines Varga</p>"));
        assertEquals("Jana Muster", author("", "<p>Von Jana Muster</p>"));
        assertEquals("Ines Varga, Tom Okafor", author("", "<h6>Author(s)</h6><ul><li>Ines Varga</li><li>Tom Okafor</li></ul>"));
        assertEquals("Ines Varga", author("", "<article class=\"node--type-newsletter-item\"><div class=\"meta\">"
                + "<time>03/01/2025</time> by Ines Varga</div></article>"), "a date may precede the byline");
    }

    @Test
    void runningTextAndCommentThreadsAreNoBylines() {
        assertNull(author("", "<p>The port grew <em>fast</em> by <em>dredging</em> the channel.</p>"));
        assertNull(author("", "<p>By combining both routes, shippers save a day.</p>"));
        assertNull(author("", "<div class=\"comments\"><p>Posted by <a>Reader Ninety</a></p></div>"));
        assertNull(author("", "<footer><p>By Harbour Media Group</p></footer>"));
    }

    @Test
    void jobTitlesAreCutFromTheName() {
        assertEquals("Ines Varga", author("<meta name=\"author\" content=\"Ines Varga, Head of Marketing\">", ""));
        assertEquals("Ines Varga", author("<meta name=\"author\" content=\"Ines Varga Senior Reporter\">", ""));
        assertEquals("Tom Okafor", author("<meta name=\"author\" content=\"Editor Tom Okafor\">", ""));
        assertNull(author("<meta name=\"author\" content=\"Staff Writer\">", ""));
    }

    @Test
    void anAccountNameGivesWayToAPrintedByline() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"name\":\"InesV\"}}</script>";
        assertEquals("Ines Varga", author(ld, "<p>by <a href=\"/i\">Ines Varga</a></p>"));
        assertEquals("InesV", author(ld, "<p>Text.</p>"), "nobody else is named");
    }

    @Test
    void aSiteNameStandingAsAuthorIsKeptWhole() {
        String head = "<meta property=\"og:site_name\" content=\"Notes in the Margin\">"
                + "<meta name=\"author\" content=\"Notes in the Margin\">";
        assertEquals("Notes in the Margin", author(head, "<p>Text.</p>"));
        assertNull(author("<meta property=\"og:site_name\" content=\"Notes in the Margin\">",
                "<div class=\"author\">Notes in the Margin</div>"), "nor cut down to a name-like 'Notes in'");
    }
}
