package dev.sitrep.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class C1ControlsTest {
    @Test
    void latin1ControlsBecomeTheirWindows1252Signs() {
        assertEquals("„Handwerk“ … €", C1Controls.fix("\u0084Handwerk\u0093 \u0085 \u0080"));
    }

    @Test
    void bytesWindows1252LeavesUndefinedStay() {
        String s = "intentional \u0081 and \u009d";
        assertSame(s, C1Controls.fix(s));
    }
}
