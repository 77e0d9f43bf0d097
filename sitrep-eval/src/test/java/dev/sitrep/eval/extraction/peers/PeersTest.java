package dev.sitrep.eval.extraction.peers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitrep.eval.extraction.PageExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each peer really runs on a small synthetic page and returns its article as text (quality is the harness's job). */
class PeersTest {
    private static final String PAGE = """
            <!doctype html><html><head><title>Ministers meet</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Ministers meet in Brussels</h1>
            <p>Defence ministers from the alliance met in Brussels on Thursday to discuss support for Ukraine,
            with several governments promising new air defence systems before the end of the year.</p>
            <p>The meeting ran for six hours. Officials said a statement would follow on Friday, after the chair
            had spoken to the capitals that could not send a minister in person.</p>
            <p>Talks continue next week in Warsaw, where a smaller group will look at ammunition production and
            at how to pay for it over the next three years.</p></article>
            <footer>Copyright Example Media. All rights reserved.</footer></body></html>
            """;

    private static void assertArticle(PageExtractor peer) throws Exception {
        String text = peer.extract(PAGE, "https://news.example.test/ministers");
        assertTrue(text.contains("ammunition production"), peer.name() + " lost the article: " + text);
        assertFalse(text.contains("<p>"), peer.name() + " returned markup instead of text");
    }

    @Test
    void boilerpipeExtractsTheArticle() throws Exception {
        assertArticle(new BoilerpipeExtractor());
    }

    @Test
    void readability4jExtractsTheArticle() throws Exception {
        assertArticle(new Readability4jExtractor());
    }

    @Test
    void readabilityJsExtractsTheArticleWhenInstalled() throws Exception {
        StringWriter warnings = new StringWriter();
        List<PageExtractor> peers = Peers.available(new PrintWriter(warnings, true));
        try {
            PageExtractor js = peers.stream().filter(p -> p.name().equals("readability.js")).findFirst().orElse(null);
            assumeTrue(js != null, "Mozilla Readability not installed here: " + warnings);
            assertArticle(js);
            assertArticle(js);
        } finally {
            Peers.close(peers);
        }
    }
}
