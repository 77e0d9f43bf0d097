package dev.sitrep.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates the SolrCloud side of a store: uploads Sitrep's configset ({@link SolrSchema}) under its version's name
 * and creates a collection from it, with shards and replicas, waiting until every replica is active. Running it
 * again is harmless: the configset is replaced by the same files, an existing collection of this schema is left
 * as it is, and one of another schema is refused ({@link SolrSchema#check}).
 */
public final class SolrAdmin {
    /** What {@link #init} did. */
    public enum Outcome {
        CREATED, ALREADY_THERE
    }

    private SolrAdmin() {
    }

    /** Uploads the configset and creates the collection {@code location} names. */
    public static Outcome init(SolrLocation location, int shards, int replicas) throws IOException {
        return init(location, shards, replicas, Retry.fromSystemProperties());
    }

    /** As {@link #init(SolrLocation, int, int)}, with a retry budget. */
    public static Outcome init(SolrLocation location, int shards, int replicas, Retry retry) throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1, not " + shards + " and "
                    + replicas);
        }
        try (SolrCollection c = SolrCollection.connect(location, retry)) {
            byte[] zip = SolrSchema.zip();
            retry.run("uploading the configset " + SolrSchema.NAME + " to " + location.zk(), () -> {
                ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                        .setConfigSetName(SolrSchema.NAME)
                        .setUploadStream(new ContentStreamBase.ByteArrayStream(zip, SolrSchema.NAME + ".zip",
                                "application/zip"))
                        .setOverwrite(true)
                        .setCleanup(true);
                return upload.process(c.client());
            });
            boolean exists = retry.run("reading the cluster state from ZooKeeper at " + location.zk(),
                    () -> c.client().getClusterState().hasCollection(location.collection()));
            if (exists) {
                SolrSchema.check(location, c.schemaName());
                return Outcome.ALREADY_THERE;
            }
            retry.run("creating the collection " + location.collection(), () -> {
                var create = CollectionAdminRequest.createCollection(location.collection(), SolrSchema.NAME, shards,
                        replicas);
                create.setWaitForFinalState(true); // returns once every replica is active
                return create.process(c.client());
            });
            return Outcome.CREATED;
        }
    }
}
