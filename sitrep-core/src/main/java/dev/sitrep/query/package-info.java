/**
 * Queries over a store, whatever holds it: {@link dev.sitrep.query.StoreSearch} is what the CLI, the API and the web
 * page ask — article searches ({@link dev.sitrep.query.SearchRequest}, BM25 with filters and highlighted snippets),
 * quote listings ({@link dev.sitrep.query.QuoteRequest}), entities and profiles, timelines, stories and the
 * {@link dev.sitrep.query.Overview} a report opens with — with its questions and answers as values, so one golden
 * suite runs against every implementation. What the implementations share lives here too:
 * {@link dev.sitrep.query.StatementGroups} (statements counted once), {@link dev.sitrep.query.StorySummaries},
 * {@link dev.sitrep.query.Snippets}. A query that does not parse is a
 * {@link dev.sitrep.query.QuerySyntaxException} carrying the position of the problem.
 *
 * <p>How copies count. A statement is counted once however many copies of its article repeat it: quote
 * listings, a timeline's key statements, a profile's and a story's statements give it once, at its origin (the
 * earliest copy), with every copy as a {@link dev.sitrep.query.QuoteSource}. Articles are counted as published:
 * search hits, articles per day and mentions include every copy, because they measure how much was written
 * (each hit carries {@code duplicateOf}, and a story says how many of its articles are originals).
 */
package dev.sitrep.query;
