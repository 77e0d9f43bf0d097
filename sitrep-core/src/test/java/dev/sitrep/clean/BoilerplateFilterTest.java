package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private final BoilerplateFilter filter = new BoilerplateFilter();
    private static final String BODY = "The harbour authority said on Monday that the ferry service would resume next week after repairs.";

    @Test
    void siteChromeAndCommentWidgetsGo() {
        Cleaned c = filter.apply(List.of("Follow us", "Hi, what are you looking for?", "Ferry service to resume", BODY,
                "Click to comment", "Leave a Reply", "Your email address will not be published.", "Comments (3)",
                "Back to top button"));
        assertEquals(List.of("Ferry service to resume", BODY), c.paragraphs());
        assertTrue(c.changed());
    }

    @Test
    void teaserBlockAfterHeadingGoesUntilRunningTextResumes() {
        Cleaned c = filter.apply(List.of(BODY, "You might also like", "Storm closes the coastal road as...",
                "Island council votes on new budget", "Fishermen fear a poor season after the...", BODY + " Again."));
        assertEquals(List.of(BODY, BODY + " Again."), c.paragraphs());
    }

    @Test
    void trailingEllipsisTeasersGoWithoutHeading() {
        Cleaned c = filter.apply(List.of(BODY, "Storm closes the coastal road as...", "Fishermen fear a poor season after the..."));
        assertEquals(List.of(BODY), c.paragraphs());
    }

    @Test
    void sourceLinesCaptionsAndFurnitureGo() {
        Cleaned c = filter.apply(List.of(BODY, "Harbour master Ana Lind. (Photo: Island Post) |", "Key events",
                "Source: https://example.org/ferry-story-123.html", "Source: Island Post"));
        assertEquals(List.of(BODY), c.paragraphs());
    }

    @Test
    void navigationWordsOnlyAtTheEdges() {
        assertTrue(BoilerplateFilter.isNavigation("Share on Facebook"));
        assertFalse(BoilerplateFilter.isNavigation("Share prices fall in Oslo"));
        List<String> middle = List.of(BODY, "Watch the video", BODY + " Twice.");
        assertEquals(3, filter.apply(middle).paragraphs().size(), "a short line inside running text stays");
        assertEquals(List.of(BODY), filter.apply(List.of("Home News Latest", BODY, "Privacy Policy Terms")).paragraphs());
    }

    @Test
    void cleanTextIsUntouched() {
        Cleaned c = filter.apply(List.of("Ferry service to resume", BODY, "“We are ready,” she said."));
        assertEquals(3, c.paragraphs().size());
        assertFalse(c.changed());
    }
}
