package dev.sitrep.pipeline;

/** One named step of the pipeline that refines a draft. Stages never throw on strange text. */
public interface Stage {
    /** A short name for logs and timing reports ("clean", "quotes"). */
    String name();

    Draft apply(Draft draft);
}
