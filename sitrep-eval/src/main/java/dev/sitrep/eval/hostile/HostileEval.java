package dev.sitrep.eval.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval hostile}: makes every kind of {@link HostileInputs} in a temporary folder and runs the
 * real CLI on each in its own JVM with a 1 GiB heap, {@code sitrep analyze INPUT GOOD}, where GOOD is a small
 * valid article whose output proves that the batch went on. A row passes when the run ended within 30 s with
 * the expected exit code, named the input on stderr when it failed, and printed the good article. A separate
 * JVM per input, because what is measured is what a user meets: a hang, a crash, a heap blown.
 */
@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = {"Runs `sitrep analyze` on hostile inputs (broken gzip and WARC, binary, FIFOs, bombs, "
                + "quote storms, ...) in a 1 GiB JVM each and prints one row per input.",
                "Exit code 1 when any row fails."})
public final class HostileEval implements Callable<Integer> {
    /** Wall time within which a row must finish to pass. */
    public static final Duration PASS_WITHIN = Duration.ofSeconds(30);
    private static final String GOOD_MARK = "Grand Harbour terminal";

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "KIND", split = ",", description = "run only these kinds")
    List<String> only = List.of();

    @Option(names = "--level", paramLabel = "readers|pipeline", description = "run only the kinds of one level")
    String level;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "kill a run after this long (default: 60)")
    int timeoutSeconds = 60;

    @Option(names = "--keep", description = "keep the folder of inputs and outputs (printed at the end)")
    boolean keep;

    /**
     * One row of the table.
     *
     * @param kind     the input's kind
     * @param level    readers or pipeline
     * @param expected the exit code expected
     * @param run      how the run went, or null when the input could not be made here
     * @param error    the first {@code sitrep:} line of stderr (or why the input was not made), or ""
     * @param named    whether stderr named the input
     * @param good     whether the good article came out
     */
    public record Row(String kind, String level, int expected, ChildRunView run, String error, boolean named,
                      boolean good) {
        /** PASS, FAIL, or SKIP when the input could not be made on this system. */
        public String verdict() {
            if (run == null) {
                return "SKIP";
            }
            boolean ok = !run.timedOut() && run.wall().compareTo(PASS_WITHIN) < 0 && run.exit() == expected
                    && (expected == 0 || named) && good;
            return ok ? "PASS" : "FAIL";
        }
    }

    /** What the table shows of a run. */
    public record ChildRunView(int exit, Duration wall, Duration cpu, long peakRssKb, boolean timedOut) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<HostileInput> kinds = HostileInputs.all().stream()
                .filter(k -> only.isEmpty() || only.contains(k.name()))
                .filter(k -> level == null || k.level().equals(level)).toList();
        Path dir = Files.createTempDirectory("sitrep-hostile");
        List<Row> rows = run(kinds, dir, Duration.ofSeconds(timeoutSeconds), out);
        if (keep) {
            out.println("inputs and outputs kept in " + dir);
        } else {
            delete(dir);
        }
        long failed = rows.stream().filter(r -> r.verdict().equals("FAIL")).count();
        out.printf(Locale.ROOT, "%d rows, %d pass, %d fail, %d skipped%n", rows.size(),
                rows.stream().filter(r -> r.verdict().equals("PASS")).count(), failed,
                rows.stream().filter(r -> r.verdict().equals("SKIP")).count());
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Makes and runs every kind in {@code dir}, printing the table row by row to {@code out}. */
    public static List<Row> run(List<HostileInput> kinds, Path dir, Duration timeout, PrintWriter out)
            throws IOException, InterruptedException {
        Path good = Files.writeString(dir.resolve("good.txt"), HostileInputs.article("Harbour talks resume"));
        out.println("| kind | level | exit (expected) | wall s | cpu s | peak RSS MB | good article | verdict | stderr |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (HostileInput kind : kinds) {
            Row row = runOne(kind, Files.createDirectories(dir.resolve(kind.name())), good, timeout);
            rows.add(row);
            out.println(format(row, dir));
            out.flush();
        }
        return rows;
    }

    private static Row runOne(HostileInput kind, Path dir, Path good, Duration timeout)
            throws IOException, InterruptedException {
        HostileInput.Made made;
        try {
            made = kind.maker().make(dir);
        } catch (IOException | UnsupportedOperationException e) {
            return new Row(kind.name(), kind.level(), kind.expectedExit(), null, "not made here: " + e.getMessage(),
                    false, false);
        }
        Path stdout = dir.resolve("stdout.jsonl");
        Path stderr = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(childJvm());
        command.addAll(List.of("analyze", made.path().toString(), good.toString()));
        ChildRun run = ChildRun.run(command, stdout, stderr, timeout);
        String error = firstErrorLine(stderr);
        boolean named = error.contains(made.named());
        return new Row(kind.name(), kind.level(), kind.expectedExit(),
                new ChildRunView(run.exit(), run.wall(), run.cpu(), run.peakRssKb(), run.timedOut()), error, named,
                contains(stdout, GOOD_MARK));
    }

    /** The JVM this one runs in, with the same class path, a 1 GiB heap and the CLI's main class. */
    static List<String> childJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseParallelGC",
                "--enable-native-access=ALL-UNNAMED"));
        String home = System.getProperty("sitrep.home");
        if (home != null) {
            cmd.add("-Dsitrep.home=" + home);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.sitrep.cli.Main"));
        return cmd;
    }

    private static String firstErrorLine(Path stderr) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(stderr, StandardCharsets.ISO_8859_1)) {
            String first = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("sitrep: ")) {
                    return new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                }
                if (first == null && !line.isBlank()) {
                    first = line;
                }
            }
            return first == null ? "" : first; // a stack trace or a JVM message: show its first line
        }
    }

    private static boolean contains(Path file, String mark) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.contains(mark)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One table row; temporary paths are shortened so that the line stays readable. */
    static String format(Row row, Path dir) {
        String error = row.error().replace(dir.toString() + "/", "").replace("|", "\\|");
        error = error.length() > 90 ? error.substring(0, 89) + "…" : error;
        if (row.run() == null) {
            return "| " + row.kind() + " | " + row.level() + " | – (" + row.expected() + ") | | | | | SKIP | "
                    + error + " |";
        }
        ChildRunView r = row.run();
        String exit = r.timedOut() ? "killed" : Integer.toString(r.exit());
        return String.format(Locale.ROOT, "| %s | %s | %s (%d) | %.1f | %.1f | %d | %s | %s | %s |", row.kind(),
                row.level(), exit, row.expected(), r.wall().toMillis() / 1000.0, r.cpu().toMillis() / 1000.0,
                r.peakRssKb() / 1024, row.good() ? "yes" : "no",
                row.verdict(), error.isEmpty() ? "" : "`" + error + "`");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
