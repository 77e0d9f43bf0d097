package dev.sitrep.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.json.ArticleJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What a run did: inputs, articles, failures (each named with its reason), copies, stories, time per stage and
 * bytes shuffled. Written as JSON to {@code OUT/summary.json} and printed in a few lines.
 */
public final class RunSummary {
    /** Failures named one by one; beyond these only their number is given. */
    static final int LISTED_FAILURES = 1_000;

    private final AtomicLong shuffleBytes = new AtomicLong();
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private long inputs;
    private long records;
    private long articles;
    private long failed;
    private long copies;
    private long stories;
    private List<String> failures = List.of();

    private final SparkListener listener = new SparkListener() {
        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskMetrics() != null) {
                shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            }
        }
    };
    private final JavaSparkContext sc;

    RunSummary(JavaSparkContext sc) {
        this.sc = sc;
        sc.sc().addSparkListener(listener);
    }

    /** Stops counting shuffled bytes. */
    void finish() {
        sc.sc().removeSparkListener(listener);
    }

    void inputs(long n) {
        inputs = n;
    }

    /** Counts articles and failures of the analysed items (and so computes them, once: they are persisted). */
    void counted(JavaRDD<Item> items) {
        Map<Boolean, Long> byKind = items.map(Item::failed).countByValue();
        articles = byKind.getOrDefault(false, 0L);
        failed = byKind.getOrDefault(true, 0L);
    }

    void records(long n) {
        records = n;
    }

    void copies(long n) {
        copies = n;
    }

    void stories(long n) {
        stories = n;
    }

    void failures(List<String> listed) {
        failures = new ArrayList<>(listed);
    }

    void stage(String name, long startNanos) {
        stageSeconds.put(name, (System.nanoTime() - startNanos) / 1e9);
    }

    public long inputs() {
        return inputs;
    }

    /** Documents, WARC records and JSON Lines records read from the inputs, failed ones included. */
    public long records() {
        return records;
    }

    public long articles() {
        return articles;
    }

    /** Failed inputs, records and documents. */
    public long failed() {
        return failed;
    }

    public long copies() {
        return copies;
    }

    public long stories() {
        return stories;
    }

    /** The failures, one line each (input, offset or line where known, reason), in input order. */
    public List<String> failures() {
        return failures;
    }

    public Map<String, Double> stageSeconds() {
        return stageSeconds;
    }

    /** Bytes written by shuffles while this summary listened. */
    public long shuffleBytes() {
        return shuffleBytes.get();
    }

    ObjectNode toJson() {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("inputs", inputs).put("records", records).put("articles", articles).put("failed", failed).put("copies", copies)
                .put("stories", stories).put("shuffleBytes", shuffleBytes());
        ObjectNode stages = o.putObject("stageSeconds");
        stageSeconds.forEach((k, v) -> stages.put(k, Math.round(v * 1000) / 1000.0));
        ArrayNode f = o.putArray("failures");
        failures.forEach(f::add);
        return o;
    }

    void write(String file, Configuration conf) throws IOException {
        Path p = new Path(file);
        try (OutputStream out = p.getFileSystem(conf).create(p, true)) {
            out.write(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson()));
            out.write('\n');
        }
    }

    /** A few lines for the terminal. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("sitrep-spark: %d inputs, %d records read, %d articles, %d copies, %d stories, %d failed%n",
                inputs, records, articles, copies, stories, failed));
        stageSeconds.forEach((k, v) -> b.append(String.format("  %-14s %8.1f s%n", k, v)));
        b.append(String.format("  shuffled       %8.1f MB%n", shuffleBytes() / 1e6));
        for (String f : failures) {
            b.append("sitrep-spark: ").append(f).append('\n');
        }
        if (failed > failures.size()) {
            b.append("sitrep-spark: ... and ").append(failed - failures.size()).append(" more failures\n");
        }
        return b.toString().stripTrailing();
    }
}
