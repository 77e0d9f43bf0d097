package dev.sitrep.eval.extraction;

/**
 * A main-text extractor under evaluation: Sitrep itself or a peer (boilerpipe, Readability4J, Mozilla
 * Readability...). Implementations must be safe to call once per page, one page at a time.
 */
public interface PageExtractor {

    /** A short name for reports, for example "sitrep". */
    String name();

    /**
     * The main text of one page, paragraphs separated by blank lines.
     *
     * @param html the page, already decoded
     * @param url  the address it was fetched from, or null
     * @return the text; empty when the extractor found nothing
     * @throws Exception when the extractor fails on this page (the harness scores it as empty)
     */
    String extract(String html, String url) throws Exception;
}
