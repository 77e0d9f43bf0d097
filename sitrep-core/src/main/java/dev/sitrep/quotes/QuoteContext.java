package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a quote that say what it is about: the sentence before it (the lead-in, "Asked about NATO
 * membership, she said:") and the rest of its own sentence with the one after it (the attribution, "… Rutte told
 * reporters in Brussels."), never crossing the quote's paragraph. The quote's own words are not part of it.
 *
 * <p>Indexed on every quote document so that a topic query ("quotes about NATO membership") is one search over
 * quote documents, without a join to their articles. Each side is capped at {@link #MAX_CHARS} characters: a
 * crawl that lost its paragraph breaks must not make the whole article a quote's context.
 */
public final class QuoteContext {
    /** Most characters taken on either side of a quote. */
    public static final int MAX_CHARS = 400;
    /**
     * Where a sentence ends: terminal punctuation, closing quote marks or brackets, then space. Written here
     * because the JDK's sentence iterator splits {@code . "} into pieces of punctuation; an abbreviation
     * ("Gen. Syrskyi") ending a sentence early only makes a context shorter.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+");

    private QuoteContext() {
    }

    /** The context of {@code q} in {@code text}; empty when the quote's offsets do not fit the text. */
    public static String of(String text, Quote q) {
        if (q.end() > text.length() || q.start() > q.end()) {
            return "";
        }
        return (before(text, q.start()) + " " + after(text, q.end())).strip();
    }

    /** From the start of the sentence before the one the quote opens in (within paragraph and cap) to {@code start}. */
    private static String before(String text, int start) {
        int paragraph = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int from = Math.max(paragraph, start - MAX_CHARS);
        int last = from;
        int previous = from;
        Matcher m = SENTENCE_END.matcher(text).region(from, start);
        while (m.find()) {
            previous = last;
            last = m.end();
        }
        return text.substring(previous, start);
    }

    /** From {@code end} to the end of the sentence after the one the quote ends in, within paragraph and cap. */
    private static String after(String text, int end) {
        int paragraph = text.indexOf('\n', end);
        int to = Math.max(end, Math.min(paragraph < 0 ? text.length() : paragraph, end + MAX_CHARS));
        Matcher m = SENTENCE_END.matcher(text).region(end, to);
        int stop = to;
        if (m.find() && m.find()) {
            stop = m.end();
        }
        return text.substring(end, stop);
    }
}
