package dev.sitrep.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontPageTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>News Example</title></head>
            <body>
            <header class="site-header"><a href="/">News Example</a>
              <nav><a href="/world">World</a> <a href="/europe/">Europe</a> <a href="/tag/nato">NATO</a>
                <a href="/2025/02/12/menu-pick-of-the-day">Pick</a></nav></header>
            <main>
              <article><h2><a href="/2025/02/12/nato-ministers-agree-air-defence-plan">NATO ministers agree</a></h2>
                <a href="/2025/02/12/nato-ministers-agree-air-defence-plan#comments">12 comments</a>
                <a href="/tag/air-defence">Air defence</a> <a href="/author/jane-doe">Jane Doe</a></article>
              <article><a href="https://www.news.example/europe/poland-and-baltics-plan-joint-drill">Drill</a></article>
              <article><a href="//news.example/world/us-envoy-in-kyiv-55512345">Envoy</a></article>
              <a href="https://other.example/2025/02/12/someone-elses-story-here">Elsewhere</a>
              <a href="mailto:desk@news.example">Mail</a> <a href="javascript:void(0)">JS</a>
              <a href="/topics/ukraine-war?page=2">More on the war</a>
              <a href="/2025/02/12/nato-ministers-agree-air-defence-plan">Again</a>
            </main>
            <footer><a href="/about">About</a> <a href="/2025/01/30/footer-featured-story-link">Featured</a>
              <a href="/privacy-policy">Privacy</a></footer>
            </body></html>
            """;

    @Test
    void articlesAndSectionsInPageOrder() {
        PageLinks links = FrontPage.parse(URI.create("https://news.example/"), PAGE.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8");
        assertEquals(List.of("https://news.example/2025/02/12/nato-ministers-agree-air-defence-plan",
                "https://www.news.example/europe/poland-and-baltics-plan-joint-drill",
                "https://news.example/world/us-envoy-in-kyiv-55512345"), links.articles());
        assertEquals(List.of("https://news.example/world", "https://news.example/europe/", "https://news.example/tag/nato",
                "https://news.example/tag/air-defence", "https://news.example/topics/ukraine-war?page=2"),
                links.sections());
        assertTrue(links.problem().isEmpty(), links.problem().toString());
    }

    @Test
    void baseElementAndUnknownCharset() {
        String html = "<html><head><base href=\"https://news.example/europe/\"></head><body>"
                + "<a href=\"eu-leaders-back-new-sanctions-package\">EU</a></body></html>";
        PageLinks links = FrontPage.parse(URI.create("https://news.example/"), html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=x-bogus");
        assertEquals(List.of("https://news.example/europe/eu-leaders-back-new-sanctions-package"), links.articles());
        assertEquals("unknown charset 'x-bogus'; detected from the page instead", links.problem().orElseThrow());
    }

    @Test
    void sameSiteIsTheRegistrableDomain() {
        assertEquals("news.example", FrontPage.site("www.news.example"));
        assertEquals("news.example", FrontPage.site("news.example"));
        assertEquals("bbc.co.uk", FrontPage.site("www.bbc.co.uk"));
        assertEquals("127.0.0.1", FrontPage.site("127.0.0.1"));
    }

    @Test
    void emptyPage() {
        assertEquals("empty body", FrontPage.parse(URI.create("https://news.example/"), new byte[0], null)
                .problem().orElseThrow());
        PageLinks garbage = FrontPage.parse(URI.create("https://news.example/"), new byte[] {0, 1, (byte) 0xFE}, null);
        assertTrue(garbage.articles().isEmpty());
    }
}
