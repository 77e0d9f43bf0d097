package dev.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.decode.MojibakeRepair;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores {@link MojibakeRepair} on ftfy's public test cases ({@code ftfy-test-cases/tests/test-cases/*.json},
 * read in place). Sitrep repairs encodings and leaves typography alone, so a case passes when the repair
 * equals {@code fixed-encoding} (ftfy's encoding-only answer) where the case gives one, else {@code fixed};
 * in {@code negative.json} that is the original text in every case but one, where ftfy itself (and Sitrep)
 * turns a Latin-1 C1 control into its Windows-1252 ellipsis; the unchanged column counts untouched texts. The strict column compares with {@code fixed}, which
 * also uncurls quotes, expands ligatures and decodes HTML entities. {@code known-failures.json} holds cases
 * ftfy itself fails; its line says how many Sitrep fails too.
 */
@Command(name = "mojibake", mixinStandardHelpOptions = true,
        description = "Mojibake repair on ftfy's test cases: one line per file with cases, passed and rate.")
public final class MojibakeEval implements Callable<Integer> {
    static final String DATA_SET = "ftfy-test-cases";
    /** Built on first use, so that listing the commands ({@code --help}) does not start Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "the test-cases folder (default: ../shared/data/"
            + DATA_SET + "/tests/test-cases)")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "also list the cases that fail")
    boolean verbose;

    @Option(names = "--scan", paramLabel = "PATH", description = "also read PATH as `sitrep analyze` would and "
            + "count the documents whose decoding repaired mojibake (a false-positive watch on real pages)")
    List<Path> scan = List.of();

    /**
     * What a scan of real inputs found.
     *
     * @param documents documents decoded
     * @param repaired  documents flagged {@code mojibake-repaired}
     * @param failed    inputs that could not be read or decoded
     */
    public record ScanResult(int documents, int repaired, int failed) {
    }

    /** Reads {@code input} through the real readers and decoder and counts the repaired documents. */
    public static ScanResult scan(Path input) {
        dev.sitrep.decode.Decoder decoder = new dev.sitrep.decode.Decoder();
        int[] counts = new int[3];
        new dev.sitrep.ingest.SourceReader().read(List.of(input.toString()), item -> {
            if (item instanceof dev.sitrep.ingest.RawDocument doc) {
                try {
                    counts[0]++;
                    if (!decoder.decode(doc).flags().isEmpty()) {
                        counts[1]++;
                    }
                } catch (dev.sitrep.decode.UndecodableException e) {
                    counts[2]++;
                }
            } else {
                counts[2]++;
            }
        });
        return new ScanResult(counts[0], counts[1], counts[2]);
    }

    /**
     * Figures for one file.
     *
     * @param file         the file name, e.g. {@code negative.json}
     * @param cases        how many cases it holds
     * @param passed       how many Sitrep repairs as expected (encoding-only answer)
     * @param passedStrict how many equal ftfy's full {@code fixed} answer
     * @param unchanged    how many came back exactly as they went in
     * @param failures     labels of the cases that did not pass
     */
    public record FileScore(String file, int cases, int passed, int passedStrict, int unchanged,
                            List<String> failures) {
        public double rate() {
            return cases == 0 ? 0 : (double) passed / cases;
        }

        public double strictRate() {
            return cases == 0 ? 0 : (double) passedStrict / cases;
        }
    }

    /** The default location of the cases, when ../shared is present. */
    public static java.util.Optional<Path> defaultCases() {
        return SharedData.dataSet(DATA_SET).map(d -> d.resolve("tests/test-cases")).filter(Files::isDirectory);
    }

    /** Scores every {@code *.json} file in {@code casesDir}, sorted by name. */
    public static List<FileScore> score(Path casesDir) throws IOException {
        MojibakeRepair repair = new MojibakeRepair();
        List<Path> files;
        try (var list = Files.list(casesDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<FileScore> scores = new ArrayList<>();
        for (Path file : files) {
            scores.add(scoreFile(file, repair));
        }
        return scores;
    }

    private static FileScore scoreFile(Path file, MojibakeRepair repair) throws IOException {
        String name = file.getFileName().toString();
        JsonNode cases = Json.MAPPER.readTree(file.toFile());
        int passed = 0;
        int strict = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            String original = c.path("original").asText();
            String fixed = c.path("fixed").asText();
            String expected = c.path("fixed-encoding").asText(fixed);
            String got = repair.repair(original);
            if (got.equals(expected)) {
                passed++;
            } else {
                failures.add(c.path("label").asText());
            }
            if (got.equals(fixed)) {
                strict++;
            }
            if (got.equals(original)) {
                unchanged++;
            }
        }
        return new FileScore(name, cases.size(), passed, strict, unchanged, List.copyOf(failures));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : defaultCases().orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("sitrep: no ftfy test cases found (give --data DIR)");
            return 2;
        }
        for (FileScore s : score(dir)) {
            String note = s.file().startsWith("known-failures") ? "  (failed by ftfy; failed here too: "
                    + (s.cases() - s.passed()) + ")" : s.file().startsWith("negative") ? "  unchanged " + s.unchanged() : "";
            out.printf(Locale.ROOT, "mojibake %-22s cases %3d  passed %3d  rate %.3f  strict (ftfy fix_text) %3d %.3f%s%n",
                    s.file(), s.cases(), s.passed(), s.rate(), s.passedStrict(), s.strictRate(), note);
            if (verbose) {
                s.failures().forEach(f -> out.println("    fails: " + f));
            }
        }
        for (Path p : scan) {
            ScanResult r = scan(p);
            out.printf(Locale.ROOT, "mojibake scan %s  documents %d  repaired %d  failed %d%n", p, r.documents(),
                    r.repaired(), r.failed());
        }
        out.flush();
        return 0;
    }
}
