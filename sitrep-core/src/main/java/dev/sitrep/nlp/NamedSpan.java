package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;

/** A name found in text by a recognizer, before canonicalisation. Offsets index the text given to it. */
public record NamedSpan(int start, int end, String text, EntityType type) {
}
