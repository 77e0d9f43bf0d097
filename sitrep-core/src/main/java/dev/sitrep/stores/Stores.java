package dev.sitrep.stores;

import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Opens a store from its location, as {@code --store} and {@code SITREP_STORE} give it: a folder for the embedded
 * store, {@code solr://zkhost:2181/chroot/collection} for SolrCloud. The kinds are the {@link StoreProvider}s on the
 * class path; a location no provider accepts is a clear {@link IllegalArgumentException} naming the kinds there
 * are, and a {@code solr://} location without the SolrCloud module says which module to add.
 */
public final class Stores {
    /** Articles per commit when the caller does not say. */
    public static final int DEFAULT_BATCH = 500;

    private Stores() {
    }

    /** Opens the store at {@code location} for reading. */
    public static StoreSearch openSearch(String location) throws IOException {
        return provider(location).openSearch(location);
    }

    /** Opens the store at {@code location} for writing, committing every {@code batchSize} articles. */
    public static StoreWriter openWriter(String location, int batchSize) throws IOException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        return provider(location).openWriter(location, batchSize);
    }

    /** Whether {@code location} names a remote store ({@code scheme://…}) rather than a folder. */
    public static boolean isRemote(String location) {
        return location.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    private static StoreProvider provider(String location) {
        List<StoreProvider> found = new ArrayList<>();
        for (StoreProvider p : ServiceLoader.load(StoreProvider.class, Stores.class.getClassLoader())) {
            if (p.accepts(location)) {
                return p;
            }
            found.add(p);
        }
        if (location.startsWith("solr://")) {
            throw new IllegalArgumentException(location + ": SolrCloud stores need the sitrep-solr module on the "
                    + "class path (./sitrep has it; a custom build must add it)");
        }
        throw new IllegalArgumentException(location + ": no store of this kind (" + (found.isEmpty()
                ? "no store module on the class path" : "known: a folder, or solr://zkhost:port/chroot/collection") + ")");
    }
}
