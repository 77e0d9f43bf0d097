package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The extractor on short synthetic pages, each reproducing one trap of real news pages. */
class HtmlExtractorTest {
    private static final String STORY = """
            <p>Defence ministers of the alliance met in Brussels on Tuesday, and agreed to raise the common budget
            for air defence by a fifth, the first rise in three years.</p>
            <p>"We cannot wait for the next winter," the secretary general told reporters after the meeting, adding
            that deliveries would start in the spring, as soon as the factories can manage it.</p>
            <p>Several members, among them the Baltic states, had pushed for a larger increase, but others, citing
            their own budgets, asked for more time before committing to any figure.</p>
            """;

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Extraction extract(String body) {
        return extractor.extract(Jsoup.parse("<html><head><title>Alliance raises air defence budget | Daily Post"
                + "</title></head><body>" + body + "</body></html>"));
    }

    private static List<String> paragraphs(Extraction x) {
        return List.of(x.text().split("\n\n"));
    }

    @Test
    void keepsTheStoryAndDropsNavigationCommentsAndRelatedLinks() {
        Extraction x = extract("""
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <div class="page"><article><h1>Alliance raises air defence budget</h1>
                <div class="byline">By Jane Roe, Staff Writer</div>
                <div class="article-body">%s</div>
                <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> Share this article</div>
                </article>
                <section class="related-stories"><h3>Related stories</h3><ul>
                <li><a href="/a">Ministers clash over spending plans ahead of summit in the capital</a></li>
                <li><a href="/b">Factories struggle to keep up with orders for shells and missiles</a></li></ul></section>
                <div id="comments"><p>Great article, thanks, I have been saying this for years and nobody listens.</p></div>
                </div>
                <footer>About us · Contact · Privacy</footer>
                """.formatted(STORY));
        assertEquals(3, paragraphs(x).size(), x.text());
        assertTrue(x.text().startsWith("Defence ministers of the alliance"), x.text());
        assertFalse(x.text().contains("Facebook"));
        assertFalse(x.text().contains("Jane Roe"));
        assertFalse(x.text().contains("Ministers clash"));
        assertFalse(x.text().contains("Great article"));
        assertFalse(x.text().contains("Privacy"));
        assertEquals(Extraction.Method.SEMANTIC, x.method());
    }

    @Test
    void dropsCookieBannerAndNewsletterBox() {
        Extraction x = extract("""
                <div class="cookie-consent"><p>We use cookies to improve your experience on this site, to show you
                personalised advertising and to analyse our traffic.</p><button>Accept all</button></div>
                <main>%s<div class="newsletter-signup"><p>Sign up for our morning briefing and get the news that
                matters straight to your inbox every day.</p></div></main>
                """.formatted(STORY));
        assertFalse(x.text().contains("cookies"), x.text());
        assertFalse(x.text().contains("briefing"), x.text());
        assertTrue(x.text().contains("Baltic states"));
    }

    @Test
    void keepsHeadingsListsQuotesAndTablesAsTheirOwnParagraphs() {
        Extraction x = extract("""
                <div class="entry-content">%s
                <h2>What was agreed</h2>
                <ul><li>A fifth more for air defence from next year</li><li>Joint purchases of interceptors</li></ul>
                <blockquote><p>This is the most important decision we have taken since the summit in spring.</p></blockquote>
                <table><tr><th>Country</th><th>Share</th></tr><tr><td>Poland</td><td>4.1%%</td></tr>
                <tr><td>Estonia</td><td>3.4%%</td></tr></table>
                <p>The next meeting is planned for June.</p></div>
                """.formatted(STORY));
        List<String> p = paragraphs(x);
        assertTrue(p.contains("What was agreed"), x.text());
        assertTrue(p.contains("A fifth more for air defence from next year"), x.text());
        assertTrue(p.contains("Joint purchases of interceptors"), x.text());
        assertTrue(p.contains("This is the most important decision we have taken since the summit in spring."));
        assertTrue(p.contains("Country | Share\nPoland | 4.1%\nEstonia | 3.4%"), x.text());
        assertEquals("The next meeting is planned for June.", p.getLast());
    }

    @Test
    void findsTheStoryByScoringWhenTheMarkupNamesNothing() {
        Extraction x = extract("""
                <div id="top"><a href="/">Daily Post</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
                <div class="x1"><div class="x2">%s</div></div>
                <div class="x3"><a href="/c">Ministers clash over spending plans</a><br>
                <a href="/d">Factories struggle to keep up with orders</a><br>
                <a href="/e">Opinion: a budget for the next decade</a></div>
                """.formatted(STORY));
        assertEquals(Extraction.Method.SCORED, x.method());
        assertEquals(3, paragraphs(x).size(), x.text());
        assertFalse(x.text().contains("Ministers clash"));
    }

    @Test
    void dropsWidgetLinesPhotoCreditsAndTheTitleHeading() {
        Extraction x = extract("""
                <div class="story-body"><h1>Alliance raises air defence budget</h1>
                <figure><img src="a.jpg"><figcaption>Ministers in Brussels. Photo: Reuters</figcaption></figure>
                %s<p>Advertisement</p><p>Read more: Why air defence is back on the agenda</p></div>
                """.formatted(STORY));
        assertEquals(3, paragraphs(x).size(), x.text());
        assertFalse(x.text().contains("Reuters"));
        assertFalse(x.text().contains("Alliance raises"));
    }

    @Test
    void fallsBackToJsonLdWhenTheMarkupHoldsOnlyATeaser() {
        String body = STORY.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
        Extraction x = extractor.extract(Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@context":"https://schema.org",
                "@type":"NewsArticle","articleBody":"%s"}</script></head>
                <body><div class="article-body"><p>Defence ministers of the alliance met in Brussels.</p>
                <p class="paywall">Subscribe to read the full story.</p></div></body></html>
                """.formatted(body.replace("\"", "\\\""))));
        assertEquals(Extraction.Method.JSON_LD, x.method());
        assertTrue(x.text().contains("Baltic states"));
    }

    @Test
    void readsBarePagesWithoutContainers() {
        Extraction x = extract("Ceasefire talks resume in Geneva on Monday.<br>Both delegations confirmed.");
        assertEquals("Ceasefire talks resume in Geneva on Monday.\nBoth delegations confirmed.", x.text());
    }

    @Test
    void neverThrowsOnEmptyOrBrokenPages() {
        assertEquals("", extractor.extract(Jsoup.parse("")).text());
        assertEquals(Extraction.Method.EMPTY, extractor.extract(Jsoup.parse("<html><body></body></html>")).method());
        extractor.extract(Jsoup.parse("<table><tr><td><div><p>unclosed <b>bold <table><td>nested"));
    }
}
