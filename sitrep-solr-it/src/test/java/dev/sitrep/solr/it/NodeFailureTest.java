package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A node stopped in the middle of an ingest: the collection keeps a replica of every shard on each of the two
 * nodes, the node holding a shard leader is stopped from another thread a third of the way through and started
 * again {@value #DOWN_SECONDS} seconds later. The writer's retries carry the ingest over the outage, the leader
 * election and the recovery; nothing is lost and nothing doubled: the collection ends with exactly the articles,
 * entities and quotes that went in.
 */
@ExtendWith(SolrCluster.class)
class NodeFailureTest {
    private static final int ARTICLES = 2400;
    private static final int BATCH = 100;
    /** The writer's retry budget: enough for a leader election and a node's restart on a slow machine. */
    private static final int RETRY_SECONDS = 120;
    /** How long the node stays down: within the retry budget, as a restart or a short network loss would be. */
    private static final int DOWN_SECONDS = 15;

    @Test
    void ingestSurvivesANodeStoppedAndStartedAgain(SolrCluster solr) throws Exception {
        List<Article> articles = Corpus.bulletins(ARTICLES);
        long entities = articles.stream().mapToLong(a -> a.entities().size()).sum();
        long quotes = articles.stream().mapToLong(a -> a.quotes().size()).sum();
        String collection = "failover";
        String location = solr.create(collection, 2, 2);
        MiniSolrCloudCluster cluster = solr.cluster();
        JettySolrRunner victim = leaderNode(cluster, collection);

        CountDownLatch third = new CountDownLatch(1);
        CompletableFuture<String> chaos = CompletableFuture.supplyAsync(() -> {
            try {
                third.await();
                long t0 = System.nanoTime();
                victim.stop();
                Thread.sleep(DOWN_SECONDS * 1000L);
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
        try (StoreWriter writer = SolrCluster.withRetrySeconds(RETRY_SECONDS, () -> Stores.openWriter(location, BATCH))) {
            for (int i = 0; i < articles.size(); i++) {
                if (i == articles.size() / 3) {
                    third.countDown();
                }
                taken += writer.add(articles.get(i)) ? 1 : 0;
            }
        } catch (IOException e) {
            // A clear error is allowed, loss is not: the run below must find everything committed so far, and
            // the same ingest again (idempotent by article id) must complete the collection.
            failure = e.getMessage();
            assertEquals(-1, failure.indexOf('\n'), "one line: " + failure);
        }
        String stopped = chaos.get(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("failover: %d articles in %.1f s, %s%s%n", articles.size(), seconds, stopped,
                failure == null ? ", no error" : ", failed with: " + failure);
        if (failure != null) {
            // Articles added after the last commit were lost with the failed batch and are taken again.
            taken = 0;
            try (StoreWriter writer = SolrCluster.withRetrySeconds(RETRY_SECONDS, () -> Stores.openWriter(location, BATCH))) {
                for (Article a : articles) {
                    taken += writer.add(a) ? 1 : 0;
                }
            }
        }
        if (failure == null) {
            assertEquals(articles.size(), taken, "every article taken once");
        }

        cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, 2, 4);
        try (StoreSearch search = SolrCluster.withRetrySeconds(30, () -> Stores.openSearch(location))) {
            assertEquals(articles.size(), search.articleCount(), "articles");
            assertEquals(quotes, search.overview(1).quotes(), "quotes in the overview");
        }
        assertEquals(articles.size(), count(cluster, collection, "article"), "article documents");
        assertEquals(entities, count(cluster, collection, "entity"), "entity documents");
        assertEquals(quotes, count(cluster, collection, "quote"), "quote documents");
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
