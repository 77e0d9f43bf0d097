/**
 * {@code sitrep watch}: the sources file, the schedule of due sources, the archive of every fetch and the state
 * that survives a restart. The watcher is a source of {@code RawDocument}s like the file readers: what it
 * fetches goes through the same pipeline and the same store writer as {@code sitrep ingest}.
 */
package dev.sitrep.watch;
