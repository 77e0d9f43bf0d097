package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sitrep.model.Article;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node stopped in the middle of an ingest. The collection keeps a replica of every shard on each of the two
 * nodes; the node holding a shard leader is stopped from another thread a third of the way through, and either
 * started again {@value #DOWN_SECONDS} seconds later (a restart, a short network loss) or left down until the ingest
 * is over (a node lost: the other node's replicas become the leaders, and the writer must carry on with them).
 *
 * <p>The writer's retries carry the ingest over the outage, the leader election and the recovery (once a batch sent
 * to the leaders the client knows of fails, it goes through a live node, which knows the new leaders), with no
 * error. Nothing is lost and nothing doubled: the collection ends with exactly the articles, entities and quotes
 * that went in, in both replicas of each shard.
 */
@ExtendWith(SolrCluster.class)
class NodeFailureTest {
    private static final int ARTICLES = 2000;
    private static final int BATCH = 100;
    /** The writer's retry budget where the node comes back: enough for its restart on a slow machine. */
    private static final int RETRY_SECONDS = 120;
    /**
     * The writer's retry budget where the node stays down: a leader election takes seconds, so a writer that has
     * not reached the new leaders within this will not reach them at all.
     */
    private static final int ELECTION_SECONDS = 30;
    /** How long a restarted node stays down: well within the retry budget. */
    private static final int DOWN_SECONDS = 15;

    @Test
    void ingestSurvivesANodeRestart(SolrCluster solr) throws Exception {
        ingestWithANodeDown(solr, "restart", false, RETRY_SECONDS);
    }

    @Test
    void ingestCarriesOnWithTheLeadersOfTheNodeLeft(SolrCluster solr) throws Exception {
        ingestWithANodeDown(solr, "lost", true, ELECTION_SECONDS);
    }

    /**
     * @param untilTheEnd whether the node stays down until every article was added (else {@value #DOWN_SECONDS} s)
     * @param retry       the writer's retry budget, in seconds
     */
    private static void ingestWithANodeDown(SolrCluster solr, String collection, boolean untilTheEnd, int retry)
            throws Exception {
        List<Article> articles = Corpus.bulletins(ARTICLES);
        long entities = articles.stream().mapToLong(a -> a.entities().size()).sum();
        long quotes = articles.stream().mapToLong(a -> a.quotes().size()).sum();
        String location = solr.create(collection, 2, 2);
        MiniSolrCloudCluster cluster = solr.cluster();
        JettySolrRunner victim = leaderNode(cluster, collection);

        CountDownLatch third = new CountDownLatch(1);
        CountDownLatch over = new CountDownLatch(1);
        CompletableFuture<String> chaos = CompletableFuture.supplyAsync(() -> {
            try {
                third.await();
                long t0 = System.nanoTime();
                victim.stop();
                if (untilTheEnd) {
                    over.await();
                } else {
                    Thread.sleep(DOWN_SECONDS * 1000L);
                }
                long t1 = System.nanoTime();
                victim.start();
                return String.format("%s stopped for %.1f s", victim.getNodeName(), (t1 - t0) / 1e9);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        long t0 = System.nanoTime();
        int taken = 0;
        String failure = null;
        StoreWriter writer = SolrCluster.withRetrySeconds(retry, () -> Stores.openWriter(location, BATCH));
        try {
            for (int i = 0; i < articles.size(); i++) {
                if (i == articles.size() / 3) {
                    third.countDown();
                }
                taken += writer.add(articles.get(i)) ? 1 : 0;
            }
            writer.close();
        } catch (IOException e) {
            failure = e.getMessage() + " while " + state(cluster, collection);
        }
        over.countDown();
        String stopped = chaos.get(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("failover (%s): %d articles in %.1f s, %s%s%n", collection, articles.size(), seconds,
                stopped, failure == null ? ", no error" : ", failed with: " + failure);
        assertNull(failure, "the writer carries the ingest over the node's failure");
        assertEquals(articles.size(), taken, "every article taken once");

        cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, 2, 4);
        try (StoreSearch search = SolrCluster.withRetrySeconds(30, () -> Stores.openSearch(location))) {
            assertEquals(articles.size(), search.articleCount(), "articles");
            assertEquals(quotes, search.overview(1).quotes(), "quotes in the overview");
        }
        assertEquals(articles.size(), count(cluster, collection, "article"), "article documents");
        assertEquals(entities, count(cluster, collection, "entity"), "entity documents");
        assertEquals(quotes, count(cluster, collection, "quote"), "quote documents");
    }

    /** Live nodes, and each shard's replicas with their nodes and states (the leader marked), for a failure's story. */
    private static String state(MiniSolrCloudCluster cluster, String collection) {
        var clusterState = cluster.getZkStateReader().getClusterState();
        StringBuilder s = new StringBuilder("live nodes " + clusterState.getLiveNodes() + ";");
        for (Slice slice : clusterState.getCollection(collection).getSlices()) {
            s.append(' ').append(slice.getName()).append(':');
            for (Replica r : slice.getReplicas()) {
                s.append(' ').append(r.getNodeName()).append(' ').append(r.getState())
                        .append(r.isLeader() ? " (leader)" : "");
            }
            s.append(';');
        }
        return s.toString();
    }

    /** The node holding the first shard's leader: stopping it forces an election as well as a recovery. */
    private static JettySolrRunner leaderNode(MiniSolrCloudCluster cluster, String collection) {
        DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(collection);
        String leader = state.getSlices().iterator().next().getLeader().getNodeName();
        for (var slice : state.getSlices()) {
            assertEquals(SolrCluster.NODES, slice.getReplicas().stream().map(r -> r.getNodeName()).distinct().count(),
                    "each shard has a replica on every node");
        }
        return cluster.getJettySolrRunners().stream().filter(j -> leader.equals(j.getNodeName())).findFirst()
                .orElseThrow();
    }

    /**
     * Documents of one kind, counted by Solr in every replica on its own ({@code distrib=false}): the replicas of a
     * shard must agree (the restarted node's caught up), and the shards' counts add up to the collection's.
     */
    private static long count(MiniSolrCloudCluster cluster, String collection, String type) throws Exception {
        DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(collection);
        long total = 0;
        for (Slice slice : state.getSlices()) {
            Set<Long> counts = new TreeSet<>();
            for (Replica replica : slice.getReplicas()) {
                try (SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
                    SolrQuery q = new SolrQuery("*:*").addFilterQuery("type:" + type).setRows(0);
                    q.set("distrib", false);
                    counts.add(core.query(replica.getCoreName(), q).getResults().getNumFound());
                }
            }
            assertEquals(1, counts.size(), type + " documents in the replicas of " + slice.getName() + ": " + counts);
            total += counts.iterator().next();
        }
        return total;
    }
}
