/**
 * Stores, whatever holds them: {@link dev.sitrep.stores.StoreWriter} (the writing side every ingest path uses),
 * {@link dev.sitrep.stores.Stores} (opens a store from its location through the
 * {@link dev.sitrep.stores.StoreProvider}s on the class path: a folder for the embedded Lucene store, a
 * {@code solr://} address for SolrCloud), {@link dev.sitrep.stores.StoreFields} (the fields both backends index),
 * {@link dev.sitrep.stores.Collation} (the copy and story memory both backends decide with, so that the same inputs
 * give the same store) and {@link dev.sitrep.stores.ArticleLoad} (stores analysed JSON Lines without analysing
 * again). The reading side is {@link dev.sitrep.query.StoreSearch}.
 */
package dev.sitrep.stores;
