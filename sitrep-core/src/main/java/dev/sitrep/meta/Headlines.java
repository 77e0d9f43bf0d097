package dev.sitrep.meta;

import java.util.regex.Pattern;

/**
 * Whether a paragraph reads as a headline: a few words to a long line, no full stop at the end, not a date, a
 * byline or a bare name. Used to take the first line of a text dump as its title.
 */
final class Headlines {
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 30;
    private static final int MAX_CHARS = 250;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private Headlines() {
    }

    static boolean isHeadline(String p) {
        String t = p.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS || t.length() > MAX_CHARS || !LETTER.matcher(t).find()) {
            return false;
        }
        if (t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) {
            return false;
        }
        return !Bylines.isByline(t) && !TextDates.isDateLine(t) && !t.startsWith("http");
    }
}
