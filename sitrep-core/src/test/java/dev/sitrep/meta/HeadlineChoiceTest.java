package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which of the declared title and the printed h1 is the headline, and what is trimmed from either. */
class HeadlineChoiceTest {
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private String title(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return reader.read(Jsoup.parse(html, "https://example.org/a"), "https://example.org/a",
                LocalDate.of(2025, 3, 1)).title();
    }

    @Test
    void aRewordedH1SharingAFewWordsIsThePrintedHeadline() {
        assertEquals("Twelve ways the harbour plan changes shipping routes",
                title("<title>Harbour plan: what changes</title>",
                        "<h1>Twelve ways the harbour plan changes shipping routes</h1>"));
    }

    @Test
    void anH1SharingNothingIsABlogName() {
        assertEquals("Notes on rebuilding a ferry engine",
                title("<title>Notes on rebuilding a ferry engine</title>", "<h1>Quayside Tinkering</h1>"));
    }

    @Test
    void theH1LosesASiteNameOrAShortBarTail() {
        String site = "<meta property=\"og:site_name\" content=\"Harbour Gazette\">";
        assertEquals("Harbour reopens after the storm",
                title(site + "<title>Harbour reopens after the storm</title>",
                        "<h1>Harbour reopens after the storm – Harbour Gazette</h1>"));
        assertEquals("Harbour reopens after the storm",
                title("<title>Harbour reopens after the storm</title>", "<h1>Harbour reopens after the storm | Opinion</h1>"));
    }

    @Test
    void aShortSectionBeforeALongTitleGoes() {
        assertEquals("Harbour Park Visitor Guide (Port Authority)",
                title("<title>Webcams - Harbour Park Visitor Guide (Port Authority)</title>", ""));
        assertEquals("Zero Waste - A Beginner's Guide",
                title("<title>Zero Waste - A Beginner's Guide</title>", ""), "a short rest keeps its head");
    }
}
