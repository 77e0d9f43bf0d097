/**
 * What one document may cost: the {@link dev.sitrep.limits.Limits} every reader and stage keeps to, and the
 * per-document time budget ({@link dev.sitrep.limits.Deadline}) the pipeline enforces.
 */
package dev.sitrep.limits;
