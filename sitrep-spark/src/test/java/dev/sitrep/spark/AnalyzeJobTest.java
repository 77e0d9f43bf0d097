package dev.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.spark.eval.SingleProcess;
import dev.sitrep.spark.eval.WarcFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in Spark's local mode on WARC files written here with jwarc, against the single-process analysis. */
class AnalyzeJobTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final String STORY = "The alliance's defence ministers met in Brussels on Thursday to discuss a "
            + "reassurance force for Ukraine. \"We will not leave a gap on the eastern flank,\" the secretary general "
            + "told reporters after the meeting. Several ministers said the force would need air cover and a clear "
            + "mandate before any deployment. Officials from three northern countries said they were ready to send "
            + "engineers and logistics units within weeks, while others asked for more time to consult parliaments.";
    private static final String OTHER = "Farmers in the river valley began the grape harvest two weeks early this "
            + "year after a dry and unusually warm summer. Growers said the fruit was small but sweet, and that yields "
            + "would fall by about a fifth compared with last season. The regional cooperative expects prices to rise "
            + "and plans to open a new cellar in the spring, its chairwoman told a meeting of members on Monday.";

    static byte[] page(String title, String date, String body) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title>"
                + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">")
                + "</head><body><nav>Home | World | Politics</nav><article><h1>" + title + "</h1><p>"
                + body.replace(". ", ".</p><p>") + "</p></article><footer>Terms of use</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameArticlesCopiesAndStoriesAsTheSingleProcessRun(@TempDir Path dir) throws Exception {
        WarcFiles warcs = new WarcFiles(dir);
        // A copy published a day earlier, in a later file: the group's original is the earlier publication.
        Path first = warcs.write("a.warc.gz", List.of(
                new WarcFiles.Page("https://example.org/defence", page("Ministers weigh a reassurance force", "2025-03-06", STORY)),
                new WarcFiles.Page("https://example.org/harvest", page("An early harvest", "2025-09-02", OTHER))));
        Path second = warcs.write("b.warc.gz", List.of(
                new WarcFiles.Page("https://mirror.example.net/force", page("Reassurance force discussed", "2025-03-05", STORY))));
        Path jsonl = dir.resolve("c.jsonl");
        Files.writeString(jsonl, "{\"url\":\"https://example.com/x\",\"title\":\"Harvest\",\"published\":\"2025-09-03\",\"text\":\""
                + OTHER.replace("\"", "\\\"") + " Prices are expected to rise.\"}\n");
        Path manifest = dir.resolve("inputs.txt");
        Files.writeString(manifest, "# test inputs\n" + first + "\n" + second + "\n" + jsonl + "\n");

        Path out = dir.resolve("out");
        RunSummary summary = AnalyzeJob.run(spark, new AnalyzeJob.Settings(manifest.toString(), out.toString(),
                JobOptions.defaults(), 2, 30, true));
        assertEquals(0, summary.failed(), summary.describe());
        List<String> lines = AnalyzeJob.readLines(JavaSparkContext.fromSparkContext(spark.sparkContext()), out.toString());

        List<Article> single = SingleProcess.analyze(List.of(first, second, jsonl), JobOptions.defaults(), 2).articles();
        assertEquals(single.size(), lines.size());
        assertEquals(4, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Article fromSpark = ArticleJson.fromLine(lines.get(i));
            assertEquals(perDocument(single.get(i)), perDocument(fromSpark), "article " + i);
            assertEquals(single.get(i).duplicateOf(), fromSpark.duplicateOf(), "copy decision of article " + i);
        }
        Article original = ArticleJson.fromLine(lines.get(2));
        assertEquals("https://mirror.example.net/force", original.url());
        assertNull(original.duplicateOf());
        assertEquals(original.id(), ArticleJson.fromLine(lines.get(0)).duplicateOf());
        assertEquals(original.story(), ArticleJson.fromLine(lines.get(0)).story());
        assertEquals(2, summary.copies()); // the feed's harvest story is a copy of the page's too

        JsonNode written = ArticleJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, written.path("articles").asInt());
        assertEquals(4, written.path("records").asInt()); // three WARC records and one JSON Lines line
        Dataset<Row> parquet = spark.read().parquet(out.resolve("parquet").toString());
        assertEquals(4, parquet.count());
        assertEquals(1, parquet.where("day = '2025-03-05'").count());
        assertTrue(Files.isDirectory(out.resolve("parquet").resolve("day=2025-09-02")));
    }

    /** The article's own fields: everything but the corpus-wide decisions (copies, stories). */
    static String perDocument(Article a) {
        return ArticleJson.toLine(a.toBuilder().duplicateOf(null).story(null).build());
    }

    @Test
    void aStoryGoesOnAcrossTheEdgeOfAWindow(@TempDir Path dir) throws Exception {
        // Days 28, 29 of one 30-day window and 0, 1 of the next: one strike, reported on four days.
        long start = 30L * 675; // a window's first day
        String[] days = {java.time.LocalDate.ofEpochDay(start - 2).toString(), java.time.LocalDate.ofEpochDay(start - 1).toString(),
            java.time.LocalDate.ofEpochDay(start).toString(), java.time.LocalDate.ofEpochDay(start + 1).toString()};
        String[] texts = {
            "Dockworkers at the Rotterdam container terminal walked out on Monday in a strike over pay, the union said. Union leader Pieter Jansen said the terminal operator had refused talks.",
            "The Rotterdam dockworkers' strike spread to a second container terminal, halting cranes. Pieter Jansen of the dockworkers' union said the strike would go on until the operator returned to pay talks.",
            "Ships queued outside Rotterdam as the dockworkers' strike entered its third day. The container terminal operator offered pay talks, and union leader Pieter Jansen said members would vote.",
            "Rotterdam dockworkers voted to end their strike after the container terminal operator agreed to pay talks, union leader Pieter Jansen said, and cranes restarted at both terminals."};
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            feed.append("{\"url\":\"https://example.org/strike-").append(i).append("\",\"title\":\"Rotterdam dock strike, day ")
                    .append(i + 1).append("\",\"published\":\"").append(days[i]).append("\",\"text\":\"").append(texts[i]).append("\"}\n");
        }
        Path jsonl = Files.writeString(dir.resolve("strike.jsonl"), feed.toString());
        Path manifest = Files.writeString(dir.resolve("inputs.txt"), jsonl + "\n");

        Path out = dir.resolve("out");
        AnalyzeJob.run(spark, new AnalyzeJob.Settings(manifest.toString(), out.toString(), JobOptions.defaults(), 2, 30, false));
        List<String> stories = AnalyzeJob.readLines(JavaSparkContext.fromSparkContext(spark.sparkContext()), out.toString())
                .stream().map(l -> {
                    try {
                        return ArticleJson.fromLine(l).story();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
        List<String> single = SingleProcess.analyze(List.of(jsonl), JobOptions.defaults(), 2).articles().stream()
                .map(Article::story).toList();
        assertEquals(1, single.stream().distinct().count(), "the single process makes one story: " + single);
        assertEquals(single, stories);
    }

    @Test
    void badInputsAreNamedAndTheJobFinishes(@TempDir Path dir) throws Exception {
        WarcFiles warcs = new WarcFiles(dir);
        Path good = warcs.write("good.warc.gz", List.of(
                new WarcFiles.Page("https://example.org/harvest", page("An early harvest", "2025-09-02", OTHER))));
        byte[] whole = warcs.bytes(List.of(
                new WarcFiles.Page("https://example.org/defence", page("Ministers meet", "2025-03-06", STORY)),
                new WarcFiles.Page("https://example.org/harvest2", page("Harvest again", "2025-09-04", OTHER + " More."))));
        Path truncated = dir.resolve("truncated.warc.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 200));
        Path empty = Files.createFile(dir.resolve("empty.warc.gz"));
        Path manifest = dir.resolve("inputs.txt");
        Files.writeString(manifest, good + "\n" + dir.resolve("missing.warc.gz") + "\n" + truncated + "\n" + empty + "\n");

        RunSummary summary = AnalyzeJob.run(spark, new AnalyzeJob.Settings(manifest.toString(),
                dir.resolve("out").toString(), JobOptions.defaults(), 2, 30, false));
        String failures = String.join("\n", summary.failures());
        assertEquals(3, summary.failed(), failures);
        assertTrue(failures.contains("missing.warc.gz: no such file"), failures);
        assertTrue(failures.contains(truncated + ": offset"), failures);
        assertTrue(failures.contains(empty + ": empty file"), failures);
        // The truncated file's first record, whole before the cut, is still analysed.
        assertEquals(2, summary.articles(), summary.describe());
    }

    @Test
    void theCommandLineExitsNonZeroOnlyWhenStrict(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("inputs.txt");
        Files.writeString(manifest, dir.resolve("nothing-here.warc") + "\n");
        // The command builds its own session on the running one (getOrCreate) and leaves it to the test class.
        assertEquals(0, AnalyzeJob.runCommand(spark, "--inputs", manifest.toString(), "--out", dir.resolve("o1").toString()));
        assertEquals(1, AnalyzeJob.runCommand(spark, "--inputs", manifest.toString(), "--out", dir.resolve("o2").toString(),
                "--strict"));
        JsonNode summary = ArticleJson.mapper().readTree(dir.resolve("o2").resolve("summary.json").toFile());
        assertTrue(summary.path("failures").get(0).asText().endsWith("nothing-here.warc: no such file"));
    }
}
