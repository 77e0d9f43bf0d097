package dev.sitrep.split;

import dev.sitrep.meta.TextDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the repeated header pattern of a tag or listing page in its lines and cuts them into
 * {@link ListingBlock}s.
 *
 * <p>How: every line that is a date on its own is a candidate anchor. Around each anchor the parser takes the
 * run of short header lines (no sentence end, few words) before and after it; the last header line after the
 * anchor is the title (or, where no header line follows the dates, the line just before each date), and the lines
 * up to the next block are the body. The page is a listing only when at least
 * two anchors have the same header shape: the same number of header lines before and after the date, with the
 * same kinds (list item or plain line), and at least one header line besides date and title. Header lines before the first block that do not fit the shape are the
 * page's own heading and belong to no article.
 */
final class ListingParser {
    private static final int HEADER_MAX_WORDS = 25;
    private static final int HEADER_MAX_CHARS = 200;
    private static final int MIN_BLOCKS = 2;

    /** The blocks of a listing page, or empty when the lines do not show a repeated header pattern. */
    Optional<List<ListingBlock>> parse(List<String> lines) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TextDates.isDateLine(lines.get(i))) {
                anchors.add(i);
            }
        }
        if (anchors.size() < MIN_BLOCKS) {
            return Optional.empty();
        }
        int before = Integer.MAX_VALUE;
        int after = Integer.MAX_VALUE;
        for (int k = 0; k < anchors.size(); k++) {
            int a = anchors.get(k);
            int floor = k == 0 ? -1 : anchors.get(k - 1);
            before = Math.min(before, headerRun(lines, a - 1, floor, -1));
            int ceiling = k + 1 < anchors.size() ? anchors.get(k + 1) : lines.size();
            after = Math.min(after, headerRun(lines, a + 1, ceiling, +1));
        }
        // The title is the last header line after the date, or, where no header line follows a date, the line
        // just before it ("Publisher / Title / 2 hours ago / snippet").
        boolean titleAfter = after > 0;
        if ((titleAfter ? before + after - 1 : before - 1) < 1) {
            // Date and title alone are how a live blog stamps its posts: not a listing.
            return Optional.empty();
        }
        int lead = before;
        List<ListingBlock> blocks = new ArrayList<>();
        String shape = null;
        for (int k = 0; k < anchors.size(); k++) {
            int a = anchors.get(k);
            if (a - lead < 0) {
                return Optional.empty();
            }
            int titleAt = titleAfter ? a + after : a - 1;
            int bodyStart = titleAfter ? titleAt + 1 : a + 1;
            int bodyEnd = k + 1 < anchors.size() ? anchors.get(k + 1) - lead : lines.size();
            if (bodyEnd < bodyStart) {
                return Optional.empty();
            }
            ListingBlock b = new ListingBlock(lines.subList(a - lead, titleAfter ? a : a - 1), lines.get(a),
                    lines.subList(a + 1, titleAfter ? titleAt : a + 1), lines.get(titleAt), lines.subList(bodyStart, bodyEnd));
            String s = shape(b);
            if (shape != null && !shape.equals(s)) {
                return Optional.empty();
            }
            shape = s;
            blocks.add(b);
        }
        return Optional.of(List.copyOf(blocks));
    }

    /** Number of consecutive header lines from {@code from} in direction {@code step}, stopping at {@code stop}. */
    private static int headerRun(List<String> lines, int from, int stop, int step) {
        int n = 0;
        for (int i = from; i != stop && i >= 0 && i < lines.size() && isHeader(lines.get(i)); i += step) {
            n++;
        }
        return n;
    }

    static boolean isHeader(String line) {
        String t = line.strip();
        if (t.length() > HEADER_MAX_CHARS || t.split("\\s+").length > HEADER_MAX_WORDS || TextDates.isDateLine(t)) {
            return false;
        }
        return !(t.endsWith(".") && !t.endsWith("..."));
    }

    private static String shape(ListingBlock b) {
        StringBuilder s = new StringBuilder();
        for (String l : b.before()) {
            s.append(ListingBlock.isBullet(l) ? 'B' : 'L');
        }
        s.append('D');
        for (String l : b.after()) {
            s.append(ListingBlock.isBullet(l) ? 'B' : 'L');
        }
        return s.toString();
    }
}
