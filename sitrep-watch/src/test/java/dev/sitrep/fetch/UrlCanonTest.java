package dev.sitrep.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlCanonTest {
    @Test
    void schemeAndWwwFoldIntoOneKey() {
        assertEquals("x.com/a", UrlCanon.key("http://www.x.com/a"));
        assertEquals(UrlCanon.key("http://www.x.com/a"), UrlCanon.key("https://x.com/a"));
        assertEquals("x.com/a", UrlCanon.key("HTTPS://WWW.X.COM:443/a#comments"));
        assertEquals("x.com:8080/a", UrlCanon.key("http://x.com:8080/a"));
        assertEquals("x.com/b/c", UrlCanon.key("http://x.com/a/../b/./c"));
    }

    @Test
    void trackingParametersAreDropped() {
        String shared = "https://x.com/story?utm_source=tw&utm_medium=social&id=3&fbclid=IwAR0&gclid=abc#top";
        assertEquals("x.com/story?id=3", UrlCanon.key(shared));
        assertEquals("x.com/story?id=3", UrlCanon.key("https://x.com/story?UTM_Campaign=spring&id=3&_ga=1.2"));
        assertEquals("x.com/story", UrlCanon.key("https://x.com/story?mc_cid=1&mc_eid=2&igshid=3&ocid=4&CMP=share"));
        assertEquals("x.com/story?page=2&ref=home", UrlCanon.key("https://x.com/story?ref=home&page=2&ref_src=twsrc"));
    }

    @Test
    void normalizeKeepsSchemeAndHost() {
        assertEquals("http://www.x.com/a?b=2", UrlCanon.normalize("http://www.X.com:80/a?b=2&utm_source=x#f"));
        assertEquals("https://x.com/a", UrlCanon.normalize("https://x.com/a?msclkid=9"));
    }

    @Test
    void unreadableOrNonHttpUrlsHaveNoKey() {
        assertNull(UrlCanon.key("ftp://x.com/a"));
        assertNull(UrlCanon.key("mailto:desk@x.com"));
        assertNull(UrlCanon.key("javascript:void(0)"));
        assertNull(UrlCanon.key("not a url"));
        assertNull(UrlCanon.key(null));
        assertNull(UrlCanon.normalize("file:///etc/passwd"));
    }

    @Test
    void ampShapesMapToTheArticle() {
        assertEquals("https://x.com/news/story", UrlCanon.ampTarget("https://x.com/news/story/amp"));
        assertEquals("https://x.com/news/story/", UrlCanon.ampTarget("https://x.com/news/story/amp/"));
        assertEquals("https://x.com/news/story", UrlCanon.ampTarget("https://x.com/amp/news/story"));
        assertEquals("https://x.com/story", UrlCanon.ampTarget("https://x.com/story?amp=1"));
        assertEquals("https://x.com/story", UrlCanon.ampTarget("https://x.com/story?amp"));
        assertEquals("https://x.com/story?id=2", UrlCanon.ampTarget("https://x.com/story?outputType=amp&id=2"));
        assertEquals("https://x.com/2024/story.html", UrlCanon.ampTarget("https://x.com/2024/story.amp.html"));
        assertEquals("https://x.com/story", UrlCanon.ampTarget("https://amp.x.com/story"));
        assertEquals("https://x.com/story", UrlCanon.ampTarget("https://www.google.com/amp/s/x.com/story"));
        assertEquals("https://x.com/story", UrlCanon.ampTarget("https://x-com.cdn.ampproject.org/c/s/x.com/story"));
        assertEquals("http://x.com/story", UrlCanon.ampTarget("https://x-com.cdn.ampproject.org/v/x.com/story"));
    }

    @Test
    void ampTargetsShareTheKeyOfTheArticle() {
        String amp = "https://amp.x.com/news/story/amp?utm_source=google";
        assertEquals(UrlCanon.key("http://www.x.com/news/story"), UrlCanon.key(UrlCanon.ampTarget(amp)));
    }

    @Test
    void nonAmpUrlsHaveNoTarget() {
        assertNull(UrlCanon.ampTarget("https://x.com/story"));
        assertNull(UrlCanon.ampTarget("https://x.com/ampersand/story"));
        assertNull(UrlCanon.ampTarget("https://x.com/story?amp=0"));
        assertNull(UrlCanon.ampTarget("https://example.com/campaign"));
        assertNull(UrlCanon.ampTarget("ftp://x.com/amp"));
    }
}
