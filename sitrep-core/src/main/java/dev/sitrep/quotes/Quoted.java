package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of text inside quote marks, as {@link QuoteMarks} found it.
 *
 * @param open   offset of the opening mark
 * @param close  offset after the closing mark, or after the content when the mark is missing
 * @param parts  the words inside the marks, one part per paragraph, trimmed of spaces and a trailing comma
 * @param closed whether a closing mark was found
 */
record Quoted(int open, int close, List<Quote.Part> parts, boolean closed) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    /** Words a title leaves in lower case ("Legend in the Coal Fields"). */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
            "by", "for", "from", "with", "as", "vs");

    int contentStart() {
        return parts.get(0).start();
    }

    int contentEnd() {
        return parts.get(parts.size() - 1).end();
    }

    /** The last character before the closing mark(s) ("“…,”" gives the comma); the quotation must be closed. */
    char lastInside(String text) {
        int i = close - 1;
        while (i > contentStart() && "'\"’”»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return text.charAt(i);
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

    /**
     * Whether the quotation reads as a title ("Make Your Kid a Millionaire", "Coal Isn't the Villain."): two to ten
     * words, every one but the minor words capitalised. Titles of books, films and sections are named, not said.
     */
    boolean titleCase(String text) {
        Matcher m = WORD.matcher(text).region(contentStart(), contentEnd());
        int words = 0;
        while (m.find()) {
            String w = m.group();
            words++;
            if (!Character.isUpperCase(w.charAt(0)) && !(words > 1 && MINOR.contains(w))) {
                return false;
            }
        }
        return words >= 2 && words <= 10;
    }
}
