package dev.sitrep.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the store says about one actor.
 *
 * @param entity         identity and totals
 * @param roles          roles from the {@link RoleLookup}, oldest first
 * @param mentionsPerDay mentions per publication day, oldest first
 * @param quotes         what the entity said, newest first
 * @param coMentions     the entities mentioned in the same articles most often, with the number of articles
 * @param publishers     publishers of the articles that mention it, with how many, most first
 */
public record EntityProfile(EntitySummary entity, List<Role> roles, Map<LocalDate, Long> mentionsPerDay,
                            List<QuoteHit> quotes, List<CoMention> coMentions, Map<String, Long> publishers) {
    public EntityProfile {
        roles = List.copyOf(roles);
        mentionsPerDay = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mentionsPerDay));
        quotes = List.copyOf(quotes);
        coMentions = List.copyOf(coMentions);
        publishers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(publishers));
    }

    /**
     * Another entity in the same articles.
     *
     * @param count articles that mention both
     */
    public record CoMention(String id, String name, String type, long count) {
    }
}
