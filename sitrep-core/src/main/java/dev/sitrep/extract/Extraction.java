package dev.sitrep.extract;

/**
 * The main text of a page.
 *
 * @param text               clean body text, paragraphs separated by a blank line
 * @param boilerplateRemoved whether anything beyond the main text was dropped
 */
public record Extraction(String text, boolean boilerplateRemoved) {
}
