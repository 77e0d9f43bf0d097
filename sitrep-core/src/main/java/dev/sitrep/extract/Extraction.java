package dev.sitrep.extract;

import java.util.List;

/**
 * The main text of a page.
 *
 * @param text               clean body text, paragraphs separated by a blank line
 * @param boilerplateRemoved whether anything beyond the main text was dropped
 * @param method             which step of {@link HtmlExtractor}'s cascade produced the text
 * @param following          the whole articles the page stacks below its first, in page order; usually none
 */
public record Extraction(String text, boolean boilerplateRemoved, Method method, List<Stacked> following) {

    public Extraction {
        following = List.copyOf(following);
    }

    /** An extraction of a page that holds one article. */
    public Extraction(String text, boolean boilerplateRemoved, Method method) {
        this(text, boilerplateRemoved, method, List.of());
    }

    /**
     * An article stacked below the page's first one.
     *
     * @param title  its headline
     * @param author its byline's names
     * @param text   its text, paragraphs separated by a blank line
     */
    public record Stacked(String title, String author, String text) {
    }

    /** The cascade step that produced an extraction, in the order they are tried. */
    public enum Method {
        /** A container the markup names: articleBody microdata, an article-body class, article, main. */
        SEMANTIC,
        /** The best-scoring container by text density, link density and class hints. */
        SCORED,
        /** The same two steps again with class and id hints switched off. */
        LENIENT,
        /** The articleBody of the page's JSON-LD. */
        JSON_LD,
        /** All the text of the body outside structural chrome and link lists. */
        BODY,
        /** Nothing: the page has no text. */
        EMPTY
    }
}
