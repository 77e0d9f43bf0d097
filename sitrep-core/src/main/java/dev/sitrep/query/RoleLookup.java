package dev.sitrep.query;

import java.util.List;

/**
 * Where an entity profile finds the roles of an entity: the seam to a knowledge base of offices and their
 * holders. The store itself knows no roles: {@link KnowledgeBaseRoles} answers from the knowledge base, {@link #NONE}
 * where none is wanted.
 */
@FunctionalInterface
public interface RoleLookup {
    /** Knows no roles. */
    RoleLookup NONE = id -> List.of();

    /** The roles of the entity with this id, oldest first; empty when unknown. */
    List<Role> roles(String entityId);
}
