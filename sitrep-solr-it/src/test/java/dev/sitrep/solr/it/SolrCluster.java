package dev.sitrep.solr.it;

import dev.sitrep.solr.SolrAdmin;
import dev.sitrep.solr.SolrLocation;
import dev.sitrep.solr.SolrSchema;
import dev.sitrep.stores.Stores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One SolrCloud cluster for every test class of the module: two Jetty nodes and an embedded ZooKeeper in the test
 * JVM (solr-test-framework's {@link MiniSolrCloudCluster}, built outside its randomized test runner, as its builder
 * allows; no Docker). Starting one takes from seconds to most of a minute on a busy machine, so the first test
 * class that asks for it starts it and JUnit closes it when the whole run ends (it lives in the root context's
 * store); test classes make collections of their own in it.
 *
 * <p>Use with {@code @ExtendWith(SolrCluster.class)} and a {@code SolrCluster} parameter.
 */
public final class SolrCluster implements BeforeAllCallback, ParameterResolver, AutoCloseable {
    /** Nodes: two, so that a collection's replicas can sit on different nodes and one node can be stopped. */
    static final int NODES = 2;

    private final MiniSolrCloudCluster cluster;
    private final Path home;

    /** For JUnit: the extension instance; the cluster itself is made once, in {@link #beforeAll}. */
    public SolrCluster() {
        cluster = null;
        home = null;
    }

    private SolrCluster(MiniSolrCloudCluster cluster, Path home) {
        this.cluster = cluster;
        this.home = home;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    private static SolrCluster shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SolrCluster.class))
                .getOrComputeIfAbsent(SolrCluster.class, k -> start(), SolrCluster.class);
    }

    private static SolrCluster start() {
        long t0 = System.nanoTime();
        try {
            Path home = Files.createTempDirectory(Path.of("target"), "solr-cluster");
            MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(NODES, home)
                    .withTraceIdGenerationDisabled()
                    .configure();
            System.out.printf("SolrCloud test cluster: %d nodes, ZooKeeper %s, up in %.1f s%n", NODES,
                    cluster.getZkServer().getZkAddress(), (System.nanoTime() - t0) / 1e9);
            return new SolrCluster(cluster, home);
        } catch (Exception e) {
            throw new IllegalStateException("the SolrCloud test cluster did not start", e);
        }
    }

    /** The cluster, for stopping and starting nodes and for SolrJ. */
    MiniSolrCloudCluster cluster() {
        return cluster;
    }

    /** The {@code solr://} location of a collection in this cluster. */
    String location(String collection) {
        return "solr://" + cluster.getZkServer().getZkAddress() + "/" + collection;
    }

    /**
     * Makes a collection as {@code sitrep solr init} does ({@link SolrAdmin#init}) and returns its location.
     *
     * @param replicas replicas of each shard: 2 where a test stops a node, so that every shard keeps one
     */
    String create(String collection, int shards, int replicas) throws IOException {
        String location = location(collection);
        SolrAdmin.init(SolrLocation.parse(location), shards, replicas);
        return location;
    }

    /** Opens something of a Solr store ({@link Stores#openSearch}, {@link Stores#openWriter}). */
    @FunctionalInterface
    interface Opening<T> {
        T open() throws IOException;
    }

    /**
     * Opens a Solr store with a retry budget of {@code seconds} ({@code sitrep.solr.retrySeconds}, which the store
     * reads when it opens): short where the cluster is healthy, so that an answer Solr cannot give fails at once
     * instead of being retried for the default two minutes; long where a test stops a node.
     */
    static synchronized <T> T withRetrySeconds(int seconds, Opening<T> opening) throws IOException {
        String before = System.getProperty(RETRY_PROPERTY);
        System.setProperty(RETRY_PROPERTY, Integer.toString(seconds));
        try {
            return opening.open();
        } finally {
            if (before == null) {
                System.clearProperty(RETRY_PROPERTY);
            } else {
                System.setProperty(RETRY_PROPERTY, before);
            }
        }
    }

    /** The system property a Solr store reads its retry budget from ({@code dev.sitrep.solr.Retry}). */
    private static final String RETRY_PROPERTY = "sitrep.solr.retrySeconds";

    /**
     * Writes Sitrep's configset ({@link SolrSchema#zip()}) into {@code dir}, each file's text edited by
     * {@code edits} (old text to new): for configsets that differ from Sitrep's on purpose.
     */
    static Path configset(Path dir, Map<String, String> edits) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SolrSchema.zip()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (Map.Entry<String, String> edit : edits.entrySet()) {
                    text = text.replace(edit.getKey(), edit.getValue());
                }
                Files.writeString(dir.resolve(e.getName()), text);
            }
        }
        return dir;
    }

    @Override
    public void close() throws IOException {
        if (cluster != null) {
            try {
                cluster.shutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the SolrCloud test cluster shut down", e);
            } catch (Exception e) {
                throw new IOException("the SolrCloud test cluster did not shut down", e);
            } finally {
                try (var files = Files.walk(home)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }
}
