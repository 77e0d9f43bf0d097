package dev.sitrep.bench;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.dedup.Fingerprinter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The copy check at ingest: fingerprint an article of 800 words and look it up in an index already holding
 * {@code stored} fingerprints (1,000,000 by default) of a synthetic news corpus with real copy groups
 * ({@link CopyCheckCorpus}). Measured as fingerprinting alone, look-up alone (fingerprints computed
 * beforehand) and both, and beside them the peer: Lucene's MinHash analysis chain on the same articles
 * ({@link LuceneMinHash}). Single-threaded, so scores are per core; the index's memory is printed at set-up.
 * For rates per CPU-second on a busy machine, see {@link CopyCheckCpuTime}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xmx6g", "-XX:+UseTransparentHugePages"})
@Threads(1)
public class CopyCheckBenchmark {
    @Param({"1000000"})
    int stored;

    private CopyCheckCorpus corpus;
    private Fingerprinter fingerprinter;
    private LuceneMinHash luceneMinHash;
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        corpus = new CopyCheckCorpus(stored);
        fingerprinter = new Fingerprinter();
        luceneMinHash = new LuceneMinHash();
        System.gc();
        System.out.printf("%n%s%n", corpus.describe());
    }

    /** Fingerprint one 800-word article and look it up (what ingest does per article). */
    @Benchmark
    public int fingerprintAndLookUp() {
        Fingerprint fp = fingerprinter.of(corpus.queries[next++ & (CopyCheckCorpus.QUERIES - 1)]);
        return corpus.index.copiesOf(fp, 1).length;
    }

    /** Fingerprinting alone. */
    @Benchmark
    public Fingerprint fingerprintOnly() {
        return fingerprinter.of(corpus.queries[next++ & (CopyCheckCorpus.QUERIES - 1)]);
    }

    /** The peer: Lucene's MinHashFilter chain on the same article ({@link LuceneMinHash}). */
    @Benchmark
    public int luceneMinHashOnly() {
        return luceneMinHash.sketch(corpus.queries[next++ & (CopyCheckCorpus.QUERIES - 1)]);
    }

    /** Look-up alone, of a fingerprint computed beforehand. */
    @Benchmark
    public int lookUpOnly() {
        return corpus.index.copiesOf(corpus.queryPrints[next++ & (CopyCheckCorpus.QUERIES - 1)], 1).length;
    }
}
