package dev.sitrep.quotes;

import java.util.List;

/**
 * A sentence of the article, widened to keep every quotation whole: "“A. B,” she said." is one unit, and so is
 * a quotation running over several paragraphs with its closing "he said".
 *
 * @param toks           the unit's tokens, quotations as single tokens
 * @param paragraph      index of the paragraph the unit starts in
 * @param startsParagraph whether the unit is the first of its paragraph
 * @param endsParagraph  whether the unit is the last of its paragraph
 */
record Unit(List<Tok> toks, int paragraph, boolean startsParagraph, boolean endsParagraph) {

    int start() {
        return toks.get(0).start();
    }

    int end() {
        return toks.get(toks.size() - 1).end();
    }

    boolean hasQuote() {
        for (Tok t : toks) {
            if (t.isQuote()) {
                return true;
            }
        }
        return false;
    }
}
