package dev.sitrep.nlp.kb;

import dev.sitrep.model.EntityType;
import java.util.List;

/**
 * One entity the knowledge base knows: a country, an organisation, a person, an institution metonym, a capital
 * city or a people.
 *
 * @param id         stable knowledge-base id ("pete-hegseth", "nato", "city/kyiv", "norp/ukraine")
 * @param name       canonical name
 * @param type       entity type given to its mentions
 * @param kind       what sort of actor it is
 * @param aliases    other names it goes by in text, without {@code name}
 * @param link       id of the actor it belongs to or stands for (an institution's state, a city's country), or null
 * @param provenance where the fact comes from
 */
public record Actor(String id, String name, EntityType type, ActorKind kind, List<String> aliases, String link,
        String provenance) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
