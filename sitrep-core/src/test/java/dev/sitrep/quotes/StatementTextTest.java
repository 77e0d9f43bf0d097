package dev.sitrep.quotes;

import static dev.sitrep.quotes.QuoteStageTest.containing;
import static dev.sitrep.quotes.QuoteStageTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a statement's text is put together from its parts: sentence ends kept, quotation marks balanced. */
class StatementTextTest {

    /** Opening and closing double marks in {@code s}, which must pair up. */
    private static void assertBalanced(String s) {
        assertEquals(s.chars().filter(c -> c == '“').count(), s.chars().filter(c -> c == '”').count(), s);
    }

    /** Every part is article text, and the statement's span runs from its first part to its last. */
    private static void assertHonest(String text, Quote q) {
        for (Quote.Part p : q.parts()) {
            assertTrue(q.text().contains(text.substring(p.start(), p.end())), q.text());
        }
        assertEquals(q.parts().get(0).start(), q.start());
        assertEquals(q.parts().get(q.parts().size() - 1).end(), q.end());
    }

    /** The statement holding {@code words} reads {@code expected}, its parts taken from the text. */
    private static void assertJoined(String text, String words, String expected) {
        Quote q = containing(quotes(text), words);
        assertEquals(expected, q.text());
        assertHonest(text, q);
    }

    @Test
    void aQuotationAfterTheSentenceOfItsCueKeepsTheFullStopBetween() {
        assertJoined("“We will keep the port open,” Kowalczyk said on Tuesday. “The ferries will run all winter.”",
                "port open", "We will keep the port open. The ferries will run all winter.");
    }

    @Test
    void aSentenceInterruptedByItsCueStaysOneSentence() {
        assertJoined("“We will keep the port open,” Kowalczyk said, “and the ferries will run all winter.”",
                "port open", "We will keep the port open and the ferries will run all winter.");
    }

    @Test
    void aStatementEndingInAQuestionGetsNoSecondStop() {
        assertJoined("“Who will pay for the ferry?” Kowalczyk asked on Tuesday. “Not the families of Lindow.”",
                "ferry?", "Who will pay for the ferry? Not the families of Lindow.");
    }

    @Test
    void followOnQuotationsInANewParagraphKeepTheirSentences() {
        assertJoined("“We will keep the port open,” Kowalczyk said.\n\n“The ferries will run all winter,” she added."
                + " “Nobody will be stranded.”", "ferries", "The ferries will run all winter. Nobody will be stranded.");
    }

    @Test
    void anUnclosedQuotationInAMixedStatementLeavesItsMarkOut() {
        String text = "Kowalczyk said the plan was “a disaster for the town and a waste of money.\n\n"
                + "The council met on Monday to discuss it.";
        Quote q = containing(quotes(text), "disaster");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("the plan was a disaster for the town and a waste of money.", q.text());
        assertEquals(text.indexOf("the plan"), q.start());
        assertBalanced(q.text());
        assertHonest(text, q);
    }

    @Test
    void aStrayClosingMarkInAnIndirectStatementIsLeftOut() {
        String text = "Kowalczyk said that the toll was unfair” and that it would be dropped by spring.";
        Quote q = containing(quotes(text), "toll");
        assertBalanced(q.text());
        assertTrue(q.text().startsWith("the toll was unfair and"), q.text());
        assertHonest(text, q);
    }

    @Test
    void aWholeQuotationInAMixedStatementKeepsBothMarks() {
        String text = "The mayor said the new toll was “unfair to families” and would be dropped.";
        Quote q = containing(quotes(text), "toll");
        assertEquals("the new toll was “unfair to families” and would be dropped", q.text());
        assertEquals(1, q.parts().size());
    }

    @Test
    void aSpanCuttingAQuotationInItsParagraphGrowsToTheClosingMark() {
        String text = "Kowalczyk said the plan was “a disaster, and a costly one” on Monday.";
        List<Quoted> marks = QuoteMarks.find(text);
        int start = text.indexOf("the plan");
        Found cut = new Found(List.of(new Quote.Part(start, text.indexOf(", and"))), QuoteKind.INDIRECT, "said",
                null, 0, List.of());
        Found f = new BalancedSpans(text, marks).balance(cut);
        assertEquals(List.of(new Quote.Part(start, text.indexOf(" on Monday"))), f.parts());
        assertEquals(QuoteKind.MIXED, f.kind());
        assertEquals(marks, f.quotes());
    }
}
