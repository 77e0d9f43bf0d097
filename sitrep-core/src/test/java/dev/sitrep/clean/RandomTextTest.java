package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sitrep.meta.MetadataStage;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.split.AggregateSplitter;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random texts made of the pieces that trip the text stages (date lines, list items, ellipses, quotes, markdown,
 * blank lines): split, clean and metadata must never throw and always leave well-formed paragraphs.
 */
class RandomTextTest {
    private static final String[] PIECES = {"The ferry", " left", " at dawn", ".", ",", "...", "…", "\n", "\n\n", "\n\n\n",
            "- ", "• ", "5 days ago", "07-05-2025", "13 February 2025", "By Ana Lind", "Share", "Comment (0)", "“", "”",
            "![x](http://a.b/c.png)", " - Jan Holm/Reuters ", "mentioned:", " (Source: Post) |", "Source: http://x.y/z",
            "You may also like", "Island Post", "  ", "\t", "?", "It's Monday, 3 March 2025", "translate it through automatic"};

    @Test
    void neverThrowsAndKeepsParagraphsWellFormed() {
        Random random = new Random(20250213L);
        AggregateSplitter splitter = new AggregateSplitter();
        TextCleaner cleaner = new TextCleaner();
        MetadataStage metadata = new MetadataStage();
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            LocalDate reference = random.nextBoolean() ? LocalDate.of(2025, 3, 20) : null;
            Draft draft = new Draft(Article.builder().source("r").text(text.toString()).build(), reference, random.nextBoolean());
            for (Draft d : splitter.split(draft)) {
                Article a = metadata.apply(cleaner.apply(d)).article();
                assertNotNull(a.text());
                assertFalse(a.text().contains("\n\n\n"), a.text());
                assertFalse(a.text().startsWith("\n") || a.text().endsWith("\n"), a.text());
            }
        }
    }
}
