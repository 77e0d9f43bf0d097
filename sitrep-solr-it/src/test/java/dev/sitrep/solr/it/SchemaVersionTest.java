package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.solr.SolrAdmin;
import dev.sitrep.solr.SolrLocation;
import dev.sitrep.solr.SolrSchema;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection made by another version of Sitrep (a configset whose schema has another name): opening it as a
 * store, for reading or writing, and initialising it again are refused with a message that says how to migrate,
 * and the collection is left as it is.
 */
@ExtendWith(SolrCluster.class)
class SchemaVersionTest {
    private static final String OLD = "sitrep-0";

    @Test
    void collectionOfAnotherSchemaIsRefusedWithTheWayToMigrate(SolrCluster solr, @TempDir Path dir) throws Exception {
        String configset = OLD + "-test";
        solr.cluster().uploadConfigSet(SolrCluster.configset(dir,
                Map.of("<schema name=\"" + SolrSchema.NAME + "\"", "<schema name=\"" + OLD + "\"")), configset);
        String collection = "older";
        CollectionAdminRequest.createCollection(collection, configset, 1, 1).process(solr.cluster().getSolrClient());
        solr.cluster().waitForActiveCollection(collection, 60, TimeUnit.SECONDS, 1, 1);
        String location = solr.location(collection);

        List<IOException> refusals = List.of(
                assertThrows(IOException.class, () -> SolrCluster.withRetrySeconds(5, () -> Stores.openSearch(location))),
                assertThrows(IOException.class, () -> SolrCluster.withRetrySeconds(5, () -> Stores.openWriter(location, 10))),
                assertThrows(IOException.class, () -> SolrAdmin.init(SolrLocation.parse(location), 1, 1)));
        for (IOException e : refusals) {
            String m = e.getMessage();
            System.out.println("older schema: " + m);
            assertTrue(m.contains(OLD) && m.contains(SolrSchema.NAME), "names both schemas: " + m);
            assertTrue(m.contains("migrate"), "says how to migrate: " + m);
            assertTrue(m.contains("sitrep solr init") && m.contains("sitrep solr load"), "with the commands: " + m);
        }
        assertTrue(solr.cluster().getZkStateReader().getClusterState().hasCollection(collection), "left as it is");
    }
}
