package dev.sitrep.split;

import dev.sitrep.meta.TextDates;
import dev.sitrep.meta.TextDates.DayOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, once per listing page, whether its all-numeric dates put the day or the month first.
 *
 * <p>Evidence in order: a first field above 12 means day first, a second field above 12 means month first;
 * otherwise the order under which the dates run newest first, as listings sort them; otherwise day first, the
 * more common convention outside the United States.
 */
final class DayOrders {
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");

    private DayOrders() {
    }

    static DayOrder decide(List<String> dateLines) {
        List<String> numeric = new ArrayList<>();
        for (String l : dateLines) {
            Matcher m = NUMERIC.matcher(l.strip());
            if (m.find()) {
                if (Integer.parseInt(m.group(1)) > 12) {
                    return DayOrder.DAY_FIRST;
                }
                if (Integer.parseInt(m.group(2)) > 12) {
                    return DayOrder.MONTH_FIRST;
                }
                numeric.add(l);
            }
        }
        boolean dayFirst = newestFirst(numeric, DayOrder.DAY_FIRST);
        boolean monthFirst = newestFirst(numeric, DayOrder.MONTH_FIRST);
        return monthFirst && !dayFirst ? DayOrder.MONTH_FIRST : DayOrder.DAY_FIRST;
    }

    private static boolean newestFirst(List<String> lines, DayOrder order) {
        LocalDate previous = null;
        for (String l : lines) {
            LocalDate d = TextDates.parseLine(l, null, order).orElse(null);
            if (d == null || (previous != null && d.isAfter(previous))) {
                return false;
            }
            previous = d;
        }
        return true;
    }
}
