package dev.sitrep.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sitrep.decode.Decoder;
import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.meta.DateParsing;
import dev.sitrep.meta.HtmlMetadataReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep eval dates}: publication-day accuracy on htmldate's 200 pages ({@code shared/data/htmldate},
 * gold in {@code tests/eval_mediacloud_2020.json}). A page counts as correct when the predicted day equals
 * the gold day, or when the gold has no date and none is predicted. The figure that counts is the user's
 * path: each page goes through {@link Pipeline} (text only) as an HTML document with its URL; the markup
 * reader alone is scored beside it. With {@code shared/seeds} present it also prints the share of the seed
 * articles that get a date, from the page, the text or inferred ({@link SeedDates}).
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Publication-date accuracy on the htmldate gold (exact day); prints one line per path.")
public final class DatesEval implements Callable<Integer> {
    /** Built on first use, so that listing the commands ({@code --help}) does not start Jackson. */
    static final class Json {
        static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

        private Json() {
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", description = "the htmldate folder (default: shared/data/htmldate)")
    Path data;

    @Option(names = {"--misses", "-v", "--verbose"}, description = "also list the pages the pipeline got wrong")
    boolean misses;

    /** One page's gold and predictions. */
    public record Page(String url, String file, LocalDate gold, LocalDate pipeline, LocalDate reader) {
        boolean pipelineCorrect() {
            return Objects.equals(gold, pipeline);
        }

        boolean readerCorrect() {
            return Objects.equals(gold, reader);
        }
    }

    /** The scores of one run; {@code seconds} is the time spent in the pipeline. */
    public record Score(List<Page> pages, double seconds) {
        public int correct() {
            return (int) pages.stream().filter(Page::pipelineCorrect).count();
        }

        public int readerCorrect() {
            return (int) pages.stream().filter(Page::readerCorrect).count();
        }

        public double accuracy() {
            return pages.isEmpty() ? 0 : (double) correct() / pages.size();
        }

        public double readerAccuracy() {
            return pages.isEmpty() ? 0 : (double) readerCorrect() / pages.size();
        }
    }

    /** Scores every page of the htmldate folder {@code dir}. */
    public static Score measure(Path dir) {
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(true).build());
        HtmlMetadataReader reader = new HtmlMetadataReader();
        Decoder decoder = new Decoder();
        List<Page> pages = new ArrayList<>();
        long pipelineNanos = 0;
        try {
            JsonNode gold = Json.JSON.readTree(dir.resolve("tests/eval_mediacloud_2020.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String url = e.getKey();
                String file = e.getValue().get("file").asText();
                LocalDate day = DateParsing.parseIsoPrefix(e.getValue().get("date").asText());
                byte[] bytes = Files.readAllBytes(dir.resolve("tests/test_set").resolve(file));
                RawDocument doc = new RawDocument(file, bytes, MediaKind.HTML, null, url, null, null, null);
                LocalDate viaPipeline = null;
                long t0 = System.nanoTime();
                List<Result> results = pipeline.analyze(doc);
                pipelineNanos += System.nanoTime() - t0;
                for (Result r : results) {
                    if (r instanceof Result.Analyzed a) {
                        viaPipeline = a.article().published();
                        break;
                    }
                }
                LocalDate viaReader;
                try {
                    String html = decoder.decode(doc).text();
                    viaReader = reader.read(Jsoup.parse(html, url), url).published();
                } catch (dev.sitrep.decode.UndecodableException ex) {
                    viaReader = null;
                }
                pages.add(new Page(url, file, day, viaPipeline, viaReader));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Score(pages, pipelineNanos / 1e9);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : SharedData.dataSet("htmldate").orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("sitrep eval dates: no htmldate data (give --data or put shared/ beside the project)");
            return 2;
        }
        Score s = measure(dir);
        out.printf("dates htmldate pipeline: pages %d, correct %d, accuracy %.3f, pages/sec %.1f%n",
                s.pages().size(), s.correct(), s.accuracy(), s.pages().size() / s.seconds());
        out.printf("dates htmldate reader:   pages %d, correct %d, accuracy %.3f%n",
                s.pages().size(), s.readerCorrect(), s.readerAccuracy());
        SharedData.seeds().ifPresent(seeds -> {
            SeedDates.Score d = SeedDates.measure(seeds);
            out.printf("dates seeds:             articles %d, dated %d (inferred %d), share %.3f%n",
                    d.articles().size(), d.dated(), d.inferred(), d.share());
            if (misses) {
                d.articles().forEach(a -> out.printf("  seed %s %s%s%n", a.source(), a.published(),
                        a.publishedInferred() == null ? "" : " inferred: " + a.publishedInferred().basis()));
            }
        });
        if (misses) {
            for (Page p : s.pages()) {
                if (!p.pipelineCorrect()) {
                    out.printf("  miss %s gold %s pipeline %s reader %s %s%n", p.file(), p.gold(), p.pipeline(),
                            p.reader(), p.url());
                }
            }
        }
        return 0;
    }
}
