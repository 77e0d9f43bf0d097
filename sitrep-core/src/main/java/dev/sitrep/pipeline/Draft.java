package dev.sitrep.pipeline;

import dev.sitrep.model.Article;
import java.time.LocalDate;

/**
 * An article on its way through the pipeline: the fields found so far, plus what stages need to know about
 * where it came from.
 *
 * @param article       the article so far (no id yet)
 * @param referenceDate the date relative dates ("5 days ago") count from: the WARC date or {@code --as-of}; null
 *                      when unknown, in which case relative dates stay unresolved
 * @param fromHtml      whether the text was extracted from HTML markup (text dumps need line-level cleaning
 *                      that extracted HTML does not)
 */
public record Draft(Article article, LocalDate referenceDate, boolean fromHtml) {

    public Draft withArticle(Article a) {
        return new Draft(a, referenceDate, fromHtml);
    }
}
