/**
 * Query latency of a store through {@link dev.sitrep.query.StoreSearch} alone: {@link dev.sitrep.query.bench.SyntheticCorpus}
 * invents the articles, {@link dev.sitrep.query.bench.QueryMix} the questions, {@link dev.sitrep.query.bench.Latencies}
 * asks them from one or more threads and reports percentiles. Whoever builds the store (the embedded one in
 * {@code sitrep-server}'s latency benchmark, a SolrCloud collection) hands it over as a {@code StoreSearch}.
 */
package dev.sitrep.query.bench;
