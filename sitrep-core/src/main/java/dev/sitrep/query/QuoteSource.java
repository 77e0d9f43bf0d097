package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One article that carries a statement: the origin or one of its copies, with the words as that copy gives them
 * (a spinner or a machine translation changes them).
 *
 * @param articleId the article
 * @param title     its title, or null
 * @param publisher its publisher, or null
 * @param published its publication day, or null
 * @param url       its address, or null
 * @param flags     the article's flag labels ({@code spun-text}, {@code machine-translated}, ...), in declaration order
 * @param text      the statement's words in this article
 * @param start     where they start in the article's text
 * @param end       where they end
 */
public record QuoteSource(String articleId, String title, String publisher, LocalDate published, String url,
                          List<String> flags, String text, int start, int end) {
    public QuoteSource {
        flags = List.copyOf(flags);
    }

    /** Whether the article was flagged as rewritten by a spinner. */
    public boolean spun() {
        return flags.contains("spun-text");
    }

    /** Whether the article was flagged as machine-translated. */
    public boolean machineTranslated() {
        return flags.contains("machine-translated");
    }
}
