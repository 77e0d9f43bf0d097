package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import java.util.List;

/**
 * The promises the fuzz targets hold the code to, written once: what a reader yields, and that every offset an
 * article carries points into its text. A broken promise is an {@link AssertionError}, which Jazzer reports as
 * a finding just like an exception.
 */
final class Contracts {
    /** What {@code SourceReader} refuses above (64 MB); a document it hands on is never larger. */
    private static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    private Contracts() {
    }

    /** Every item is a document or a failure, and a failure prints as one line on stderr. */
    static void items(List<SourceItem> items) {
        for (SourceItem item : items) {
            assertNotNull(item);
            assertNotNull(item.source());
            switch (item) {
                case RawDocument d -> {
                    assertNotNull(d.content());
                    assertTrue(d.content().length <= MAX_DOCUMENT_BYTES, "document over the size cap");
                }
                case ReadFailure f -> oneLine(f.describe());
            }
        }
    }

    static void oneLine(String line) {
        assertNotNull(line);
        assertFalse(line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0, () -> "not one line: " + line);
    }

    /** Entity spans and quote offsets of an analysed article lie inside its text. */
    static void article(Article a) {
        assertNotNull(a.text());
        entities(a.text(), a.entities());
        quotes(a.text(), a.quotes());
    }

    static void entities(String text, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.spans()) {
                span(text, m.start(), m.end());
                assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text is not its span");
            }
        }
    }

    /** A statement of the text has words between its offsets; one of the title has the empty span 0..0. */
    static void quotes(String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            span(text, q.start(), q.end());
            assertTrue(q.inTitle() || q.start() < q.end(), () -> "empty statement span " + q);
            for (Quote.Part p : q.parts()) {
                span(text, p.start(), p.end());
            }
            if (q.hasSpeakerMention()) {
                span(text, q.speakerStart(), q.speakerEnd());
            }
        }
    }

    static void span(String text, int start, int end) {
        assertTrue(0 <= start && start <= end && end <= text.length(),
                () -> "span " + start + ".." + end + " outside a text of " + text.length() + " chars");
    }
}
