package dev.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep eval crash}: kills a real {@code sitrep ingest} process with SIGKILL at random moments and
 * checks, after every kill, what a user relies on: the store opens and Lucene's CheckIndex finds it clean, no
 * article stored before the kill is gone, none is stored twice; then a last run completes the ingest and the
 * store must hold exactly the articles, copies and stories of an ingest that was never interrupted.
 *
 * <p>Each ingest runs in its own JVM, as a user runs it, on a generated corpus ({@link CrashCorpus}); the kill
 * moments are drawn between the JVM's start and the end of an uninterrupted run, from a fixed seed.
 */
@Command(name = "crash", mixinStandardHelpOptions = true,
        description = "Kills real ingest processes at random points and checks the store: clean, nothing lost or doubled, "
                + "the same copies and stories as an uninterrupted ingest.")
final class CrashEval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kills", defaultValue = "10", description = "kills to try (default: ${DEFAULT-VALUE})")
    int kills;

    @Option(names = "--articles", defaultValue = "600", description = "articles in the generated corpus (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--full", description = "run the whole pipeline (entities and quotes), not text only: slower starts")
    boolean full;

    @Option(names = "--seed", defaultValue = "11", description = "seed of the corpus and the kill moments")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "folder for the corpus and stores (default: a temporary one)")
    Path work;

    /** What the kills showed. */
    record Outcome(int kills, int survived, int lost, int doubled, int checkIndexFailures, int articles,
                   int storyMismatches, int copyMismatches, boolean complete) {
        boolean ok() {
            return survived == kills && lost == 0 && doubled == 0 && checkIndexFailures == 0 && storyMismatches == 0
                    && copyMismatches == 0 && complete;
        }

        String describe() {
            return ("kills survived %d/%d, articles lost %d, doubled %d, CheckIndex failures %d; after the last run %d "
                    + "articles, %s, story mismatches %d, copy mismatches %d").formatted(survived, kills, lost, doubled,
                    checkIndexFailures, articles, complete ? "the same articles as the uninterrupted ingest"
                            : "NOT the same articles as the uninterrupted ingest", storyMismatches, copyMismatches);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("sitrep-crash");
        Outcome o = run(dir, out);
        out.println("crash: " + o.describe());
        out.flush();
        return o.ok() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    Outcome run(Path dir, PrintWriter log) throws Exception {
        Path corpus = CrashCorpus.write(dir.resolve("corpus"), articles, seed);
        long t0 = System.nanoTime();
        Process reference = ingest(corpus, dir.resolve("reference"));
        int code = reference.waitFor();
        long referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("the uninterrupted ingest failed with exit code " + code);
        }
        Map<String, StoreSnapshot.Entry> expected = StoreSnapshot.read(dir.resolve("reference")).entries();
        log.printf("crash: uninterrupted ingest of %d articles took %d ms%n", expected.size(), referenceMillis);
        log.flush();

        Random random = new Random(seed);
        Path store = dir.resolve("killed");
        Set<String> before = Set.of();
        int survived = 0;
        int lost = 0;
        int doubled = 0;
        int checkFailures = 0;
        for (int k = 0; k < kills; k++) {
            long started = System.nanoTime();
            Process p = ingest(corpus, store);
            // One kill in four lands while the process starts; the others once it has committed something new,
            // after a random further wait, so that they hit writing, committing and analysing alike.
            boolean early = random.nextInt(4) == 0;
            if (!early) {
                awaitCommit(p, store, before.size());
            }
            p.waitFor((long) (random.nextDouble() * (early ? 3000 : 1500)), TimeUnit.MILLISECONDS);
            long at = (System.nanoTime() - started) / 1_000_000;
            boolean ended = !p.isAlive();
            if (!ended) {
                p.destroyForcibly();
                p.waitFor(60, TimeUnit.SECONDS);
            }
            StoreSnapshot now;
            try {
                now = StoreSnapshot.read(store);
            } catch (IOException e) {
                log.println("crash: kill " + (k + 1) + ": the store does not open: " + e.getMessage());
                checkFailures++;
                continue;
            }
            int gone = 0;
            for (String id : before) {
                if (!now.entries().containsKey(id)) {
                    gone++;
                }
            }
            boolean clean = now.checkIndexClean();
            lost += gone;
            doubled += now.doubled();
            checkFailures += clean ? 0 : 1;
            if (clean && gone == 0 && now.doubled() == 0) {
                survived++;
            }
            log.printf("crash: kill %d at %d ms%s: %d articles stored, CheckIndex %s, lost %d, doubled %d%n", k + 1, at,
                    ended ? " (the run had already ended)" : "", now.entries().size(), clean ? "clean" : "FAILED",
                    gone, now.doubled());
            log.flush();
            before = new HashSet<>(now.entries().keySet());
        }
        int last = ingest(corpus, store).waitFor();
        StoreSnapshot fin = StoreSnapshot.read(store);
        int stories = 0;
        int copies = 0;
        for (var e : expected.entrySet()) {
            StoreSnapshot.Entry got = fin.entries().get(e.getKey());
            if (got != null && !java.util.Objects.equals(got.story(), e.getValue().story())) {
                stories++;
            }
            if (got != null && !java.util.Objects.equals(got.duplicateOf(), e.getValue().duplicateOf())) {
                copies++;
            }
        }
        boolean complete = last == 0 && fin.entries().keySet().equals(expected.keySet()) && fin.doubled() == 0
                && fin.checkIndexClean();
        return new Outcome(kills, survived, lost, doubled, checkFailures, fin.entries().size(), stories, copies, complete);
    }

    /** Waits until the store holds more than {@code count} committed articles, or the process has ended. */
    private static void awaitCommit(Process p, Path store, int count) throws Exception {
        while (p.isAlive()) {
            if (StoreSnapshot.committedArticles(store) > count) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Starts {@code sitrep ingest} in a JVM of its own, as a user would run it. */
    private Process ingest(Path corpus, Path store) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--data", store.toString(), "--batch", "25",
                "--progress", "NEVER"));
        if (!full) {
            args.add("--text-only");
        }
        args.add(corpus.toString());
        return new ProcessBuilder(javaCommand(args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** This JVM's java and class path running the CLI with {@code args}. */
    static List<String> javaCommand(List<String> args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        return cmd;
    }
}
