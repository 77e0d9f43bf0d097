package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Draft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataStageTest {
    private final MetadataStage stage = new MetadataStage();

    private Article run(Article a, LocalDate reference, boolean html) {
        return stage.apply(new Draft(a, reference, html)).article();
    }

    private static Article.Builder text(String t) {
        return Article.builder().source("t").text(t);
    }

    @Test
    void headlineBylineAndLanguageFromATextDump() {
        Article a = run(text("""
                Ferry service to resume after storm

                By Ana Lind and Jon Berg, Island Post

                The harbour authority said on Monday that the ferry service would resume next week after repairs.""").build(), null, false);
        assertEquals("Ferry service to resume after storm", a.title());
        assertEquals("Ana Lind and Jon Berg", a.author());
        assertEquals("en", a.language());
        assertEquals("The harbour authority said on Monday that the ferry service would resume next week after repairs.", a.text());
    }

    @Test
    void aLeadSentenceIsNoTitle() {
        Article a = run(text("The harbour authority said on Monday that the ferry service would resume.\n\nMore follows.").build(), null, false);
        assertNull(a.title());
        assertNull(a.author());
    }

    @Test
    void datesFromDatelinesAndTheReference() {
        String live = "Ferry news live\n\nThe pier reopened.\n\nIt's Thursday, 13 February 2025, and this is the harbour live.";
        assertEquals(LocalDate.of(2025, 2, 13), run(text(live).build(), null, false).published());
        String yearless = "Ferry news\n\nThe pier reopened on March 12, officials said.";
        assertNull(run(text(yearless).build(), null, false).published());
        assertEquals(LocalDate.of(2025, 3, 12), run(text(yearless).build(), LocalDate.of(2025, 3, 14), false).published());
    }

    @Test
    void neverOverridesMarkup() {
        Article given = text("Ferry news live\n\nIt's Thursday, 13 February 2025, and this is the harbour live.")
                .title("Given").published(LocalDate.of(2025, 1, 1)).language("de").publisher("Island Post").build();
        Article a = run(given, null, true);
        assertEquals("Given", a.title());
        assertEquals(LocalDate.of(2025, 1, 1), a.published());
        assertEquals("de", a.language());
        assertEquals("Island Post", a.publisher());
    }

    @Test
    void publisherFromUrlOrWireDateline() {
        assertEquals("Reuters", run(text("x").url("https://www.reuters.com/world/a-b-2025-03-01/").build(), null, true).publisher());
        assertEquals("AP", run(text("NORDBY, Norway (AP) — The ferry resumed on Monday.").build(), null, true).publisher());
        assertNull(run(text("The ferry resumed.").url("https://unknown.example/x").build(), null, true).publisher());
        Article dump = run(text("Ferry service resumes today\n\nThe ferry resumed on Monday, officials said.\n\nReuters").build(), null, false);
        assertEquals("Reuters", dump.publisher());
        assertEquals("The ferry resumed on Monday, officials said.", dump.text());
    }

    @Test
    void anOutletsNameOverTheDateLineIsThePublisher() {
        Article a = run(text("""
                Ferry service to resume after storm

                The Island Courier

                3 March 2025

                The harbour authority said on Monday that the ferry service would resume next week.""").build(), null, false);
        assertEquals("The Island Courier", a.publisher());
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        assertEquals("The harbour authority said on Monday that the ferry service would resume next week.", a.text(),
                "masthead and date line are page furniture");
    }

    @Test
    void aNameWithoutAnOutletWordOrWithoutADateUnderItIsNoPublisher() {
        Article author = run(text("""
                Ferry service to resume after storm

                Ana Lind

                3 March 2025

                The harbour authority said on Monday that the ferry service would resume next week.""").build(), null, false);
        assertNull(author.publisher());
        Article heading = run(text("""
                Ferry service to resume after storm

                Latest News

                The harbour authority said on Monday that the ferry service would resume next week.""").build(), null, false);
        assertNull(heading.publisher());
    }

    @Test
    void aLineSpellingTheDomainIsThePublisherAndOtherwiseTheDomainNamesIt() {
        Article a = run(text("""
                Ferry service to resume after storm

                Island Courier

                The harbour authority said on Monday that the ferry service would resume next week.""")
                .url("https://www.island-courier.example/2025/03/03/ferry").build(), null, false);
        assertEquals("Island Courier", a.publisher());
        assertEquals("The harbour authority said on Monday that the ferry service would resume next week.", a.text());
        Article b = run(text("The harbour authority said on Monday that the ferry service would resume next week.")
                .url("https://news.island-courier.co.uk/ferry").build(), null, false);
        assertEquals("Island Courier", b.publisher());
    }
}
