package dev.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.meta.DateParsing;
import dev.sitrep.model.Article;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep eval metadata}: title, author and date accuracy through the user's path ({@link Pipeline},
 * text only, one HTML document per page) on two gold sets: the WCXB dev article pages
 * ({@code ground_truth.title, author, publish_date}) and the Readability test pages
 * ({@code expected-metadata.json}: title, byline, publishedTime, siteName, lang). Matching is defined in
 * {@link Matching}; a field is scored on the pages whose gold states it, and predictions on the others are
 * counted as spurious.
 */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = "Title, author, date (and site name, language) accuracy on WCXB dev and Readability pages.")
public final class MetadataEval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--misses", description = "list the misses of this field (title, author, date, site, lang)")
    String misses;

    /** The tallies of every set and field, in print order, keyed "set field". */
    public static Map<String, FieldTally> measure(Path wcxb, Path readability) {
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(true).build());
        Map<String, FieldTally> out = new LinkedHashMap<>();
        if (wcxb != null) {
            scoreWcxb(pipeline, wcxb, out);
        }
        if (readability != null) {
            scoreReadability(pipeline, readability, out);
        }
        return out;
    }

    private static void scoreWcxb(Pipeline pipeline, Path dir, Map<String, FieldTally> out) {
        FieldTally title = tally(out, "wcxb", "title");
        FieldTally author = tally(out, "wcxb", "author");
        FieldTally date = tally(out, "wcxb", "date");
        for (Path gt : list(dir.resolve("ground-truth"), ".json")) {
            JsonNode j = read(gt);
            String id = gt.getFileName().toString().replace(".json", "");
            JsonNode g = j.path("ground_truth");
            Article a = analyze(pipeline, gunzip(dir.resolve("html").resolve(id + ".html.gz")), id,
                    j.path("url").asText(null));
            score(id, a, text(g, "title"), text(g, "author"), text(g, "publish_date"), title, author, date);
        }
    }

    private static void scoreReadability(Pipeline pipeline, Path dir, Map<String, FieldTally> out) {
        FieldTally title = tally(out, "readability", "title");
        FieldTally author = tally(out, "readability", "author");
        FieldTally date = tally(out, "readability", "date");
        FieldTally site = tally(out, "readability", "site");
        FieldTally lang = tally(out, "readability", "lang");
        for (Path page : list(dir, "")) {
            Path expected = page.resolve("expected-metadata.json");
            Path source = page.resolve("source.html");
            if (!Files.isRegularFile(expected) || !Files.isRegularFile(source)) {
                continue;
            }
            JsonNode g = read(expected);
            String id = page.getFileName().toString();
            Article a = analyze(pipeline, bytes(source), id, null);
            score(id, a, text(g, "title"), text(g, "byline"), text(g, "publishedTime"), title, author, date);
            String goldSite = text(g, "siteName");
            site.add(id, goldSite != null, a.publisher() != null, Matching.sameText(goldSite, a.publisher()),
                    goldSite, a.publisher());
            String goldLang = text(g, "lang");
            lang.add(id, goldLang != null, a.language() != null, Matching.sameLanguage(goldLang, a.language()),
                    goldLang, a.language());
        }
    }

    private static void score(String id, Article a, String goldTitle, String goldAuthor, String goldDate,
                              FieldTally title, FieldTally author, FieldTally date) {
        title.add(id, goldTitle != null, a.title() != null, Matching.sameText(goldTitle, a.title()), goldTitle,
                a.title());
        author.add(id, goldAuthor != null, a.author() != null, Matching.sameAuthor(goldAuthor, a.author()),
                goldAuthor, a.author());
        LocalDate day = DateParsing.parseIsoPrefix(goldDate);
        date.add(id, day != null, a.published() != null, Objects.equals(day, a.published()), goldDate,
                String.valueOf(a.published()));
    }

    private static Article analyze(Pipeline pipeline, byte[] html, String id, String url) {
        RawDocument doc = new RawDocument(id, html, MediaKind.HTML, null, url, null, null, null);
        for (Result r : pipeline.analyze(doc)) {
            if (r instanceof Result.Analyzed an) {
                return an.article();
            }
        }
        return Article.builder().source(id).build();
    }

    private static FieldTally tally(Map<String, FieldTally> out, String set, String field) {
        return out.computeIfAbsent(set + " " + field, k -> new FieldTally(set, field));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path p) {
        try {
            return DatesEval.Json.JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path p) {
        try (var in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path wcxb = SharedData.dataSet("wcxb-articles-dev").orElse(null);
        Path readability = SharedData.dataSet("readability-test-pages").map(p -> p.resolve("test/test-pages"))
                .filter(Files::isDirectory).orElse(null);
        if (wcxb == null && readability == null) {
            spec.commandLine().getErr().println("sitrep eval metadata: no gold found (put shared/ beside the project)");
            return 2;
        }
        Map<String, FieldTally> tallies = measure(wcxb, readability);
        List<String> missLines = new ArrayList<>();
        for (FieldTally t : tallies.values()) {
            out.println(t.line());
        }
        if (misses != null) {
            tallies.forEach((k, t) -> {
                if (k.endsWith(" " + misses)) {
                    t.misses().forEach(m -> missLines.add(k + "\t" + m));
                }
            });
            missLines.forEach(out::println);
        }
        return 0;
    }
}
