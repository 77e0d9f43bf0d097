package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in every typographic convention: curly and straight double quotes, guillemets, German low-high
 * marks, British single quotes with apostrophes inside them, quotations running over several paragraphs (the
 * opening mark repeated at each paragraph start) and quotations whose closing mark is missing (they end at the
 * paragraph end).
 *
 * <p>Written by hand because no library tells an apostrophe from a closing single quote: a mark between two
 * letters ("it's", "Britain's") is an apostrophe; a closing single mark follows a non-space and is followed by
 * a non-letter. Crawled text often mixes conventions (a straight double quote closed by a single one), so a
 * double quote with no closing double mark before the next opening one is closed by the first closing single mark.
 * Marks nested inside a quotation are left to it.
 */
final class QuoteMarks {
    private enum Family { CURLY, STRAIGHT, GUILLEMET, LOW, SINGLE, TWO_APOSTROPHES }

    private QuoteMarks() {
    }

    /** The quotations of {@code text} in order, not overlapping. */
    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Family f = opening(text, i);
            if (f == null) {
                i++;
                continue;
            }
            Quoted q = scan(text, i, f);
            if (q == null) {
                i++;
                continue;
            }
            out.add(q);
            i = Math.max(q.close(), i + 1);
        }
        return out;
    }

    private static Quoted scan(String text, int open, Family f) {
        List<Quote.Part> parts = new ArrayList<>();
        int from = open + (f == Family.TWO_APOSTROPHES ? 2 : 1);
        while (true) {
            int pe = paragraphEnd(text, from);
            int[] found = close(text, from, pe, f);
            int closeAt = found[0];
            int limit = found[1];
            if (closeAt >= 0) {
                addPart(text, parts, from, closeAt);
                return parts.isEmpty() ? null : new Quoted(open, limit + 1, parts, true);
            }
            addPart(text, parts, from, limit);
            int next = skipBlank(text, limit);
            if (limit == pe && next < text.length() && next > pe && opening(text, next) == f) {
                from = next + (f == Family.TWO_APOSTROPHES ? 2 : 1);
                continue;
            }
            // A single mark left open in mid-paragraph is far likelier an apostrophe than a quotation.
            if (parts.isEmpty() || (f == Family.SINGLE && !paragraphStart(text, open))) {
                return null;
            }
            return new Quoted(open, parts.get(parts.size() - 1).end(), parts, false);
        }
    }

    /** {closing mark offset or -1, where an unclosed quotation stops}. */
    private static int[] close(String t, int from, int pe, Family f) {
        int stop = pe;
        for (int j = from; j < pe; j++) {
            char c = t.charAt(j);
            switch (f) {
                case CURLY -> {
                    if (c == '”' || (c == '"' && closingPosition(t, j))) {
                        return new int[] {j, j};
                    }
                    if (c == '“') {
                        if (closingPosition(t, j) && !openingPosition(t, j)) {
                            return new int[] {j, j};
                        }
                        return new int[] {-1, trimEnd(t, from, j)};
                    }
                }
                case STRAIGHT -> {
                    if (c == '"' || c == '”') {
                        if (closingPosition(t, j)) {
                            return new int[] {j, j};
                        }
                        return fallbackSingle(t, from, j);
                    }
                }
                case GUILLEMET -> {
                    if (c == '»') {
                        return new int[] {j, j};
                    }
                }
                case LOW -> {
                    if (c == '“' || c == '”') {
                        return new int[] {j, j};
                    }
                }
                case TWO_APOSTROPHES -> {
                    if (c == '\'' && j + 1 < pe && t.charAt(j + 1) == '\'' && closingPosition(t, j + 1)
                            && !space(t.charAt(j - 1))) {
                        return new int[] {j, j + 1};
                    }
                }
                case SINGLE -> {
                    if ((c == '’' || c == '\'') && singleClose(t, j)) {
                        return new int[] {j, j};
                    }
                }
            }
        }
        return f == Family.STRAIGHT ? fallbackSingle(t, from, stop) : new int[] {-1, stop};
    }

    /** A double quotation with no double closing mark: the first closing single mark closes it. */
    private static int[] fallbackSingle(String t, int from, int stop) {
        for (int j = from; j < stop; j++) {
            char c = t.charAt(j);
            if ((c == '’' || c == '\'') && singleClose(t, j) && !(j > 0 && t.charAt(j - 1) == 's' && j + 1 < t.length() && t.charAt(j + 1) == ' ')) {
                return new int[] {j, j};
            }
        }
        return new int[] {-1, stop == paragraphEnd(t, from) ? stop : trimEnd(t, from, stop)};
    }

    private static int trimEnd(String t, int from, int end) {
        while (end > from && space(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whitespace, no-break spaces included (crawled text is full of them). */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    private static Family opening(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '“' -> nextIsText(t, i) && !(prevIsLetter(t, i) && !nextIsText(t, i)) ? Family.CURLY : null;
            case '"' -> openingPosition(t, i) ? Family.STRAIGHT : null;
            case '”' -> openingPosition(t, i) && Character.isLetter(t.charAt(i + 1)) ? Family.CURLY : null;
            case '«' -> Family.GUILLEMET;
            case '„' -> Family.LOW;
            case '\'' -> i + 1 < t.length() && t.charAt(i + 1) == '\'' ? (nextIsText(t, i + 1) && (i == 0
                    || space(t.charAt(i - 1)) || "([{—–-/:".indexOf(t.charAt(i - 1)) >= 0)
                    ? Family.TWO_APOSTROPHES : null)
                    : openingPosition(t, i) && !decade(t, i) ? Family.SINGLE : null;
            case '‘' -> openingPosition(t, i) && !decade(t, i) ? Family.SINGLE : null;
            default -> null;
        };
    }

    private static boolean openingPosition(String t, int i) {
        if (!nextIsText(t, i)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        return space(p) || "([{—–-/:".indexOf(p) >= 0;
    }

    private static boolean closingPosition(String t, int i) {
        if (i == 0 || space(t.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1));
    }

    private static boolean singleClose(String t, int i) {
        return closingPosition(t, i);
    }

    /** '90s, '20: an elided century, not a quotation. */
    private static boolean decade(String t, int i) {
        return i + 2 < t.length() && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2));
    }

    private static boolean nextIsText(String t, int i) {
        return i + 1 < t.length() && !space(t.charAt(i + 1));
    }

    private static boolean prevIsLetter(String t, int i) {
        return i > 0 && Character.isLetter(t.charAt(i - 1));
    }

    private static boolean paragraphStart(String t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || t.charAt(j) == '\n';
    }

    private static int paragraphEnd(String t, int from) {
        int nl = t.indexOf('\n', from);
        return nl < 0 ? t.length() : nl;
    }

    private static int skipBlank(String t, int i) {
        while (i < t.length() && space(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addPart(String t, List<Quote.Part> parts, int s, int e) {
        while (s < e && space(t.charAt(s))) {
            s++;
        }
        while (e > s && (space(t.charAt(e - 1)) || t.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            parts.add(new Quote.Part(s, e));
        }
    }
}
