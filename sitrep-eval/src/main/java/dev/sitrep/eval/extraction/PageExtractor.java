package dev.sitrep.eval.extraction;

/** Anything that turns an HTML page into its main text: Sitrep itself, or a peer measured beside it. */
public interface PageExtractor {
    String name();

    String extract(String html, String url) throws Exception;
}
