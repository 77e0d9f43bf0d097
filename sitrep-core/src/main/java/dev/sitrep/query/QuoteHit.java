package dev.sitrep.query;

import dev.sitrep.model.Quote;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored quote with where it was published. In the store's quote listings a hit is one statement: copies of
 * one article that quote the same words count once, the hit is the earliest copy (the origin) and
 * {@code sources} lists every copy.
 *
 * @param quote     the quote as the pipeline found it (offsets into its article's text)
 * @param articleId the article it comes from
 * @param title     that article's title, or null
 * @param publisher that article's publisher, or null
 * @param published that article's publication day, or null
 * @param url       that article's address, or null
 * @param sources   every article that carries the statement, the origin first, then by date; empty when the
 *                  hit was not grouped with its copies
 * @param publishedInferred whether {@code published} was inferred from the article's text, not given by its page
 */
public record QuoteHit(Quote quote, String articleId, String title, String publisher, LocalDate published, String url,
                       List<QuoteSource> sources, boolean publishedInferred) {
    public QuoteHit {
        sources = List.copyOf(sources);
    }

    /** A hit not grouped with its copies. */
    public QuoteHit(Quote quote, String articleId, String title, String publisher, LocalDate published, String url,
            boolean publishedInferred) {
        this(quote, articleId, title, publisher, published, url, List.of(), publishedInferred);
    }

    /** A hit not grouped with its copies, dated by its page. */
    public QuoteHit(Quote quote, String articleId, String title, String publisher, LocalDate published, String url) {
        this(quote, articleId, title, publisher, published, url, List.of(), false);
    }

    /** A hit without the article's address. */
    public QuoteHit(Quote quote, String articleId, String title, String publisher, LocalDate published) {
        this(quote, articleId, title, publisher, published, null);
    }

    /** How many other articles carry the statement: the copies collapsed into this hit. */
    public int copies() {
        return Math.max(0, sources.size() - 1);
    }
}
