package dev.sitrep.bench;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.dedup.Fingerprinter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntUnaryOperator;

/**
 * The copy-check rates of {@link CopyCheckBenchmark} per CPU-second of the measuring thread as well as per
 * wall-clock second, for machines where other work competes for the cores (JMH reports wall-clock only).
 * Run: {@code java -Xmx6g -XX:+UseTransparentHugePages -cp sitrep-bench/target/benchmarks.jar dev.sitrep.bench.CopyCheckCpuTime [stored]
 * [seconds]}.
 */
public final class CopyCheckCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static int sink;

    private CopyCheckCpuTime() {
    }

    public static void main(String[] args) {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        CopyCheckCorpus corpus = new CopyCheckCorpus(stored);
        System.gc();
        System.out.println(corpus.describe());
        Fingerprinter fingerprinter = new Fingerprinter();
        int mask = CopyCheckCorpus.QUERIES - 1;
        IntUnaryOperator fingerprint = q -> fingerprinter.of(corpus.queries[q & mask]).wordCount();
        LuceneMinHash peer = new LuceneMinHash();
        IntUnaryOperator lucene = q -> peer.sketch(corpus.queries[q & mask]);
        IntUnaryOperator lookUp = q -> corpus.index.copiesOf(corpus.queryPrints[q & mask], 1).length;
        IntUnaryOperator both = q -> {
            Fingerprint fp = fingerprinter.of(corpus.queries[q & mask]);
            return corpus.index.copiesOf(fp, 1).length;
        };
        for (int round = 0; round < 2; round++) {
            // The first round warms the JIT; the second is reported.
            double s = round == 0 ? seconds / 2 : seconds;
            report("fingerprint only", fingerprint, s, round == 1);
            report("Lucene MinHash only", lucene, s, round == 1);
            report("look-up only", lookUp, s, round == 1);
            report("fingerprint + look-up", both, s, round == 1);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void report(String name, IntUnaryOperator op, double seconds, boolean print) {
        long wall0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long ops = 0;
        long until = wall0 + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (int i = 0; i < 256; i++) {
                sink += op.applyAsInt((int) ops++);
            }
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        if (print) {
            System.out.printf("%-22s %,10.0f articles/s wall, %,10.0f articles per CPU-second (%,d in %.1f s, CPU %.1f s)%n",
                    name, ops / wall, ops / cpu, ops, wall, cpu);
        }
    }
}
