package dev.sitrep.query;

import dev.sitrep.model.Quote;
import java.util.List;

/**
 * One stored quote as a store implementation reads it for {@link StatementGroups}: the quote with its article, the
 * article's copy group and the labels of the article's flags.
 *
 * @param hit   the quote and its article
 * @param group its article's copy group (the id of the group's original; the article's own id when unknown)
 * @param flags its article's flag labels
 */
public record QuoteDoc(QuoteHit hit, String group, List<String> flags) {
    public QuoteDoc {
        flags = List.copyOf(flags);
    }

    public String articleId() {
        return hit.articleId();
    }

    public String text() {
        return hit.quote().text();
    }

    boolean sameSpan(QuoteHit other) {
        return hit.quote().start() == other.quote().start() && hit.quote().end() == other.quote().end();
    }

    /** The quote as one source of a statement. */
    public QuoteSource source() {
        Quote q = hit.quote();
        return new QuoteSource(hit.articleId(), hit.title(), hit.publisher(), hit.published(), hit.url(), flags,
                q.text(), q.start(), q.end());
    }
}
