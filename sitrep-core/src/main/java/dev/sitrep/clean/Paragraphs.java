package dev.sitrep.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into paragraphs and joins them back. Text dumps usually hold one paragraph per line, with or without
 * blank lines between, so every non-blank line is a paragraph; the exception is a block of hard-wrapped lines
 * (similar widths, few sentence ends), which is joined back into one paragraph.
 */
public final class Paragraphs {
    private static final int WRAP_MIN = 50;
    private static final int WRAP_MAX = 100;
    private static final int WRAP_SPREAD = 30;

    private Paragraphs() {
    }

    /** The paragraphs of {@code text}, stripped, none blank. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\R(?:\\h*\\R)+")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
            if (hardWrapped(lines)) {
                out.add(String.join(" ", lines));
            } else {
                out.addAll(lines);
            }
        }
        return out;
    }

    /** Paragraphs separated by one blank line, as the JSON Lines contract wants them. */
    public static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Whether a paragraph ends like a sentence (full stop, question or exclamation mark, closing quote). */
    public static boolean endsSentence(String p) {
        String t = p.strip();
        while (!t.isEmpty() && "\"'”’»)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?…:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Number of whitespace-separated words. */
    public static int words(String p) {
        String t = p.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    // Joining needs strong evidence: three or more lines of one width, most not ending a sentence.
    private static boolean hardWrapped(List<String> lines) {
        if (lines.size() < 3) {
            return false;
        }
        List<String> body = lines.subList(0, lines.size() - 1);
        int min = Integer.MAX_VALUE;
        int max = 0;
        int open = 0;
        for (String l : body) {
            min = Math.min(min, l.length());
            max = Math.max(max, l.length());
            if (!endsSentence(l)) {
                open++;
            }
        }
        return min >= WRAP_MIN && max <= WRAP_MAX && max - min <= WRAP_SPREAD && open * 2 > body.size();
    }
}
