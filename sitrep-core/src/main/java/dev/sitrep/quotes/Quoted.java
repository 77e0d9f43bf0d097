package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.util.List;

/**
 * A stretch of text inside quote marks, as {@link QuoteMarks} found it.
 *
 * @param open   offset of the opening mark
 * @param close  offset after the closing mark, or after the content when the mark is missing
 * @param parts  the words inside the marks, one part per paragraph, trimmed of spaces and a trailing comma
 * @param closed whether a closing mark was found
 */
record Quoted(int open, int close, List<Quote.Part> parts, boolean closed) {

    int contentStart() {
        return parts.get(0).start();
    }

    int contentEnd() {
        return parts.get(parts.size() - 1).end();
    }

    /** How many words the quotation holds. */
    int words(String text) {
        int n = 0;
        for (Quote.Part p : parts) {
            boolean in = false;
            for (int i = p.start(); i < p.end(); i++) {
                boolean w = Character.isLetterOrDigit(text.charAt(i));
                if (w && !in) {
                    n++;
                }
                in = w;
            }
        }
        return n;
    }
}
