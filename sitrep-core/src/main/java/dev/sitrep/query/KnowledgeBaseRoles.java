package dev.sitrep.query;

import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.nlp.kb.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The roles the knowledge base records for an entity: every tenure of every office the actor held, oldest first.
 * Only entities the pipeline resolved in the knowledge base have roles; their ids are {@value #KB_PREFIX} followed
 * by the knowledge-base id ({@code kb:pete-hegseth}), as {@code dev.sitrep.nlp.Canonicalizer} makes them. A
 * tenure's end is the day it ended as the knowledge base records it (usually the successor's first day).
 * Thread-safe; the knowledge base is read on the first lookup, not before.
 */
public final class KnowledgeBaseRoles implements RoleLookup {
    /** How the pipeline prefixes the ids of entities it found in the knowledge base. */
    public static final String KB_PREFIX = "kb:";
    private static final Comparator<Role> OLDEST_FIRST = Comparator.comparing(Role::from,
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).thenComparing(Role::role);

    private final Supplier<KnowledgeBase> kb;

    private KnowledgeBaseRoles(Supplier<KnowledgeBase> kb) {
        this.kb = kb;
    }

    /** The roles of the knowledge base shipped with Sitrep. */
    public static RoleLookup shipped() {
        return new KnowledgeBaseRoles(KnowledgeBase::shipped);
    }

    /** The roles of a given knowledge base (the shipped one with a user's files merged over it, say). */
    public static RoleLookup of(KnowledgeBase kb) {
        return new KnowledgeBaseRoles(() -> kb);
    }

    @Override
    public List<Role> roles(String entityId) {
        if (entityId == null || !entityId.startsWith(KB_PREFIX)) {
            return List.of();
        }
        String person = entityId.substring(KB_PREFIX.length());
        KnowledgeBase base = kb.get();
        List<Role> roles = new ArrayList<>();
        for (dev.sitrep.nlp.kb.Role office : base.rolesOf(person)) {
            String organisation = base.actor(office.of()).map(a -> a.name()).orElse(null);
            for (Tenure t : office.tenures()) {
                if (t.personId().equals(person)) {
                    roles.add(new Role(office.name(), organisation, t.start(), t.end()));
                }
            }
        }
        roles.sort(OLDEST_FIRST);
        return roles;
    }
}
