package dev.sitrep.query;

import dev.sitrep.model.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /**
     * The entity type a user typed ("person", " ORG"), as stores hold it ({@code PERSON}).
     *
     * @throws IllegalArgumentException when it is not an entity type, naming the types there are
     */
    public static String typeKey(String type) {
        String t = type.strip().toUpperCase(Locale.ROOT);
        try {
            return EntityType.valueOf(t).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entity type \"" + type + "\" (one of "
                    + Arrays.toString(EntityType.values()) + ")", e);
        }
    }
}
