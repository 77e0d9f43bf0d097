package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void everyLineIsAParagraphWithOrWithoutBlankLines() {
        assertEquals(List.of("One.", "Two.", "Three."), Paragraphs.split("One.\nTwo.\n\n\n  Three.  \n"));
        assertEquals(List.of("One.", "Two."), Paragraphs.split("One.\r\n\r\nTwo."));
    }

    @Test
    void hardWrappedBlockIsJoined() {
        String wrapped = """
                The harbour authority said on Monday that the ferry service
                between the two islands would resume next week after repairs
                to the pier, which was damaged in a storm last month.
                """;
        assertEquals(1, Paragraphs.split(wrapped).size());
    }

    @Test
    void joinUsesOneBlankLine() {
        assertEquals("A.\n\nB.", Paragraphs.join(List.of("A.", "B.")));
    }

    @Test
    void sentenceEnds() {
        assertTrue(Paragraphs.endsSentence("He left.”"));
        assertTrue(Paragraphs.endsSentence("Why?"));
        assertFalse(Paragraphs.endsSentence("Ferry service to resume"));
        assertEquals(3, Paragraphs.words("  three short words "));
    }
}
