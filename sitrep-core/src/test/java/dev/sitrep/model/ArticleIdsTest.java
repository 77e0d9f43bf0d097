package dev.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void sameTextDifferentLayoutGivesSameId() {
        String a = "NATO ministers met in Brussels.\n\nThe talks ran late.";
        String b = "  nato ministers met in brussels   the talks ran late ";
        assertEquals(ArticleIds.of(a), ArticleIds.of(b));
    }

    @Test
    void typographicQuotesDoNotChangeTheId() {
        assertEquals(ArticleIds.of("He said “no deal” today."), ArticleIds.of("He said \"no deal\" today."));
    }

    @Test
    void differentWordsGiveDifferentIds() {
        assertNotEquals(ArticleIds.of("Kyiv welcomed the plan."), ArticleIds.of("Kyiv rejected the plan."));
    }

    @Test
    void idIsSixteenHexDigits() {
        assertTrue(ArticleIds.of("anything").matches("[0-9a-f]{16}"));
    }

    @Test
    void normaliseFoldsCompatibilityForms() {
        assertEquals("final", ArticleIds.normalise("ﬁnal"));
    }
}
