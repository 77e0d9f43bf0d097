package dev.sitrep.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.dedup.Fingerprinter;
import dev.sitrep.model.Article;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A store's memory knows every article it replayed or decided, and decides a replayed copy as the writer did. */
class CollationTest {
    private static final String TEXT = "The ferry council of Marsk voted on Tuesday to keep the winter crossing open "
            + "for freight and passengers alike, after a month of talks with the harbour pilots and the two towns.";

    private static Article article(String id, String day) {
        return Article.builder().id(id).source("fixture:" + id).title("Ferry council keeps winter crossing")
                .publisher("Marsk Gazette").published(LocalDate.parse(day)).language("en").text(TEXT).build();
    }

    @Test
    void itHoldsWhatItReplayedAndWhatItDecided() throws IOException {
        Fingerprinter prints = new Fingerprinter();
        Collation memory = Collation.replay(List.of(new Collation.Stored("a1", LocalDate.parse("2025-02-03"),
                prints.of(TEXT), new Collation.Arrival(0, false), null, () -> null)));
        assertTrue(memory.holds("a1"), "replayed");
        assertFalse(memory.holds("a2"));
        Collation.Decision copy = memory.decide(article("a2", "2025-02-04"));
        assertTrue(memory.holds("a2"), "decided, to be stored at the next commit");
        assertEquals("a1", copy.article().duplicateOf(), "the replayed article is the original");
        assertEquals(1, copy.arrival().order(), "arrivals go on after the replayed ones");
    }
}
