package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Article;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.bench.Latencies;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latency harness: the same synthetic articles ({@link SyntheticCorpus}) stored in the embedded store and in a
 * SolrCloud collection of two shards on the two nodes of the in-JVM cluster (loopback), each built through its
 * {@link StoreWriter} (the real ingest path: copies and stories decided for every article), then every query kind
 * of the API measured on both in the same run ({@link Latencies}) at each concurrency. Prints build time and
 * throughput (articles and documents per second) and p50 / p99 per query kind, one line each.
 *
 * <p>Its size comes from system properties: {@code sitrep.latency.articles} (default 2,000: the short form that
 * {@code ./mvnw verify} runs, proving the harness works), {@code sitrep.latency.runs} (default 50),
 * {@code sitrep.latency.concurrency} (default "1,4"). The figures in the README are from
 * {@code ./mvnw -pl sitrep-solr-it -am verify -Dtest=SolrLatencyTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsitrep.latency.articles=100000 -Dsitrep.latency.runs=300}. Speed is not asserted here: a shared build machine
 * is no place for a stopwatch; what is asserted is that every kind answered on both stores.
 */
@ExtendWith(SolrCluster.class)
class SolrLatencyTest {
    private static final int BATCH = 2_000;

    @TempDir
    Path tmp;

    @Test
    void bothStoresSideBySide(SolrCluster solr) throws IOException {
        int articles = Integer.getInteger("sitrep.latency.articles", 2_000);
        int runs = Integer.getInteger("sitrep.latency.runs", 50);
        List<Integer> concurrency = new ArrayList<>();
        for (String c : System.getProperty("sitrep.latency.concurrency", "1,4").split(",")) {
            concurrency.add(Integer.parseInt(c.strip()));
        }
        String location = solr.create("latency", 2, 1);
        Path folder = Files.createDirectories(tmp.resolve("embedded"));
        Build embedded = build("embedded", EmbeddedStoreLoader.provider().openWriter(folder.toString(), BATCH),
                articles);
        Build cloud = build("solrcloud", SolrCluster.withRetrySeconds(30, () -> Stores.openWriter(location, BATCH)),
                articles);
        System.out.printf(Locale.ROOT, "latency: solrcloud ingest overhead %.2fx the embedded store's time%n",
                cloud.seconds() / embedded.seconds());
        try (StoreSearch e = EmbeddedStoreLoader.provider().openSearch(folder.toString());
             StoreSearch s = SolrCluster.withRetrySeconds(30, () -> Stores.openSearch(location))) {
            assertEquals(articles, e.articleCount());
            assertEquals(articles, s.articleCount());
            List<Latencies.Figures> all = new ArrayList<>();
            for (int threads : concurrency) {
                List<Latencies.Figures> fe = Latencies.measure(e, runs, threads);
                List<Latencies.Figures> fs = Latencies.measure(s, runs, threads);
                assertEquals(fe.size(), fs.size());
                for (int i = 0; i < fe.size(); i++) {
                    System.out.println("latency: embedded  " + fe.get(i));
                    System.out.println("latency: solrcloud " + fs.get(i));
                    assertEquals(fe.get(i).query(), fs.get(i).query());
                    assertTrue(fe.get(i).perSecond() > 0 && fs.get(i).perSecond() > 0, "every kind answered");
                }
                all.addAll(fs);
            }
            Latencies.Figures worst = all.stream().max(Comparator.comparingDouble(Latencies.Figures::p99Millis))
                    .orElseThrow();
            System.out.printf(Locale.ROOT, "latency: solrcloud at %,d articles: highest p99 %.1f ms (%s, %d threads)%n",
                    articles, worst.p99Millis(), worst.query(), worst.concurrency());
        }
    }

    /** What building one store took. */
    private record Build(String store, int articles, long documents, double seconds) {
    }

    private static Build build(String name, StoreWriter writer, int articles) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        long documents = 0;
        long t0 = System.nanoTime();
        try (writer) {
            for (int i = 0; i < articles; i++) {
                Article a = corpus.article(i);
                documents += 1 + a.entities().size() + a.quotes().size();
                assertTrue(writer.add(a));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "latency: %s built %,d articles (%,d documents) in %.1f s: %.0f articles/s, "
                + "%.0f documents/s%n", name, articles, documents, seconds, articles / seconds, documents / seconds);
        return new Build(name, articles, documents, seconds);
    }
}
