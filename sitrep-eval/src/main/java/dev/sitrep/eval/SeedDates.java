package dev.sitrep.eval;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many of the seed articles ({@code shared/seeds}, crawled text dumps with no crawl date) get a publication day,
 * from their page or text or inferred, through the pipeline as {@code sitrep analyze} runs it (text only: dates are
 * settled before entities). An undated article drops out of timelines, date filters and stories.
 */
final class SeedDates {
    private SeedDates() {
    }

    /** The seed articles as analysed, in file order. */
    record Score(List<Article> articles) {
        long dated() {
            return articles.stream().filter(a -> a.published() != null).count();
        }

        long inferred() {
            return articles.stream().filter(a -> a.publishedInferred() != null).count();
        }

        double share() {
            return articles.isEmpty() ? 0 : (double) dated() / articles.size();
        }
    }

    static Score measure(Path seeds) {
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(true).build());
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                RawDocument doc = new RawDocument(f.getFileName().toString(), Files.readAllBytes(f), MediaKind.TEXT,
                        null, null, null, null, null);
                for (Result r : pipeline.analyze(doc)) {
                    if (r instanceof Result.Analyzed a) {
                        out.add(a.article());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Score(List.copyOf(out));
    }
}
