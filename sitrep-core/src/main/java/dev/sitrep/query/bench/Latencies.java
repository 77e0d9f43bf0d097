package dev.sitrep.query.bench;

import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Query latency of any {@link StoreSearch}: each kind of a {@link QueryMix} is asked {@code runs} times after as many
 * warm-up questions, by {@code concurrency} threads at once, and the 50th and 99th percentile of the latencies of all
 * threads together are reported, of wall time and of the asking thread's CPU time, with the questions answered per
 * second. Only the store interface is used, so the embedded store and a SolrCloud collection are measured alike.
 */
public final class Latencies {
    /** Seed of the first thread's questions; thread {@code t} adds {@code t * SEED_STEP}. */
    static final long SEED = 7;
    private static final long SEED_STEP = 1_000_003L;
    /**
     * CPU time of each asking thread, reported beside wall time: on a shared machine (or with more threads than
     * cores) wall time includes waits for a core, CPU time is what the query costs the asking thread (a store that
     * splits a query between threads of its own does part of the work on them).
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * One kind of query's latencies at one concurrency.
     *
     * @param query       the kind's name
     * @param concurrency threads asking at once
     * @param runs        measured questions per thread (the percentiles pool {@code runs * concurrency})
     * @param perSecond   questions answered per second by all threads together while measuring
     */
    public record Figures(String query, int concurrency, int runs, double p50Millis, double p99Millis,
                          double cpuP50Millis, double cpuP99Millis, double perSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%-16s threads %2d  runs %5d  p50 %7.2f ms  p99 %7.2f ms  (cpu p50 %6.2f ms  p99 %6.2f ms)  %7.1f queries/s",
                    query, concurrency, runs, p50Millis, p99Millis, cpuP50Millis, cpuP99Millis, perSecond);
        }
    }

    private Latencies() {
    }

    /** Measures the {@linkplain QueryMix#synthetic synthetic mix} over a store of {@link SyntheticCorpus} articles. */
    public static List<Figures> measure(StoreSearch store, int runs, int concurrency) throws IOException {
        return measure(store, QueryMix.synthetic(store), runs, concurrency);
    }

    /** Measures every kind of the mix in turn, {@code concurrency} threads asking {@code runs} questions each. */
    public static List<Figures> measure(StoreSearch store, QueryMix mix, int runs, int concurrency) throws IOException {
        if (runs < 1 || concurrency < 1) {
            throw new IllegalArgumentException("runs and concurrency must be at least 1, not " + runs + " and " + concurrency);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, task -> {
            Thread t = new Thread(task, "latency");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Figures> figures = new ArrayList<>();
            for (QueryMix.Kind kind : mix.kinds()) {
                figures.add(measure(store, kind, runs, concurrency, pool));
            }
            return figures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Figures measure(StoreSearch store, QueryMix.Kind kind, int runs, int threads, ExecutorService pool)
            throws IOException {
        long[] wall = new long[runs * threads];
        long[] cpu = new long[runs * threads];
        AtomicLong started = new AtomicLong();
        // Every thread warms up before any measures: the measured questions all meet a warm store and each other.
        CountDownLatch warm = new CountDownLatch(threads);
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            tasks.add(pool.submit(() -> {
                SplittableRandom r = new SplittableRandom(SEED + thread * SEED_STEP);
                try {
                    for (int i = 0; i < runs; i++) {
                        kind.question().ask(store, r);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                } finally {
                    warm.countDown();
                }
                warm.await();
                if (failed.get()) {
                    return null;
                }
                started.compareAndSet(0, System.nanoTime());
                for (int i = 0; i < runs; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    kind.question().ask(store, r);
                    wall[thread * runs + i] = System.nanoTime() - t0;
                    cpu[thread * runs + i] = THREADS.getCurrentThreadCpuTime() - c0;
                }
                return null;
            }));
        }
        await(tasks);
        double seconds = (System.nanoTime() - started.get()) / 1e9;
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Figures(kind.name(), threads, runs, percentile(wall, 0.50), percentile(wall, 0.99),
                percentile(cpu, 0.50), percentile(cpu, 0.99), wall.length / seconds);
    }

    /** Waits for every task; the first failure is thrown. */
    private static void await(List<Future<?>> tasks) throws IOException {
        Throwable failure = null;
        for (Future<?> f : tasks) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while measuring", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                }
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException re) {
            throw re;
        } else if (failure instanceof Error err) {
            throw err;
        } else if (failure != null) {
            throw new IOException("measuring failed", failure);
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }
}
