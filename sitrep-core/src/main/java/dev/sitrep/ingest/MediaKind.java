package dev.sitrep.ingest;

/** What the bytes of a document claim to be; {@link #UNKNOWN} lets the decoder sniff. */
public enum MediaKind {
    HTML, TEXT, UNKNOWN
}
