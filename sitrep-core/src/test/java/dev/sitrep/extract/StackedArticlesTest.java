package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Pages that stack two op-eds, and pages that only look as if they did; synthetic pages written for these tests. */
public class StackedArticlesTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    static String page(String layout) {
        return "<html><head><title>Lindow must keep its ferries | Coast Courier</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/opinion'>Opinion</a></nav>" + layout + "</body></html>";
    }

    /** The page of {@code two-op-eds.html}: two op-eds in articles of their own under one main. */
    public static String twoOpEds() throws IOException {
        try (InputStream in = StackedArticlesTest.class.getResourceAsStream("two-op-eds.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The body of op-ed {@code n} (0 or 1) of {@code two-op-eds.html}, as markup. */
    private static String body(int n) throws IOException {
        return Jsoup.parse(twoOpEds()).select(".article-body").get(n).html();
    }

    @Test
    void twoOpEdsOnOnePageComeOutAsTwoArticles() throws IOException {
        Extraction x = extractor.extract(Jsoup.parse(twoOpEds()));
        assertTrue(x.text().startsWith("The harbour of Lindow"), x.text());
        assertFalse(x.text().contains("night trains"), x.text());
        assertFalse(x.text().contains("More opinion"), x.text());
        assertEquals(1, x.following().size());
        Extraction.Stacked second = x.following().get(0);
        assertEquals("The night trains deserve a winter timetable", second.title());
        assertEquals("Tomas Weller", second.author());
        assertTrue(second.text().startsWith("Every winter the night trains"), second.text());
        assertTrue(second.text().endsWith("surprised by it every year."), second.text());
    }

    @Test
    void aFlatPageWithTwoHeadlinesAndBylinesIsSplitToo() throws IOException {
        Extraction x = extractor.extract(Jsoup.parse(page("""
                <div id="content"><h1>Lindow must keep its ferries</h1><div class="meta">By Anna Berg</div>%s
                <h2>The night trains deserve a winter timetable</h2><div class="meta">By Tomas Weller</div>%s</div>
                """.formatted(body(0), body(1)))));
        assertFalse(x.text().contains("night trains"), x.text());
        assertEquals(List.of("Tomas Weller"), x.following().stream().map(Extraction.Stacked::author).toList());
    }

    @Test
    void teasersOfOtherOpEdsAreNotArticles() throws IOException {
        Extraction x = extractor.extract(Jsoup.parse(page("""
                <article><h1>Lindow must keep its ferries</h1><p class="byline">By Anna Berg</p>
                <div class="article-body">%s</div>
                <h2>More opinion</h2>
                <h3>The night trains deserve a winter timetable</h3><p class="byline">By Tomas Weller</p>
                <p>Every winter the night trains to the coast are cancelled for three months.</p>
                </article>""".formatted(body(0)))));
        assertTrue(x.following().isEmpty(), x.following().toString());
    }

    @Test
    void subheadingsWithoutBylinesDoNotSplitAnArticle() throws IOException {
        Extraction x = extractor.extract(Jsoup.parse(page("""
                <article><h1>Lindow must keep its ferries</h1><p class="byline">By Anna Berg</p>
                <div class="article-body">%s<h2>What the railway should do next winter</h2>%s</div>
                </article>""".formatted(body(0), body(1)))));
        assertTrue(x.following().isEmpty(), x.following().toString());
        assertTrue(x.text().contains("night trains") && x.text().contains("harbour of Lindow"), x.text());
    }
}
