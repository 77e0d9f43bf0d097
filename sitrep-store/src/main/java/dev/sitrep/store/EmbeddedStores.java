package dev.sitrep.store;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
import dev.sitrep.stores.StoreProvider;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.nio.file.Path;

/** The embedded store as a {@link StoreProvider}: every location that is not a {@code scheme://} address is a folder. */
public final class EmbeddedStores implements StoreProvider {
    @Override
    public boolean accepts(String location) {
        return !Stores.isRemote(location);
    }

    @Override
    public StoreSearch openSearch(String location) throws IOException {
        return LuceneStoreSearch.open(Path.of(location));
    }

    @Override
    public StoreWriter openWriter(String location, int batchSize) throws IOException {
        return ArticleStore.open(Path.of(location), batchSize);
    }
}
