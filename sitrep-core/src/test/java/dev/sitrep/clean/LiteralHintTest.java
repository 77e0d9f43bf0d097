package dev.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiteralHintTest {

    @Test
    void longestRequiredPieceOutsideGroups() {
        assertEquals("invoice", LiteralHint.of("invoice (blair|gates)"));
        assertEquals("get together", LiteralHint.of("(labour|conservative) get together"));
        assertEquals("earlier than at this time", LiteralHint.of("earlier than at this time'?s"));
        assertEquals("to the desk", LiteralHint.of("each side(s)? to the desk"));
        assertEquals("translated", LiteralHint.of("(this|the) (article|text) (was|is) (automatically )?translated"));
        assertEquals("", LiteralHint.of("(a|b)"));
    }
}
