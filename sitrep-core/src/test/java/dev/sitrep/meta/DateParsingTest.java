package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParsingTest {
    private static final LocalDate FEB_13 = LocalDate.of(2025, 2, 13);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-13T09:00:00+01:00",
            "2025/02/13",
            "20250213",
            "13.02.2025, 10:14",
            "13/02/2025",
            "February 13, 2025",
            "Feb. 13th, 2025",
            "Thu, 13 Feb 2025 09:00:00 GMT",
            "13 de fevereiro de 2025",
            "13 февраля 2025 г.",
            "13 Şubat 2025",
            "2025年2月13日",
            "الخميس، 13 فبراير 2025 - 12:09 م",
            "نشر الخميس 13 شباط / فبراير 2025 09:22 مساءً"})
    void readsTheLayoutsNewsPagesUse(String text) {
        assertEquals(FEB_13, DateParsing.parse(text));
    }

    @Test
    void ambiguousNumericDatesFollowTheHint() {
        assertEquals(LocalDate.of(2025, 4, 3), DateParsing.parse("03/04/2025", false));
        assertEquals(LocalDate.of(2025, 3, 4), DateParsing.parse("03/04/2025", true));
        assertEquals(LocalDate.of(2025, 2, 13), DateParsing.parse("02/13/2025", false), "13 cannot be a month");
    }

    @Test
    void nonsenseIsNull() {
        assertNull(DateParsing.parse("version 1.2.3"));
        assertNull(DateParsing.parse("2025-13-45"));
        assertNull(DateParsing.parse("Page 13, 2025 results"));
        assertNull(DateParsing.parse(null));
    }

    @Test
    void runningTextKeepsPageOrderAndSkipsCompactDigits() {
        var found = DateParsing.findAll("Order 20250101 shipped. Posted 13 February 2025; updated 2025-02-20.", false, 5);
        assertEquals(2, found.size());
        assertEquals(FEB_13, found.get(0).date());
        assertEquals(LocalDate.of(2025, 2, 20), found.get(1).date());
    }

    @Test
    void plausibilityWindow() {
        assertTrue(DateParsing.plausible(FEB_13, FEB_13));
        assertFalse(DateParsing.plausible(FEB_13.plusDays(1), FEB_13));
        assertFalse(DateParsing.plausible(LocalDate.of(1994, 12, 31), FEB_13));
    }
}
