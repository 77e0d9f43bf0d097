/**
 * Queries over the store: {@link dev.sitrep.query.StoreSearch} opens the last commit of a store without a
 * lock and answers article searches ({@link dev.sitrep.query.SearchRequest}, BM25 with filters and
 * highlighted snippets), quote listings ({@link dev.sitrep.query.QuoteRequest}) and the
 * {@link dev.sitrep.query.Overview} a report opens with. A query that does not parse is a
 * {@link dev.sitrep.query.QuerySyntaxException} carrying the position of the problem.
 */
package dev.sitrep.query;
