package dev.sitrep.query;

import dev.sitrep.model.Article;

/**
 * One article found by a search.
 *
 * @param article the stored article, as ingested
 * @param score   its BM25 score for the query
 * @param snippet the best passage of its text with matches marked, on one line (the opening when only the
 *                title matched)
 */
public record SearchHit(Article article, float score, String snippet) {
}
