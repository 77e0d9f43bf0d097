package dev.sitrep.spark;

import dev.sitrep.dedup.CopyRule;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.limits.Limits;
import dev.sitrep.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * {@code sitrep-spark}: the whole pipeline as a Spark job. Reads the inputs a manifest names, analyses each file
 * on the executors (one task per file, streamed record by record), decides copies and stories across the whole
 * corpus, and writes the JSON Lines contract ({@code OUT/articles/}, gzip parts, in input order), Parquet
 * partitioned by publication day ({@code OUT/parquet/day=YYYY-MM-DD/}), and a run summary
 * ({@code OUT/summary.json}, also printed).
 *
 * <pre>
 *   analyse   one task per input file: decode, extract, split, clean, metadata, dates, entities, quotes, events;
 *             fingerprints for the copy check                                           ({@link FileAnalysis})
 *   copies    keys exploded, grouped, candidate pairs verified, groups' originals       ({@link DistributedCopies})
 *   stories   originals clustered per window of days, copies join their original's   ({@link DistributedStories})
 *   write     JSON Lines and Parquet                                                    ({@link Outputs})
 * </pre>
 */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true, version = "sitrep-spark 0.1.0",
        description = {"Analyses a crawl on Spark: WARC, WARC.gz, JSON Lines, HTML, text and .gz on any Hadoop file system.",
                "Failed inputs, records and documents are named in the summary; the job still finishes (exit code 1 with --strict)."})
public final class AnalyzeJob implements Callable<Integer> {

    @Option(names = "--inputs", required = true, paramLabel = "MANIFEST",
            description = "a file listing one input path or glob per line (# comments); relative lines are read from the manifest's folder")
    String inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; leave it out under spark-submit, which sets it")
    String master;

