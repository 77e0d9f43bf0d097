package dev.sitrep.spark;

import dev.sitrep.pipeline.Pipeline;

/**
 * One pipeline per executor JVM, built on first use and shared by all of that executor's task threads
 * ({@link Pipeline} is thread-safe). The heavy parts (the entity model, the knowledge base) are loaded once,
 * never serialised with a task: tasks carry only {@link JobOptions}.
 */
final class ExecutorPipeline {
    private static JobOptions builtFor;
    private static Pipeline pipeline;

    private ExecutorPipeline() {
    }

    /** The pipeline for {@code options}; built anew only when a job with other options runs in this JVM. */
    static synchronized Pipeline get(JobOptions options) {
        if (pipeline == null || !options.equals(builtFor)) {
            pipeline = new Pipeline(options.pipelineOptions());
            builtFor = options;
        }
        return pipeline;
    }
}
