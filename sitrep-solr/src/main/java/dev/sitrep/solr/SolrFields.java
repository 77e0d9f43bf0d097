package dev.sitrep.solr;

/**
 * The fields a SolrCloud collection has beyond those of {@link dev.sitrep.stores.StoreFields}: its unique key,
 * and one field where the embedded index keeps two (a keyword and its doc values) under different names.
 */
final class SolrFields {
    /** The unique key: {@code <article>!a}, {@code !e<n>}, {@code !q<n>} ({@link SolrDocuments}). */
    static final String ID = "id";
    /** Entity documents: canonical name and aliases (stored, doc values), the embedded store's {@code entity_names_dv}. */
    static final String ENTITY_NAMES = "entity_names";
    /**
     * Quote documents: each "issue:stance" of the statement (doc values, to count by); the embedded store keeps them
     * as doc values of {@code quote_stance}, which here also holds the bare issue ids.
     */
    static final String QUOTE_STANCE_DV = "quote_stance_dv";

    private SolrFields() {
    }
}
