package dev.sitrep.query;

import dev.sitrep.model.Quote;
import java.time.LocalDate;

/**
 * A stored quote with where it was published.
 *
 * @param quote     the quote as the pipeline found it (offsets into its article's text)
 * @param articleId the article it comes from
 * @param title     that article's title, or null
 * @param publisher that article's publisher, or null
 * @param published that article's publication day, or null
 * @param url       that article's address, or null
 */
public record QuoteHit(Quote quote, String articleId, String title, String publisher, LocalDate published, String url) {
    /** A hit without the article's address. */
    public QuoteHit(Quote quote, String articleId, String title, String publisher, LocalDate published) {
        this(quote, articleId, title, publisher, published, null);
    }
}
