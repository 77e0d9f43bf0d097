package dev.sitrep.pipeline;

/**
 * Cuts an over-long text where a reader would: at the last paragraph break before the limit, else the last
 * sentence end, else the last space, else at the limit itself (never inside a surrogate pair). A cut that
 * would keep less than half the limit falls back to the next kind of break, so a text with one huge
 * paragraph still keeps most of what fits.
 */
final class Truncation {
    private Truncation() {
    }

    /** {@code text} itself when it fits (or is null), else its cut prefix of at most {@code max} characters. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int half = max / 2;
        int at = text.lastIndexOf("\n\n", max);
        if (at < half) {
            at = lastSentenceEnd(text, max);
        }
        if (at < half) {
            at = lastSpace(text, max);
        }
        if (at < half) {
            at = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        }
        return text.substring(0, at).stripTrailing();
    }

    private static int lastSentenceEnd(String text, int max) {
        for (int i = max - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
            if (i < max / 2) {
                break;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int max) {
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
