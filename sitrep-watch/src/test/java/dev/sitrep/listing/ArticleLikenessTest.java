package dev.sitrep.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ArticleLikenessTest {
    private static void is(ArticleLikeness.Kind kind, String path) {
        assertEquals(kind, ArticleLikeness.kind(URI.create("https://news.example" + path)), path);
    }

    @Test
    void articles() {
        is(ArticleLikeness.Kind.ARTICLE, "/2025/02/12/nato-summit");
        is(ArticleLikeness.Kind.ARTICLE, "/world/2025/02/12/kyiv");
        is(ArticleLikeness.Kind.ARTICLE, "/2025-02-12/brussels-talks");
        is(ArticleLikeness.Kind.ARTICLE, "/2025/02/us-europe-trade-row");
        is(ArticleLikeness.Kind.ARTICLE, "/europe/allies-pledge-air-defence-for-ukraine");
        is(ArticleLikeness.Kind.ARTICLE, "/europe/allies-pledge-air-defence-for-ukraine/");
        is(ArticleLikeness.Kind.ARTICLE, "/news/world-europe-68123456");
        is(ArticleLikeness.Kind.ARTICLE, "/a/12345");
        is(ArticleLikeness.Kind.ARTICLE, "/world/eu-summit.html");
    }

    @Test
    void listingsAreSectionsNotArticles() {
        is(ArticleLikeness.Kind.SECTION, "/world");
        is(ArticleLikeness.Kind.SECTION, "/world/europe/");
        is(ArticleLikeness.Kind.SECTION, "/tag/nato-summit-in-brussels-2025");
        is(ArticleLikeness.Kind.SECTION, "/topics/russia-ukraine-war");
        is(ArticleLikeness.Kind.SECTION, "/category/defence");
        is(ArticleLikeness.Kind.SECTION, "/section/world");
        is(ArticleLikeness.Kind.SECTION, "/world/page/2");
        is(ArticleLikeness.Kind.SECTION, "/video/nato-exercise-footage-from-the-baltic");
        is(ArticleLikeness.Kind.SECTION, "/live");
        is(ArticleLikeness.Kind.SECTION, "/2025/02/12/");
        is(ArticleLikeness.Kind.SECTION, "/world/index.html");
    }

    @Test
    void neither() {
        is(ArticleLikeness.Kind.HOME, "/");
        is(ArticleLikeness.Kind.HOME, "");
        is(ArticleLikeness.Kind.HOME, "/index.html");
        is(ArticleLikeness.Kind.OTHER, "/author/jane-doe-defence-correspondent");
        is(ArticleLikeness.Kind.OTHER, "/search");
        is(ArticleLikeness.Kind.OTHER, "/privacy-policy");
        is(ArticleLikeness.Kind.OTHER, "/images/2025/02/12/nato-summit.jpg");
        is(ArticleLikeness.Kind.OTHER, "/a/b/c");
    }
}
