package dev.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.clean.BoilerplateFilter;
import dev.sitrep.clean.InlineCleaner;
import dev.sitrep.clean.MachineTranslationDetector;
import dev.sitrep.clean.Paragraphs;
import dev.sitrep.clean.SpinDetector;
import dev.sitrep.meta.LanguageGuesser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * False-positive harness for the warning flags: runs the spun-text and machine-translation detectors, and the
 * language guesser, over gold article texts written and edited by people (the article-extraction-benchmark's
 * {@code articleBody} and WCXB dev's {@code main_content}, all English). Every page flagged is a false positive;
 * every page not guessed "en" is a miss. The line-level cleaning for text dumps also runs over each gold text:
 * every word it removes from these clean texts is (nearly always) a word of content lost.
 *
 * <p>Prints one line per set: {@code flags <set> pages=N spun=rate translated=rate english=rate removed=rate},
 * where {@code removed} is the share of gold words that the text-dump cleaning removed.
 */
@Command(name = "flags", mixinStandardHelpOptions = true,
        description = "Rate of human-written gold pages flagged spun-text or machine-translated (should be ~0), "
                + "and share of their words that text-dump cleaning would remove.")
public final class FlagsEval implements Callable<Integer> {
    /** Built on first use, so that listing the commands ({@code --help}) does not start Jackson. */
    private static final class Json {
        static final ObjectMapper JSON = new ObjectMapper();

        private Json() {
        }
    }

    @Spec
    CommandSpec spec;

    /**
     * The figures for one gold set.
     *
     * @param set        the set's name
     * @param pages      pages with a non-empty gold text
     * @param spun       pages flagged spun-text
     * @param translated pages flagged machine-translated
     * @param english    pages the language guesser called "en"
     * @param spunPages  the ids of pages flagged spun-text, for inspection
     * @param words      words in the gold texts
     * @param removed    words the text-dump cleaning removed from them
     */
    public record Rates(String set, int pages, int spun, int translated, int english, List<String> spunPages,
                        long words, long removed) {
        public double spunRate() {
            return pages == 0 ? 0 : (double) spun / pages;
        }

        public double translatedRate() {
            return pages == 0 ? 0 : (double) translated / pages;
        }

        public double englishRate() {
            return pages == 0 ? 0 : (double) english / pages;
        }

        public double removedRate() {
            return words == 0 ? 0 : (double) removed / words;
        }

        public String line() {
            return String.format(Locale.ROOT, "flags %s pages=%d spun=%.4f translated=%.4f english=%.4f removed=%.4f",
                    set, pages, spunRate(), translatedRate(), englishRate(), removedRate());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Rates> all = measureAll();
        if (all.isEmpty()) {
            spec.commandLine().getErr().println("sitrep: no gold found under ../shared/data (set SITREP_SHARED)");
            return 1;
        }
        all.forEach(r -> out.println(r.line()));
        return 0;
    }

    /** The figures for every gold set that is present. */
    public static List<Rates> measureAll() {
        List<Rates> out = new ArrayList<>();
        benchmark().ifPresent(out::add);
        wcxb().ifPresent(out::add);
        return out;
    }

    /** article-extraction-benchmark: {@code ground-truth.json}, {@code {id: {articleBody}}}. */
    public static Optional<Rates> benchmark() {
        return SharedData.dataSet("article-extraction-benchmark").map(dir -> {
            List<Page> pages = new ArrayList<>();
            JsonNode root = read(dir.resolve("ground-truth.json"));
            root.properties().forEach(e -> pages.add(new Page(e.getKey(), e.getValue().path("articleBody").asText(""))));
            return score("article-extraction-benchmark", pages);
        });
    }

    /** WCXB dev: {@code ground-truth/*.json}, {@code ground_truth.main_content}. */
    public static Optional<Rates> wcxb() {
        return SharedData.dataSet("wcxb-articles-dev").map(dir -> {
            List<Page> pages = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    pages.add(new Page(f.getFileName().toString(),
                            read(f).path("ground_truth").path("main_content").asText("")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return score("wcxb-dev", pages);
        });
    }

    private record Page(String id, String text) {
    }

    private static Rates score(String set, List<Page> pages) {
        SpinDetector spin = new SpinDetector();
        MachineTranslationDetector mt = new MachineTranslationDetector();
        LanguageGuesser languages = new LanguageGuesser();
        BoilerplateFilter chrome = new BoilerplateFilter();
        InlineCleaner inline = new InlineCleaner();
        long words = 0;
        long removed = 0;
        int n = 0;
        int spun = 0;
        int translated = 0;
        int english = 0;
        List<String> spunPages = new ArrayList<>();
        for (Page p : pages) {
            if (p.text().isBlank()) {
                continue;
            }
            n++;
            if (spin.inspect(p.text()).spun()) {
                spun++;
                spunPages.add(p.id());
            }
            if (mt.inspect(Paragraphs.split(p.text())).translated()) {
                translated++;
            }
            if (languages.guess(p.text()).filter("en"::equals).isPresent()) {
                english++;
            }
            List<String> paragraphs = Paragraphs.split(p.text());
            long before = wordCount(paragraphs);
            long after = wordCount(inline.apply(chrome.apply(paragraphs).paragraphs()).paragraphs());
            words += before;
            removed += before - after;
        }
        return new Rates(set, n, spun, translated, english, List.copyOf(spunPages), words, removed);
    }

    private static long wordCount(List<String> paragraphs) {
        return paragraphs.stream().mapToLong(Paragraphs::words).sum();
    }

    private static JsonNode read(Path f) {
        try {
            return Json.JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
