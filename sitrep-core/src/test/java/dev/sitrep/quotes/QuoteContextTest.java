package dev.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteContextTest {
    private static Quote quoteOf(String text, String words) {
        int at = text.indexOf(words);
        return new Quote(words, "Ana Brann", null, "said", QuoteKind.DIRECT, at, at + words.length());
    }

    @Test
    void leadInAndAttributionWithinTheParagraph() {
        String text = "Ministers met on Monday about the grain corridor.\n\n"
                + "The talks ran late. Asked about membership, Brann was blunt. \"The door stays open,\" she told reporters. "
                + "Her deputy agreed. Nobody mentioned tariffs.\n\n"
                + "Markets barely moved.";
        String context = QuoteContext.of(text, quoteOf(text, "The door stays open,"));
        assertTrue(context.startsWith("Asked about membership, Brann was blunt."), "the sentence before: " + context);
        assertFalse(context.contains("talks"), "two sentences before is too far: " + context);
        assertTrue(context.contains("she told reporters. Her deputy agreed."), context);
        assertFalse(context.contains("The door stays open"), "the quote's own words are indexed apart: " + context);
        assertFalse(context.contains("tariffs"), "two sentences after is too far: " + context);
        assertFalse(context.contains("grain") || context.contains("Markets"), "other paragraphs stay out: " + context);
    }

    @Test
    void aQuoteInsideASentenceKeepsItsOpeningAndTheSentenceBefore() {
        String text = "Talks resumed. Brann said the bloc would \"keep every option open\" on tariffs. Then she left.";
        assertEquals("Talks resumed. Brann said the bloc would \" \" on tariffs. Then she left.",
                QuoteContext.of(text, quoteOf(text, "keep every option open")));
        String opening = "\"We hold the line,\" the general said.";
        assertEquals("\" \" the general said.", QuoteContext.of(opening, quoteOf(opening, "We hold the line,")),
                "a quote opening its paragraph has only what follows");
    }

    @Test
    void aCrawlWithoutParagraphBreaksIsCapped() {
        String filler = "word ".repeat(2_000);
        String text = filler + "\"Enough,\" he said " + filler;
        String context = QuoteContext.of(text, quoteOf(text, "Enough,"));
        assertTrue(context.length() <= 2 * QuoteContext.MAX_CHARS + 1, "length " + context.length());
    }

    @Test
    void offsetsPastTheTextGiveNoContext() {
        Quote stale = new Quote("gone", "X", null, "said", QuoteKind.DIRECT, 5, 500);
        assertEquals("", QuoteContext.of("A short text.", stale));
    }
}
