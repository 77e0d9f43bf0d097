package dev.sitrep.spark.eval;

import dev.sitrep.dedup.CopyDetector;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.ParallelAnalyzer;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.Result;
import dev.sitrep.spark.JobOptions;
import dev.sitrep.stories.StoryClusterer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-process run the job is measured against: what {@code sitrep analyze} does with the same files in
 * the same order (the same reader, pipeline, copy detector and story clusterer, with the same threads), with
 * the copy detector's re-pointing applied at the end, as a store applies it: every copy names its group's
 * earliest publication.
 */
public final class SingleProcess {
    private SingleProcess() {
    }

    /**
     * @param articles     every article in input order
     * @param failures     every failure's line
     * @param seconds      time spent reading and analysing (the pipeline built before, so its loading is apart)
     */
    public record Run(List<Article> articles, List<String> failures, double seconds) {
    }

    public static Run analyze(List<Path> files, JobOptions options, int threads) {
        Pipeline pipeline = new Pipeline(options.pipelineOptions());
        CopyDetector copies = new CopyDetector();
        StoryClusterer stories = new StoryClusterer();
        List<Article> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, List<Integer>> placesOfId = new HashMap<>();
        long t0 = System.nanoTime();
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(pipeline, threads, r -> {
            switch (r) {
                case Result.Analyzed a -> {
                    CopyDetector.Decision d = copies.accept(a.article());
                    Article article = a.article().toBuilder().duplicateOf(d.duplicateOf()).build();
                    article = article.toBuilder().story(stories.assign(article)).build();
                    for (String moved : d.repoint()) {
                        // Copies handled before, and their old original, now name this article: it predates them.
                        for (int i : placesOfId.getOrDefault(moved, List.of())) {
                            out.set(i, out.get(i).toBuilder().duplicateOf(article.id()).build());
                        }
                    }
                    placesOfId.computeIfAbsent(article.id(), k -> new ArrayList<>()).add(out.size());
                    out.add(article);
                }
                case Result.Failed f -> failures.add(f.failure().describe());
            }
        })) {
            new SourceReader(InputStream.nullInputStream(), options.limits().maxDocumentBytes())
                    .read(files.stream().map(Path::toString).toList(), analyzer::accept);
        }
        return new Run(out, failures, (System.nanoTime() - t0) / 1e9);
    }
}
