package dev.sitrep.spark;

import dev.sitrep.limits.Limits;
import dev.sitrep.pipeline.PipelineOptions;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What every executor needs to build its pipeline, small enough to travel with each task (the pipeline itself
 * never does: {@link ExecutorPipeline} builds it once per executor JVM).
 *
 * @param textOnly skip entities and quotes
 * @param asOf     reference date for relative dates, or null
 * @param limits   what one document may cost, as {@code sitrep analyze} bounds it
 */
public record JobOptions(boolean textOnly, LocalDate asOf, Limits limits) implements Serializable {

    public static JobOptions defaults() {
        return new JobOptions(false, null, Limits.defaults());
    }

    /** The same options as {@code sitrep analyze} builds from its flags. */
    public PipelineOptions pipelineOptions() {
        return PipelineOptions.builder().textOnly(textOnly).asOf(asOf).limits(limits).build();
    }
}
