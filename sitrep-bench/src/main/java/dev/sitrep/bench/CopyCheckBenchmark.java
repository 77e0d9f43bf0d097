package dev.sitrep.bench;

import dev.sitrep.dedup.CopyIndex;
import dev.sitrep.dedup.CopyRule;
import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.dedup.Fingerprinter;
import java.util.Random;
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
 * The copy check at ingest: fingerprint an article of about 800 words and look it up in an index already
 * holding {@code stored} fingerprints (1,000,000 by default). Single-threaded, so the score is per core.
 * The texts are synthetic (a Zipf-like vocabulary with English function words), which is all the copy
 * check sees of a text; the index is filled with fingerprints of such texts before measuring, and its
 * memory is printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Threads(1)
public class CopyCheckBenchmark {
    private static final String[] FUNCTION = {"the", "of", "to", "and", "a", "in", "that", "is", "was", "for",
            "on", "with", "as", "by", "at", "he", "it", "from", "his", "said", "have", "be", "not", "are", "they"};

    @Param({"1000000"})
    int stored;

    private CopyIndex index;
    private String[] queries;
    private Fingerprinter fingerprinter;
    private int next;

    /** A synthetic article: about 800 words, a third function words, content words Zipf-distributed. */
    static String article(Random rnd, int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (rnd.nextInt(3) == 0) {
                sb.append(FUNCTION[rnd.nextInt(FUNCTION.length)]);
            } else {
                sb.append("w").append((int) (Math.pow(rnd.nextDouble(), 3) * 50_000));
            }
            sb.append(i % 30 == 29 ? ".\n\n" : " ");
        }
        return sb.toString();
    }

    @Setup(Level.Trial)
    public void fill() {
        Random rnd = new Random(1);
        fingerprinter = new Fingerprinter();
        index = new CopyIndex(CopyRule.DEFAULT);
        // Distinct fingerprints are what the index holds; generating a million 800-word texts would take
        // minutes, so stored fingerprints come from 200-word texts (same sketch size, same key spread).
        for (int i = 0; i < stored; i++) {
            index.add(fingerprinter.of(article(rnd, 200)));
        }
        queries = new String[1024];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = article(rnd, 800);
        }
        System.gc();
        System.out.printf("%ncopy index: %,d fingerprints, %,d MB (%d bytes per fingerprint)%n", index.size(),
                index.memoryBytes() >> 20, index.memoryBytes() / Math.max(1, index.size()));
    }

    /** Fingerprint one 800-word article and look it up (what ingest does per article). */
    @Benchmark
    public int fingerprintAndLookUp() {
        Fingerprint fp = fingerprinter.of(queries[next++ & 1023]);
        return index.copiesOf(fp, 1).length;
    }

    /** Fingerprinting alone. */
    @Benchmark
    public Fingerprint fingerprintOnly() {
        return fingerprinter.of(queries[next++ & 1023]);
    }
}
