/**
 * The embedded store's queries: {@link dev.sitrep.store.search.LuceneStoreSearch} opens the last commit of the index
 * in a folder without a lock and answers {@link dev.sitrep.query.StoreSearch} with one class per question (article
 * search with BM25 and highlighted snippets, quote listings and statements, entities and profiles, timelines,
 * stories, the overview), counting from doc values. User queries go through Lucene's classic parser held to
 * {@link dev.sitrep.store.search.QueryLimits}.
 */
package dev.sitrep.store.search;
