package dev.sitrep.spark;

import dev.sitrep.limits.Limits;
import dev.sitrep.pipeline.PipelineOptions;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What every executor needs to build its pipeline, small enough to travel with each task (the pipeline itself
 * never does: {@link ExecutorPipeline} builds it once per executor JVM).
 *
 * @param textOnly          skip entities and quotes
 * @param asOf              reference date for relative dates, or null
 * @param maxDocumentBytes  bytes read per document, WARC record or JSON Lines line
 * @param maxChars          characters of clean text analysed per article
 * @param timeBudgetSeconds time one document may take
 */
public record JobOptions(boolean textOnly, LocalDate asOf, long maxDocumentBytes, int maxChars, int timeBudgetSeconds)
        implements Serializable {

    public static JobOptions defaults() {
        Limits d = Limits.defaults();
        return new JobOptions(false, null, d.maxDocumentBytes(), d.maxAnalysedChars(), (int) d.timeBudget().toSeconds());
    }

    public Limits limits() {
        return Limits.defaults().withMaxDocumentBytes(maxDocumentBytes).withMaxAnalysedChars(maxChars)
                .withTimeBudget(Duration.ofSeconds(timeBudgetSeconds));
    }

    /** The same options as {@code sitrep analyze} builds from its flags. */
    public PipelineOptions pipelineOptions() {
        return PipelineOptions.builder().textOnly(textOnly).asOf(asOf).limits(limits()).build();
    }
}
