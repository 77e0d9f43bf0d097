package dev.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker offsets and the parts of a split quote survive JSON Lines. */
class QuoteJsonTest {

    @Test
    void roundTripKeepsSpeakerSpanAndParts() throws Exception {
        String text = "“The bridge will reopen in spring,” Piet Hollander said. “Nobody will pay a toll.”";
        List<Quote> qs = QuoteStageTest.quotes(text);
        Article a = Article.builder().id("x").text(text).quotes(qs).build();
        String line = ArticleJson.toLine(a);
        Article back = ArticleJson.fromLine(line);
        assertEquals(qs, back.quotes());
        assertEquals("Piet Hollander", text.substring(back.quotes().get(0).speakerStart(), back.quotes().get(0).speakerEnd()));
    }
}
