package dev.sitrep.stores;

import dev.sitrep.query.StoreSearch;
import java.io.IOException;

/**
 * One kind of store, found by {@link Stores} through {@link java.util.ServiceLoader}: the embedded Lucene store
 * ({@code sitrep-store}) answers plain folder paths, SolrCloud ({@code sitrep-solr}) answers {@code solr://}
 * addresses. A module registers its provider in {@code META-INF/services/dev.sitrep.stores.StoreProvider}.
 */
public interface StoreProvider {
    /** Whether this provider opens stores at {@code location} (a folder, or {@code scheme://…}). */
    boolean accepts(String location);

    /** Opens the store at {@code location} for reading; a clear {@link IOException} when there is none. */
    StoreSearch openSearch(String location) throws IOException;

    /** Opens (creating where that is this provider's business) the store at {@code location} for writing. */
    StoreWriter openWriter(String location, int batchSize) throws IOException;
}
