package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.pipeline.Draft;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();
    private static final String DUMP = """
            Connect with us
            Ferry service to resume after storm
            The harbour authority said on Monday that the ferry service would resume next week after repairs.
            “We are ready,” the harbour master said, adding that the pier had been inspected twice.
            The harbour authority said on Monday that the ferry service would resume next week after repairs.
            Stories here are picked by robots and we translate them through automatic software, not by a human editor.
            Leave a Reply
            """;

    private Draft draft(String text, boolean html) {
        return new Draft(Article.builder().source("t").text(text).build(), null, html);
    }

    @Test
    void textDumpIsCleanedAndFlagged() {
        Article a = cleaner.apply(draft(DUMP, false)).article();
        assertEquals("""
                Ferry service to resume after storm

                The harbour authority said on Monday that the ferry service would resume next week after repairs.

                “We are ready,” the harbour master said, adding that the pier had been inspected twice.""", a.text());
        assertTrue(a.has(Flag.BOILERPLATE_REMOVED));
        assertTrue(a.has(Flag.DUPLICATE_PARAGRAPHS_REMOVED));
        assertTrue(a.has(Flag.MACHINE_TRANSLATED));
        assertFalse(a.has(Flag.SPUN_TEXT));
    }

    @Test
    void htmlTextKeepsShortLinesButLosesDuplicates() {
        String post = "Update 14:05: the harbour authority confirmed that the ferry service resumes next week, once the"
                + " inspectors have signed off the repairs to the north pier that the February storm damaged so badly,"
                + " and that tickets bought for the cancelled crossings stay valid until the end of the summer.";
        Article a = cleaner.apply(draft(DUMP + post + "\nUpdate 13:40: divers checked the pier.\n" + post, true)).article();
        assertTrue(a.text().startsWith("Connect with us"), "chrome removal is for text dumps only");
        assertEquals(a.text().indexOf(post), a.text().lastIndexOf(post), "a repeated post is kept once");
        assertTrue(a.text().indexOf("would resume next week after repairs.")
                < a.text().lastIndexOf("would resume next week after repairs."), "a short repeat in a page stays");
        assertTrue(a.has(Flag.DUPLICATE_PARAGRAPHS_REMOVED));
        assertTrue(a.has(Flag.MACHINE_TRANSLATED));
    }

    @Test
    void cleanTextGetsNoFlags() {
        Article a = cleaner.apply(draft("Ferry service to resume\n\nThe pier is safe again, the harbour master said.", false)).article();
        assertTrue(a.flags().isEmpty(), a.flags().toString());
    }
}
