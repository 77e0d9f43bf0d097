package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.List;

/**
 * A statement found in a unit, before its speaker is resolved.
 *
 * @param parts   the statement's pieces; empty for an introduction ("That is what he said:") whose words follow
 * @param kind    how it is reported
 * @param cue     the cue as it appears
 * @param speaker the phrase naming the speaker
 * @param unit    index of the unit holding the frame
 * @param quotes  the quotations the statement consumed
 */
record Found(List<Quote.Part> parts, QuoteKind kind, String cue, Phrase speaker, int unit, List<Quoted> quotes) {
}
