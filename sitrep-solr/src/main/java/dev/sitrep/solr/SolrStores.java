package dev.sitrep.solr;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.StoreProvider;
import dev.sitrep.stores.StoreWriter;
import java.io.IOException;

/** SolrCloud as a {@link StoreProvider}: answers {@code solr://zkhost:2181[/chroot]/collection}. */
public final class SolrStores implements StoreProvider {
    @Override
    public boolean accepts(String location) {
        return location.startsWith(SolrLocation.SCHEME);
    }

    @Override
    public StoreSearch openSearch(String location) throws IOException {
        return SolrStoreSearch.open(SolrLocation.parse(location));
    }

    @Override
    public StoreWriter openWriter(String location, int batchSize) throws IOException {
        return SolrStoreWriter.open(SolrLocation.parse(location), batchSize);
    }
}
