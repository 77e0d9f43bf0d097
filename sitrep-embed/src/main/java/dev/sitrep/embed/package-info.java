/**
 * Sentence encoders for stance heads ({@link dev.sitrep.positions.StanceHeads}): two small sentence-embedding
 * models that ship inside Maven Central jars and load from them, found by the core through
 * {@link java.util.ServiceLoader}. On the class path, issues with a learnt head (the climate issue) are judged by
 * what their sentences mean as well as by their words; without this module, by their words alone.
 */
package dev.sitrep.embed;
