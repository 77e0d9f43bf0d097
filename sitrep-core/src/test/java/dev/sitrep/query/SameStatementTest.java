package dev.sitrep.query;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SameStatementTest {
    private static final String QUOTE = "We will not leave the sky over Marsk open this winter";

    @Test
    void spunAndTranslatedWordingIsTheSameStatementAndOtherWordsAreNot() {
        assertTrue(SameStatement.score(QUOTE, "We will not depart the sky over Marsk open this winter")
                >= SameStatement.MIN_DICE, "a spun copy");
        assertTrue(SameStatement.score(QUOTE, "We shall not leave the sky above Marsk open in this winter")
                >= SameStatement.MIN_DICE, "a machine translation");
        assertTrue(SameStatement.score(QUOTE, "We will not leave the sky over Marsk") > 0, "a quote cut short");
        assertEquals(0, SameStatement.score(QUOTE, "The budget is not the problem, the factories are"));
        assertEquals(0, SameStatement.score("Yes.", "Yes, and the budget will follow."), "too short to be inside another");
    }
}
