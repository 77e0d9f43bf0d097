package dev.sitrep.model;

import java.util.List;

/**
 * An actor or place mentioned in an article, resolved to its canonical form.
 *
 * @param id       stable across the corpus: the knowledge-base id where the entity is known there, else one
 *                 derived from the type and the normalised canonical name
 * @param name     canonical name ("Pete Hegseth", "NATO")
 * @param type     coarse type
 * @param aliases  other surface forms seen in this article ("Hegseth", "US defence secretary"), without {@code name}
 * @param mentions how many times the entity is mentioned
 * @param spans    where each mention is in the text (may be empty when not tracked)
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, int mentions, List<Mention> spans) {
    public Entity {
        aliases = List.copyOf(aliases);
        spans = List.copyOf(spans);
    }
}
