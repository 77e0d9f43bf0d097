/**
 * SolrCloud as Sitrep's store, through SolrJ only (no Lucene on this module's class path, so it works beside any
 * Solr version and beside the embedded store). {@link dev.sitrep.solr.SolrLocation} reads
 * {@code solr://zk…/chroot/collection}; {@link dev.sitrep.solr.SolrAdmin} uploads the configset
 * ({@link dev.sitrep.solr.SolrSchema}) and creates the collection; {@link dev.sitrep.solr.SolrStoreWriter} and
 * {@link dev.sitrep.solr.SolrStoreSearch} are the two sides of the store, registered by
 * {@link dev.sitrep.solr.SolrStores}. Every request goes through a {@link dev.sitrep.solr.Retry}.
 */
package dev.sitrep.solr;
