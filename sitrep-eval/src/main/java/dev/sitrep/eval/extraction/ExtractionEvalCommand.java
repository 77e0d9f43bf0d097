package dev.sitrep.eval.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval extraction}: main-text extraction scored on article-extraction-benchmark and the WCXB
 * dev article pages, one line per set and extractor.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Main-text extraction: precision, recall, F1 and pages per second on the public gold.")
public final class ExtractionEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--set", defaultValue = "all", description = "aeb, wcxb or all (default: ${DEFAULT-VALUE})")
    String set;

    @Option(names = "--limit", defaultValue = "0", description = "at most N pages per set (0: all)")
    int limit;

    @Option(names = "--extractor", split = ",", defaultValue = "sitrep",
            description = "extractors to score, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> extractors;

    @Option(names = "--worst", defaultValue = "0", description = "also list the N lowest-scoring pages")
    int worst;

    @Option(names = "--dump", description = "write each page's extracted text and gold to DIR/<set>/<id>.txt and <id>.gold.txt")
    Path dump;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldSet> sets = switch (set.toLowerCase(Locale.ROOT)) {
            case "aeb" -> List.of(GoldSet.AEB);
            case "wcxb" -> List.of(GoldSet.WCXB);
            case "all" -> List.of(GoldSet.AEB, GoldSet.WCXB);
            default -> throw new IllegalArgumentException("--set must be aeb, wcxb or all, not '" + set + "'");
        };
        for (GoldSet s : sets) {
            List<SetScore> scored = new java.util.ArrayList<>();
            for (String name : extractors) {
                PageExtractor x = PageExtractors.create(name);
                Path dir = dump == null ? null : dump.resolve(s.key());
                SetScore score = ExtractionEval.run(s, x, limit, (page, text) -> {
                    if (dir != null) {
                        write(dir, page, text);
                    }
                });
                if (x instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        // A peer process that is already gone has nothing left to release.
                    }
                }
                scored.add(score);
                out.println(score.line());
                score.perPage().stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(worst)
                        .forEach(p -> out.printf(Locale.ROOT, "  %s p=%.3f r=%.3f f1=%.3f%n", p.id(), p.precision(),
                                p.recall(), p.f1()));
            }
            ratios(out, scored);
        }
        return 0;
    }

    /** Sitrep's speed against each peer on the same pages, in the same run: pages per CPU second, divided. */
    private static void ratios(PrintWriter out, List<SetScore> scored) {
        SetScore sitrep = scored.stream().filter(x -> x.extractor().equals("sitrep")).findFirst().orElse(null);
        if (sitrep == null) {
            return;
        }
        for (SetScore peer : scored) {
            if (peer != sitrep && peer.pagesPerSecond() > 0) {
                out.printf(Locale.ROOT, "%-5s sitrep vs %s: f1 %.4f vs %.4f, speed %.1fx per core%n", sitrep.set(),
                        peer.extractor(), sitrep.f1(), peer.f1(), sitrep.pagesPerSecond() / peer.pagesPerSecond());
            }
        }
    }

    private static void write(Path dir, GoldPage page, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(page.id() + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(page.id() + ".gold.txt"), page.gold(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
