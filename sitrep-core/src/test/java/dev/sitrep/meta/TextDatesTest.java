package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.meta.TextDates.DayOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDatesTest {
    private static final LocalDate REF = LocalDate.of(2025, 3, 20);

    private static Optional<LocalDate> line(String s, LocalDate ref) {
        return TextDates.parseLine(s, ref, DayOrder.DAY_FIRST);
    }

    @Test
    void wholeLineDates() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 13)), line("13 February 2025", null));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 13)), line("Thursday, February 13, 2025", null));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 13)), line("Published: 13 Feb 2025 10.05 GMT", null));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 13)), line("13. März 2025", null));
        assertEquals(Optional.of(LocalDate.of(2025, 5, 7)), line("07-05-2025", null));
        assertEquals(Optional.of(LocalDate.of(2025, 7, 5)), TextDates.parseLine("07-05-2025", null, DayOrder.MONTH_FIRST));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 13)), line("2025-02-13", null));
        assertEquals(Optional.empty(), line("The ferry left on 13 February 2025.", null));
    }

    @Test
    void relativeDatesNeedAReference() {
        assertEquals(Optional.empty(), line("5 days ago", null));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 15)), line("5 days ago", REF));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 19)), line("yesterday", REF));
        assertEquals(Optional.of(REF), line("3 hours ago", REF));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 6)), line("2 weeks ago", REF));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), line("vor 3 Tagen", REF));
        assertTrue(TextDates.isRelative("an hour ago"));
        assertTrue(TextDates.isDateLine("5 days ago"));
        assertFalse(TextDates.isDateLine("Five ferries sail today"));
    }

    @Test
    void yearlessDatesTakeTheReferenceYear() {
        assertEquals(Optional.empty(), line("March 12", null));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), line("March 12", REF));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 30)), line("30 December", REF), "after the reference: the year before");
    }

    @Test
    void weekdayDatesInRunningText() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 13)),
                TextDates.findWeekdayDate("Good morning. It's Thursday, 13 February 2025, and this is the harbour live."));
        assertEquals(Optional.empty(), TextDates.findWeekdayDate("The pier opened on 13 February 2025."));
    }

    @Test
    void latestMentionNearTheReference() {
        String text = "The storm hit on March 12. Repairs began on 18 March and the 2019 storm was worse.";
        assertEquals(Optional.of(LocalDate.of(2025, 3, 18)), TextDates.latestMentionNear(text, REF, 7));
        assertEquals(Optional.empty(), TextDates.latestMentionNear(text, null, 7));
        assertEquals(Optional.empty(), TextDates.latestMentionNear("It opened on 2 January.", REF, 7));
    }
}