    @Option(names = "--text-only", description = "skip entities and quotes")
    boolean textOnly;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "reference date for relative dates (\"5 days ago\") when the source gives none")
    LocalDate asOf;

    @Option(names = "--partitions", paramLabel = "N",
            description = "shuffle partitions of the copy and story stages (default: the cluster's default parallelism)")
    int partitions;

    @Option(names = "--story-window-days", paramLabel = "DAYS", defaultValue = "30",
            description = "days of publication clustered together into stories (default: ${DEFAULT-VALUE})")
    int storyWindowDays;

    @Option(names = "--no-parquet", description = "write the JSON Lines contract only")
    boolean noParquet;

    @Option(names = "--strict", description = "exit with code 1 when any input, record or document failed")
    boolean strict;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "" + (Limits.DEFAULT_DOCUMENT_BYTES >> 20),
            description = "largest document, WARC record or JSON Lines line read, in MiB (default: ${DEFAULT-VALUE})")
    int maxDocumentMb;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_ANALYSED_CHARS,
            description = "characters of clean text analysed per article (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "30",
            description = "time one document may take (default: ${DEFAULT-VALUE})")
    int timeBudgetSeconds;

    /** A session made by the caller (tests, harnesses), or null to build one from the options. */
    private SparkSession given;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AnalyzeJob()).execute(args));
    }

    /** Runs the command line in an existing session, which it leaves running; returns the exit code. */
    public static int runCommand(SparkSession spark, String... args) {
        AnalyzeJob job = new AnalyzeJob();
        job.given = spark;
        return new CommandLine(job).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (storyWindowDays < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--story-window-days must be at least 1");
        }
        Limits limits;
        try {
            limits = Limits.ofOptions(maxDocumentMb, maxChars, timeBudgetSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        JobOptions options = new JobOptions(textOnly, asOf, limits);
        Settings settings = new Settings(inputs, out, options, partitions, storyWindowDays, !noParquet);
        if (given != null) {
            return exitCode(run(given, settings));
        }
        SparkConf conf = new SparkConf().setAppName("sitrep");
        if (master != null) {
            conf.setMaster(master);
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            return exitCode(run(spark, settings));
        }
    }

    private int exitCode(RunSummary summary) {
        System.out.println(summary.describe());
        return strict && summary.failed() > 0 ? 1 : 0;
    }

    /**
     * What one run does.
     *
     * @param partitions      shuffle partitions, or 0 for the context's default parallelism
     * @param storyWindowDays days per story window
     * @param parquet         whether to write Parquet beside the JSON Lines
     */
    public record Settings(String inputs, String out, JobOptions options, int partitions, int storyWindowDays,
                           boolean parquet) {
    }

    /** Runs the job in {@code spark} and returns its summary, which it also writes to {@code OUT/summary.json}. */
    public static RunSummary run(SparkSession spark, Settings s) throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RunSummary summary = new RunSummary(sc);
        int partitions = s.partitions() > 0 ? s.partitions() : sc.defaultParallelism();
        Configuration hadoop = sc.hadoopConfiguration();

        long t0 = System.nanoTime();
        Manifest.Listing listing = Manifest.read(s.inputs(), hadoop);
        Map<String, String> hadoopConf = new HashMap<>();
        hadoop.forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));
        // One task per file: the unit of work is an input, streamed; Spark's cores decide how many run at once.
        LongAccumulator records = sc.sc().longAccumulator("records read");
        JavaRDD<Item> items = sc.parallelize(listing.files(), Math.max(1, listing.files().size()))
                .flatMap(new FileAnalysis(s.options(), hadoopConf, records))
                .union(sc.parallelize(listing.failures(), 1))
                .persist(StorageLevel.MEMORY_AND_DISK());
        summary.inputs(listing.files().size() + listing.failures().size());
        summary.counted(items);
        summary.records(records.value());
        summary.stage("analyse", t0);

        long t1 = System.nanoTime();
        JavaRDD<Item> articles = items.filter(i -> !i.failed());
        JavaPairRDD<Long, DistributedCopies.Copy> copies = DistributedCopies.detect(
                articles.map(i -> new DistributedCopies.Member(i.seq(), i.id(), i.published(), i.fingerprint())),
                CopyRule.DEFAULT, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        summary.copies(copies.count());
        summary.stage("copies", t1);

        long t2 = System.nanoTime();
        JavaPairRDD<Long, Item> bySeq = articles.mapToPair(i -> new Tuple2<>(i.seq(), i));
        JavaPairRDD<Long, DistributedStories.Original> originals = bySeq.subtractByKey(copies, partitions)
                .mapValues(i -> new DistributedStories.Original(i.seq(), i.published(), i.json()));
        JavaPairRDD<Long, String> storyOfOriginal = DistributedStories.cluster(originals, s.storyWindowDays(), partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        // A copy's story is its original's.
        JavaPairRDD<Long, String> storyOfCopy = copies.mapToPair(t -> new Tuple2<>(t._2().originSeq(), t._1()))
                .join(storyOfOriginal, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        JavaPairRDD<Long, String> storyOf = storyOfOriginal.union(storyOfCopy);
        JavaPairRDD<Long, String> lines = bySeq.leftOuterJoin(copies, partitions)
                .join(storyOf, partitions)
                .mapValues(t -> {
                    Article a = ArticleJson.fromLine(t._1()._1().json());
                    String duplicateOf = t._1()._2().isPresent() ? t._1()._2().get().originId() : null;
                    return ArticleJson.toLine(a.toBuilder().duplicateOf(duplicateOf).story(t._2()).build());
                })
                .sortByKey(true, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        summary.stories(storyOfOriginal.values().distinct(partitions).count());
        summary.stage("stories", t2);

        long t3 = System.nanoTime();
        // OUT/articles holds the parts alone, so that `sitrep ingest OUT/articles/` reads them as they are;
        // OUT/summary.json, written last, is the mark of a finished run.
        hadoop.setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
        lines.values().saveAsTextFile(s.out() + "/articles", GzipCodec.class);
        summary.stage("write-jsonl", t3);
        if (s.parquet()) {
            long t4 = System.nanoTime();
            Outputs.parquet(spark, lines.values(), s.out() + "/parquet");
            summary.stage("write-parquet", t4);
        }
        summary.failures(items.filter(Item::failed).sortBy(Item::seq, true, 1).map(Item::failure)
                .take(RunSummary.LISTED_FAILURES));
        summary.finish();
        summary.write(s.out() + "/summary.json", hadoop);
        items.unpersist();
        copies.unpersist();
        storyOfOriginal.unpersist();
        lines.unpersist();
        return summary;
    }

    /** A short text that makes every stage load what it loads lazily. */
    private static final String WARM_UP = "Ministers met in Brussels on Monday.\n\n\"We are ready,\" the minister said.";

    /**
     * Builds the pipeline on every executor before a timed run, so that a measurement of the analysis leaves
     * out the loading of models (reported apart as start-up).
     */
    public static void warmUp(SparkSession spark, JobOptions options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slots = sc.defaultParallelism();
        sc.parallelize(IntStream.range(0, slots).boxed().toList(), slots)
                .foreach(i -> ExecutorPipeline.get(options).analyze(RawDocument.ofFile("warm-up",
                        WARM_UP.getBytes(StandardCharsets.UTF_8), MediaKind.TEXT)));
    }

    /**
     * Every line of a run's JSON Lines output, in input order (the parts by name, each in order), read on the
     * driver: for tests and harnesses on small outputs.
     */
    public static List<String> readLines(JavaSparkContext sc, String out) throws IOException {
        Path dir = new Path(out, "articles");
        FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
        FileStatus[] parts = fs.globStatus(new Path(dir, "part-*"));
        Arrays.sort(parts);
        List<String> lines = new ArrayList<>();
        for (FileStatus part : parts) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(fs.open(part.getPath())),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            }
        }
        return lines;
    }
}
