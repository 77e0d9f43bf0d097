package dev.sitrep.extract;

import dev.sitrep.meta.PageMetadata;

/**
 * The main text of a page and what its markup says about it.
 *
 * @param text                clean body text, paragraphs separated by a blank line
 * @param metadata            title, date, author and the rest from the markup
 * @param boilerplateRemoved  whether anything beyond the main text was dropped
 */
public record Extraction(String text, PageMetadata metadata, boolean boilerplateRemoved) {
}
