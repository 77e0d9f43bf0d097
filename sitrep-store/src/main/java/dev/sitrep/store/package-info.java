/**
 * The embedded store: one Lucene index in one folder ({@code ./sitrep-data} by default).
 *
 * <p>{@link dev.sitrep.store.ArticleStore} writes (idempotent by article id, committed in batches, one writer
 * per folder); {@link dev.sitrep.ingest.Ingestion} feeds it from the analysis pipeline with parallel workers;
 * {@link dev.sitrep.stores.StoreFields} documents the index layout and why it is a single index;
 * {@link dev.sitrep.store.StoreAnalyzer} is the text analysis shared by indexing and queries. Reading is the
 * business of {@code dev.sitrep.query}.
 */
package dev.sitrep.store;
