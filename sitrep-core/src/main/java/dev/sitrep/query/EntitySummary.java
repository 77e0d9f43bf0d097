package dev.sitrep.query;

import java.util.List;

/**
 * An entity as the whole store knows it.
 *
 * @param id       entity id
 * @param name     canonical name (as its newest article gives it)
 * @param type     entity type name ("PERSON")
 * @param aliases  every other name it was seen under, most frequent first
 * @param mentions mentions over all stored articles
 * @param articles stored articles that mention it
 */
public record EntitySummary(String id, String name, String type, List<String> aliases, long mentions, long articles) {
    public EntitySummary {
        aliases = List.copyOf(aliases);
    }
}
