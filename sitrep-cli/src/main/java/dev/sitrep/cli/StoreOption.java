package dev.sitrep.cli;

import dev.sitrep.stores.Stores;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option of every command that uses the store; mixed in with {@code @Mixin}. A folder names the
 * embedded store, {@code solr://zkhost:2181/chroot/collection} a SolrCloud collection. {@code --data DIR}, the
 * option's older name, still works.
 */
final class StoreOption {
    /** The environment variable that chooses the store when {@code --store} is absent. */
    static final String ENV = "SITREP_STORE";
    /** Its older name, read when {@link #ENV} is unset. */
    static final String OLD_ENV = "SITREP_DATA";
    static final String DEFAULT = "sitrep-data";

    @Option(names = {"--store", "--data"}, paramLabel = "STORE",
            description = "the store: a folder, or solr://zkhost:2181[/chroot]/collection for SolrCloud "
                    + "(default: $" + ENV + ", else ./" + DEFAULT + ")")
    String store;

    /** {@code --store}, else {@code $SITREP_STORE}, else {@code $SITREP_DATA}, else {@code ./sitrep-data}. */
    String location() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        for (String name : new String[] {ENV, OLD_ENV}) {
            String env = System.getenv(name);
            if (env != null && !env.isBlank()) {
                return env;
            }
        }
        return DEFAULT;
    }

    /** Whether the store is a SolrCloud collection rather than a folder. */
    boolean remote() {
        return Stores.isRemote(location());
    }

    /** The store's folder; for a remote store, the folder that would hold it locally ({@code ./sitrep-data}). */
    Path dir() {
        return remote() ? Path.of(DEFAULT) : Path.of(location());
    }
}
