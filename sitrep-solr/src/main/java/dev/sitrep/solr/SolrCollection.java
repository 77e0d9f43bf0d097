package dev.sitrep.solr;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;

/**
 * One SolrCloud collection holding a Sitrep store, through SolrJ's cloud client (which reads the cluster's state
 * from ZooKeeper and sends each request to a live replica, updates to the shard leaders). Every call goes through
 * a {@link Retry}: a node restarting or a leader election costs a pause, not the run. Opening checks that the
 * collection exists and was created from Sitrep's configset of this version ({@link SolrSchema}). Thread-safe.
 */
public final class SolrCollection implements Closeable {
    /**
     * How long updates go through a live node after one sent straight to the shard leaders failed. Updates go to
     * the leaders the client knows of; when a node is lost, SolrJ's cloud client may keep routing to the leaders
     * it had there long after the election moved them (its cached collection state is not refreshed on a failed
     * connection), while the cluster's live nodes are current at once. A live node routes by the cluster's own
     * state, at the cost of one more hop; after this pause the direct route is tried again.
     */
    private static final long INDIRECT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private final SolrLocation location;
    private final CloudHttp2SolrClient client;
    /** When an update sent straight to the leaders last failed. */
    private volatile long indirectSince = System.nanoTime() - INDIRECT_NANOS - 1;
    private final Retry retry;

    private SolrCollection(SolrLocation location, CloudHttp2SolrClient client, Retry retry) {
        this.location = location;
        this.client = client;
        this.retry = retry;
    }

    /**
     * Connects to the ensemble and checks the collection.
     *
     * @throws IOException one line naming the ZooKeeper hosts when they cannot be reached within the retry
     *                     budget, the collection when it does not exist, how to migrate when its schema is another
     */
    public static SolrCollection open(SolrLocation location, Retry retry) throws IOException {
        SolrCollection c = connect(location, retry);
        try {
            ClusterState state = c.retry.run("reading the cluster state from ZooKeeper at " + location.zk(),
                    () -> c.client.getClusterState());
            if (!state.hasCollection(location.collection())) {
                throw new IOException(location + ": no collection \"" + location.collection() + "\" (create it with "
                        + "sitrep solr init --zk " + location.zk() + " --collection " + location.collection() + ")");
            }
            SolrSchema.check(location, c.schemaName());
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Connects to the ensemble only: what {@code solr init} needs before the collection exists. */
    static SolrCollection connect(SolrLocation location, Retry retry) throws IOException {
        CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(location.zkHosts(), location.chroot())
                .withDefaultCollection(location.collection())
                .withZkConnectTimeout(10, TimeUnit.SECONDS)
                .withZkClientTimeout(30, TimeUnit.SECONDS)
                .build();
        try {
            retry.run("connecting to ZooKeeper at " + location.zk(), () -> {
                client.connect(10, TimeUnit.SECONDS);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
        return new SolrCollection(location, client, retry);
    }

    /** The name of the collection's schema: Sitrep's schema version. */
    String schemaName() throws IOException {
        return retry.run("reading the schema of " + location, () -> new SchemaRequest.SchemaName()
                .process(client, location.collection()).getSchemaName());
    }

    public SolrLocation location() {
        return location;
    }

    CloudSolrClient client() {
        return client;
    }

    Retry retry() {
        return retry;
    }

    /**
     * Runs a query, retried while the cluster heals. A query Solr refuses as malformed (400) is thrown at once as
     * the {@link SolrException} it is, for the caller to turn into a syntax error.
     */
    public QueryResponse query(SolrParams params) throws IOException {
        return retry.run("querying " + location, () -> client.query(location.collection(), params,
                SolrRequest.METHOD.POST));
    }

    /** What is done with each document a cursor reads. */
    @FunctionalInterface
    interface DocumentVisitor {
        void visit(SolrDocument document) throws IOException;
    }

    /**
     * Every document {@code query} matches, read {@code page} at a time with a cursor (sorted by id, as a cursor
     * needs): the whole collection's worth of small fields without deep paging.
     */
    void forEach(SolrQuery query, int page, DocumentVisitor visitor) throws IOException {
        SolrQuery q = query.getCopy().setRows(page).setSort(SolrFields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                visitor.visit(d);
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    /** Like {@link #query(SolrParams)}. */
    public QueryResponse query(SolrQuery query) throws IOException {
        return query((SolrParams) query);
    }

    /**
     * Sends documents in one update request, retried as a whole: ids are deterministic, so a batch sent twice
     * leaves the same documents.
     */
    void add(Collection<SolrInputDocument> docs) throws IOException {
        if (docs.isEmpty()) {
            return;
        }
        int[] attempts = {0};
        retry.run("sending " + docs.size() + " documents to " + location, () -> {
            UpdateRequest u = new UpdateRequest();
            u.add(docs);
            boolean direct = attempts[0]++ == 0 && System.nanoTime() - indirectSince > INDIRECT_NANOS;
            try {
                return check(direct ? u.process(client, location.collection()).getResponse()
                        : viaLiveNode(u).getResponse());
            } catch (Exception e) {
                if (direct) {
                    indirectSince = System.nanoTime();
                }
                throw e;
            }
        });
    }

    /**
     * Sends an update to one of the live nodes, at random, which forwards each document to its shard's leader as
     * the cluster knows it.
     */
    private UpdateResponse viaLiveNode(UpdateRequest u) throws SolrServerException, IOException {
        List<String> live = new ArrayList<>(client.getClusterStateProvider().getLiveNodes());
        if (live.isEmpty()) {
            throw new SolrServerException(new ConnectException("no live Solr node in " + location.zk()));
        }
        String node = live.get(ThreadLocalRandom.current().nextInt(live.size()));
        String scheme = client.getClusterStateProvider().getClusterProperty(ClusterState.URL_SCHEME, "http");
        return client.getHttpClient().requestWithBaseUrl(Utils.getBaseUrlForNodeName(node, scheme),
                location.collection(), u);
    }

    /** Deletes the documents a query matches. */
    void deleteByQuery(String query) throws IOException {
        retry.run("deleting from " + location, () -> check(client.deleteByQuery(location.collection(), query)
                .getResponse()));
    }

    /** A hard commit that opens a new searcher: what was sent is durable and visible when it returns. */
    void commit() throws IOException {
        retry.run("committing " + location, () -> check(client.commit(location.collection(), true, true)
                .getResponse()));
    }

    private static Object check(NamedList<Object> response) {
        Object header = response.get("responseHeader");
        if (header instanceof NamedList<?> h && h.get("status") instanceof Integer status && status != 0) {
            throw new SolrException(SolrException.ErrorCode.getErrorCode(status), "update failed: status " + status);
        }
        return response;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
