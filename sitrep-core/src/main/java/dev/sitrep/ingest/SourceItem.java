package dev.sitrep.ingest;

/** What a reader yields for each thing it finds in the inputs: a document, or the reason one could not be read. */
public sealed interface SourceItem permits RawDocument, ReadFailure {
    /** The input path or URL, as a user would recognise it. */
    String source();
}
