package dev.sitrep.extract;

/**
 * One paragraph of extracted text.
 *
 * @param text the text; table rows are separated by single newlines
 * @param kind what the markup made of it
 */
record Block(String text, Kind kind) {

    /** What the markup made of a block. */
    enum Kind { PARAGRAPH, HEADING, TITLE, LIST_ITEM, QUOTE, TABLE, PRE }
}
