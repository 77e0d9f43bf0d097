package dev.sitrep.spark.eval;

import dev.sitrep.eval.SharedData;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.spark.AnalyzeJob;
import dev.sitrep.spark.JobOptions;
import dev.sitrep.spark.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The job against the single-process run on the same input: the public pages of {@code ../shared/data}
 * (article-extraction-benchmark and WCXB dev) written as WARC.gz files with jwarc, plus generated copies of
 * some of them (the same page republished elsewhere, the page inside another site's chrome, a page cut short).
 * Prints the share of articles whose own fields are identical, the agreement of copy decisions (per article,
 * and over the pairs either side joins), the agreement of stories over pairs, and the throughput of the job's
 * analysis per core against the single process's, with start-up apart.
 */
public final class AgreementEval {
    /**
     * WARC files the pages are spread over: many more than the cores, as a crawl has, so that the last file
     * analysed alone does not leave the other cores idle for long.
     */
    static final int FILES = 32;

    private AgreementEval() {
    }

    /** The figures of one comparison. */
    public record Figures(int articles, int sparkArticles, double identical, double copiesPerArticle,
                          double copyPairs, double storyPairsF1, double singleSeconds, double sparkSeconds,
                          double startupSeconds, long peakHeapBytes, long heapWithPipelineBytes) {

        /** Articles per second of the job's analysis over those of the single process, both on the same cores. */
        public double throughputRatio() {
            return singleSeconds / sparkSeconds;
        }

        public String describe() {
            return String.format("""
                    articles: single process %d, job %d
                    per-document fields identical:       %.4f
                    copy decisions, per article:         %.4f
                    copy decisions, pairs (Jaccard):     %.4f
                    stories, pairs (F1 against single):  %.4f
                    analysis: single process %.1f s, job %.1f s (start-up apart: %.1f s); job/single per core: %.2f
                    heap: %.0f MB with the pipeline loaded, %.0f MB at peak (local[2], driver and executor in one JVM)""",
                    articles, sparkArticles, identical, copiesPerArticle, copyPairs, storyPairsF1, singleSeconds,
                    sparkSeconds, startupSeconds, throughputRatio(), heapWithPipelineBytes / 1e6, peakHeapBytes / 1e6);
        }
    }

    /** The pages of the public gold, by name; at most {@code limit}. */
    static List<WarcFiles.Page> goldPages(int limit) throws IOException {
        List<WarcFiles.Page> pages = new ArrayList<>();
        for (String set : List.of("article-extraction-benchmark", "wcxb-articles-dev")) {
            Path html = SharedData.dataSet(set).map(p -> p.resolve("html")).orElse(null);
            if (html == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(html)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    byte[] bytes;
                    try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                            : Files.newInputStream(f)) {
                        bytes = in.readAllBytes();
                    }
                    pages.add(new WarcFiles.Page("https://" + set + ".example/" + name.replace(".gz", ""), bytes));
                }
            }
        }
        return pages.subList(0, Math.min(limit, pages.size()));
    }

    /**
     * The pages and generated copies: every fifth page republished at another address, every fifth (from the
     * second) inside other chrome (a navigation list of other pages' addresses), every fifth (from the third)
     * cut at 70% of its bytes, as a crawler that stopped early leaves it. Copies come after all originals.
     */
    static List<WarcFiles.Page> withCopies(List<WarcFiles.Page> pages) {
        List<WarcFiles.Page> out = new ArrayList<>(pages);
        for (int i = 0; i < pages.size(); i++) {
            WarcFiles.Page p = pages.get(i);
            String mirror = p.url().replace("https://", "https://mirror.");
            switch (i % 5) {
                case 0 -> out.add(new WarcFiles.Page(mirror, p.html()));
                case 1 -> out.add(new WarcFiles.Page(mirror, chrome(p.html(), pages, i)));
                case 2 -> out.add(new WarcFiles.Page(mirror, java.util.Arrays.copyOf(p.html(), p.html().length * 7 / 10)));
                default -> {
                }
            }
        }
        return out;
    }

    private static byte[] chrome(byte[] html, List<WarcFiles.Page> pages, int at) {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder nav = new StringBuilder("<nav><ul>");
        for (int k = 1; k <= 8; k++) {
            String url = pages.get((at + k * 37) % pages.size()).url();
            nav.append("<li><a href=\"").append(url).append("\">More: ").append(url.substring(url.lastIndexOf('/') + 1))
                    .append("</a></li>");
        }
        nav.append("</ul></nav>");
        int body = page.indexOf("<body");
        int open = body < 0 ? -1 : page.indexOf('>', body);
        String out = open < 0 ? nav + page : page.substring(0, open + 1) + nav + page.substring(open + 1);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Spreads the pages over {@link #FILES} WARC.gz files, in order, and returns the files. */
    static List<Path> write(List<WarcFiles.Page> pages, Path dir) throws IOException {
        WarcFiles w = new WarcFiles(dir);
        List<Path> files = new ArrayList<>();
        int per = (pages.size() + FILES - 1) / FILES;
        for (int f = 0; f * per < pages.size(); f++) {
            files.add(w.write(String.format("pages-%02d.warc.gz", f), pages.subList(f * per, Math.min(pages.size(), (f + 1) * per))));
        }
        return files;
    }

    /**
     * Runs both on the gold pages (at most {@code limit}) in {@code dir} with {@code spark}; with more than one
     * round, the two runs alternate and the times are each side's median, so that a machine busy with something
     * else slows both alike.
     */
    public static Figures run(SparkSession spark, Path dir, int limit, int rounds) throws Exception {
        List<Path> files = write(withCopies(goldPages(limit)), dir);
        JobOptions options = JobOptions.defaults();
        int cores = JavaSparkContext.fromSparkContext(spark.sparkContext()).defaultParallelism();

        long t0 = System.nanoTime();
        AnalyzeJob.warmUp(spark, options);
        double startup = (System.nanoTime() - t0) / 1e9;
        long withPipeline = heapUsed();
        // Both runs share this JVM: compile the pipeline's hot code first, untimed, so neither pays for it.
        SingleProcess.analyze(files.subList(0, 1), options, cores);
        Path manifest = dir.resolve("inputs.txt");
        Files.write(manifest, files.stream().map(Path::toString).toList());
        resetPeaks();
        List<Double> sparkTimes = new ArrayList<>();
        List<Double> singleTimes = new ArrayList<>();
        List<Article> job = null;
        SingleProcess.Run single = null;
        long peak = 0;
        for (int r = 0; r < rounds; r++) {
            Path out = dir.resolve("out-" + r);
            RunSummary summary = AnalyzeJob.run(spark, new AnalyzeJob.Settings(manifest.toString(), out.toString(),
                    options, cores, 30, false));
            peak = Math.max(peak, peakHeap());
            sparkTimes.add(summary.stageSeconds().get("analyse"));
            job = new ArrayList<>();
            for (String line : AnalyzeJob.readLines(JavaSparkContext.fromSparkContext(spark.sparkContext()), out.toString())) {
                job.add(ArticleJson.fromLine(line));
            }
            single = SingleProcess.analyze(files, options, cores);
            singleTimes.add(single.seconds());
        }
        return compare(single, job, median(singleTimes), median(sparkTimes), startup, peak, withPipeline);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    static Figures compare(SingleProcess.Run single, List<Article> job, double singleSeconds, double sparkSeconds,
                           double startup, long peak, long withPipeline) {
        List<Article> a = single.articles();
        int n = Math.min(a.size(), job.size());
        int identical = 0;
        int sameCopy = 0;
        for (int i = 0; i < n; i++) {
            if (own(a.get(i)).equals(own(job.get(i)))) {
                identical++;
            }
            if (java.util.Objects.equals(a.get(i).duplicateOf(), job.get(i).duplicateOf())) {
                sameCopy++;
            }
        }
        int total = Math.max(a.size(), job.size());
        Set<Long> singleCopyPairs = pairs(groups(a, n, x -> x.duplicateOf() != null ? x.duplicateOf() : x.id()));
        Set<Long> jobCopyPairs = pairs(groups(job, n, x -> x.duplicateOf() != null ? x.duplicateOf() : x.id()));
        Set<Long> singleStories = pairs(groups(a, n, Article::story));
        Set<Long> jobStories = pairs(groups(job, n, Article::story));
        return new Figures(a.size(), job.size(), (double) identical / total, (double) sameCopy / total,
                jaccard(singleCopyPairs, jobCopyPairs), f1(singleStories, jobStories), singleSeconds, sparkSeconds,
                startup, peak, withPipeline);
    }

    /** The article's own fields: what the per-document analysis decides, without copies and stories. */
    static String own(Article a) {
        return ArticleJson.toLine(a.toBuilder().duplicateOf(null).story(null).build());
    }

    private static List<List<Integer>> groups(List<Article> articles, int n, java.util.function.Function<Article, String> key) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byKey.computeIfAbsent(key.apply(articles.get(i)), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byKey.values());
    }

    private static Set<Long> pairs(List<List<Integer>> groups) {
        Set<Long> out = new HashSet<>();
        for (List<Integer> g : groups) {
            for (int j = 1; j < g.size(); j++) {
                for (int i = 0; i < j; i++) {
                    out.add(((long) g.get(i) << 32) | g.get(j));
                }
            }
        }
        return out;
    }

    private static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    private static double f1(Set<Long> reference, Set<Long> found) {
        if (reference.isEmpty() && found.isEmpty()) {
            return 1;
        }
        Set<Long> both = new HashSet<>(reference);
        both.retainAll(found);
        return 2.0 * both.size() / (reference.size() + found.size());
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
