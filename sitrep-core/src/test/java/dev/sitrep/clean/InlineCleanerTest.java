package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCleanerTest {
    private final InlineCleaner inline = new InlineCleaner();

    @Test
    void promoAtTheEndOfAParagraphIsCut() {
        String p = "The talks end on Friday, he said. Broaden your horizons with award-winning island journalism. "
                + "Try The Island Post free for 1 month with unlimited access to our website and app.";
        assertEquals("The talks end on Friday, he said.", inline.clean(p));
    }

    @Test
    void runInCaptionWithAgencyCreditIsCut() {
        String p = "The ferry left at dawn, the captain said. Passengers wait on the pier in Nordby - Jan Holm/Reuters "
                + "The crossing took four hours.";
        assertEquals("The ferry left at dawn, the captain said. The crossing took four hours.", inline.clean(p));
    }

    @Test
    void dashInOrdinaryProseStays() {
        String p = "The ferry left at dawn. The route - Nordby to Sudby/Vik - is the oldest on the coast.";
        assertEquals(p, inline.clean(p));
    }

    @Test
    void imageMarkdownIsCutAndEmptyParagraphsDropped() {
        Cleaned c = inline.apply(List.of("![Harbour at dawn](https://img.example.org/h.jpg?w=300)", "Text stays."));
        assertEquals(List.of("Text stays."), c.paragraphs());
        assertTrue(c.changed());
        assertEquals(List.of("See this."), inline.imagesOnly(List.of("See ![x](http://a.b/c.png) this.")).paragraphs());
    }
}
