package dev.sitrep.events;

import java.util.Optional;

/**
 * An actor as a sentence names it: the words, their character offsets {@code [start, end)} in the sentence, and
 * the canonical actor when the knowledge base knows the name ("Moscow" in "Moscow warned" is Russia).
 *
 * @param canonical the knowledge base's name for the actor, or null when the name is not in it
 */
public record Mention(String text, int start, int end, String canonical) {
    /** The canonical actor, when known. */
    public Optional<String> canonicalName() {
        return Optional.ofNullable(canonical);
    }
}
