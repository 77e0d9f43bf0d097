package dev.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks versus apostrophes, on synthetic lines. */
class QuoteMarksTest {

    private static List<String> texts(String s) {
        return QuoteMarks.find(s).stream().map(q -> {
            StringBuilder b = new StringBuilder();
            q.parts().forEach(p -> b.append(b.isEmpty() ? "" : "|").append(s, p.start(), p.end()));
            return b.toString();
        }).toList();
    }

    @Test
    void apostrophesInsideSingleQuotes() {
        assertEquals(List.of("We can't wait for the mayor's plan"), texts("'We can't wait for the mayor's plan,' she said."));
        assertEquals(List.of("don’t"), texts("He said ‘don’t’ twice."));
    }

    @Test
    void possessivesAndDecadesAreNotQuotations() {
        assertEquals(List.of(), texts("The workers' union met in the '90s and Lindow's port grew."));
    }

    @Test
    void nestedMarksStayInside() {
        assertEquals(List.of("They called it ‘the ferry of fools’ last year"),
                texts("“They called it ‘the ferry of fools’ last year,” he said."));
    }

    @Test
    void repeatedOpeningMarkContinuesAcrossParagraphs() {
        List<Quoted> qs = QuoteMarks.find("“First part of it.\n\n“Second part.”");
        assertEquals(1, qs.size());
        assertEquals(2, qs.get(0).parts().size());
    }

    @Test
    void unclosedQuotationEndsAtParagraphEnd() {
        List<Quoted> qs = QuoteMarks.find("“No closing mark here.\n\nNarration follows.");
        assertEquals(1, qs.size());
        assertFalse(qs.get(0).closed());
        assertEquals(List.of("No closing mark here."), texts("“No closing mark here.\n\nNarration follows."));
    }
}
