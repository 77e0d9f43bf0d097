package dev.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.meta.MetadataStage;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.nlp.RuleRecognizer;
import dev.sitrep.pipeline.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements quoted in a title, in the headline forms, on short synthetic articles written for these tests. */
class TitleQuotesTest {
    private static final String BODY = "Defence Secretary Pete Hegseth spoke in Brussels on Tuesday. Mark Rutte met"
            + " ministers there. Volodymyr Zelensky visited the front near Kupiansk.";

    /** The quotes of an article with this title and text, after the real entity stage. */
    private static List<Quote> quotes(String title, String text) {
        Draft d = new Draft(Article.builder().title(title).text(text).build(), null, false);
        d = new EntityStage(new RuleRecognizer()).apply(d);
        return new QuoteStage().apply(d).article().quotes();
    }

    private static List<Quote> titleQuotes(String title) {
        return quotes(title, BODY).stream().filter(Quote::inTitle).toList();
    }

    private static Quote only(String title) {
        List<Quote> qs = titleQuotes(title);
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void nameAndColonSpeaksTheRest() {
        Quote q = only("Hegseth: Ukraine joining NATO \"unrealistic\"");
        assertEquals("Pete Hegseth", q.speaker());
        assertNotNull(q.speakerId());
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.text().startsWith("Ukraine joining NATO") && q.text().contains("unrealistic"), q.text());
        assertEquals(":", q.cue());
    }

    @Test
    void nameAndColonBeforeAQuotationIsDirect() {
        Quote q = only("Zelensky: 'We will not retreat'");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We will not retreat", q.text());
        assertEquals("Volodymyr Zelensky", q.speaker());
    }

    @Test
    void quotationThenInvertedCue() {
        Quote q = only("'We will not retreat,' says Zelensky");
        assertEquals("We will not retreat", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("says", q.cue());
        assertEquals("Volodymyr Zelensky", q.speaker());
    }

    @Test
    void speakerAndCueBeforeAQuotedFragment() {
        Quote q = only("Rutte says allies \"must spend more\"");
        assertTrue(q.text().contains("must spend more"), q.text());
        assertEquals("Mark Rutte", q.speaker());
    }

    @Test
    void aQuotedTermTheClauseGoesOnAfterIsPartOfTheStatement() {
        Quote q = only("Rutte says 'coalition of the willing' is ready to plan a force");
        assertEquals("'coalition of the willing' is ready to plan a force", q.text());
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("Mark Rutte", q.speaker());
    }

    @Test
    void theHeadlinesNarrationAfterAColonQuotationIsNotTheSpeakers() {
        Quote q = only("Rutte: 'we must spend more' as allies meet in The Hague");
        assertEquals("we must spend more", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
        Quote rest = only("Rutte: 'spending' must rise to five per cent");
        assertEquals(QuoteKind.MIXED, rest.kind(), "a clause going on from the quotation stays the statement");
    }

    @Test
    void aTitleStatementHasTheEmptySpanAndNoMention() {
        String text = "Allies met in Brussels. \"We will stay the course,\" Mark Rutte said on Tuesday.";
        List<Quote> qs = quotes("Rutte says allies \"must spend more\"", text);
        assertEquals(2, qs.size(), qs.toString());
        Quote title = qs.get(0);
        assertTrue(title.inTitle());
        assertEquals(0, title.start());
        assertEquals(0, title.end());
        assertFalse(title.hasSpeakerMention());
        Quote body = qs.get(1);
        assertFalse(body.inTitle());
        assertEquals(body.text(), text.substring(body.start(), body.end()));
    }

    @Test
    void scareQuotesAndUnattributedQuotationsInATitleReportNothing() {
        assertEquals(List.of(), titleQuotes("NATO's \"new era\" begins in The Hague"));
        assertEquals(List.of(), titleQuotes("\"We will not retreat\" as the front holds near Kupiansk"));
        assertEquals(List.of(), titleQuotes("Analysis: 'We will not retreat'"));
        assertEquals(List.of(), titleQuotes("Kupiansk: the \"new era\" of drones"));
        assertEquals(List.of(), titleQuotes("Rutte says allies must spend more"));
    }

    @Test
    void aTitleStatementTheTextAlreadyQuotesIsLeftToTheText() {
        String text = "\"We will not retreat,\" Volodymyr Zelensky said in Kupiansk on Monday.";
        List<Quote> qs = quotes("'We will not retreat,' says Zelensky", text);
        assertEquals(1, qs.size(), qs.toString());
        assertFalse(qs.get(0).inTitle());
    }

    @Test
    void aTextDumpsHeadlineBecomesTheTitleAndKeepsItsQuote() {
        String dump = "'We will not retreat,' says Zelensky\n\n" + BODY;
        Draft d = new MetadataStage().apply(new Draft(Article.builder().text(dump).build(), null, false));
        d = new EntityStage(new RuleRecognizer()).apply(d);
        Article a = new QuoteStage().apply(d).article();
        assertEquals("'We will not retreat,' says Zelensky", a.title());
        Quote q = a.quotes().get(0);
        assertTrue(q.inTitle());
        assertEquals("Volodymyr Zelensky", q.speaker());
    }

    @Test
    void titleStatementsSurviveJsonLines() throws Exception {
        List<Quote> qs = quotes("Zelensky: 'We will not retreat'", BODY);
        Article a = Article.builder().id("x").title("Zelensky: 'We will not retreat'").text(BODY).quotes(qs).build();
        Article back = ArticleJson.fromLine(ArticleJson.toLine(a));
        assertEquals(qs, back.quotes());
        assertTrue(back.quotes().get(0).inTitle());
    }
}
