package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import java.util.List;

/**
 * One mention before mentions are grouped into entities.
 *
 * @param start   offset of the mention in the text
 * @param end     offset after it
 * @param kbId    knowledge-base id when the mention is resolved there ("pete-hegseth", "role/uk-defence-secretary"),
 *                else null
 * @param kbName  canonical name from the knowledge base, or null
 * @param type    entity type
 * @param name    for an unresolved mention, the name without courtesy title ("Smith" for "Mr Smith"); else null
 * @param person  whether something says it is a person (a title, "Mr", a recognizer typing it PERSON)
 * @param forms   the surface forms to record as aliases: the whole mention, or its title and name parts
 */
record Reference(int start, int end, String kbId, String kbName, EntityType type, String name, boolean person,
        List<String> forms) {

    boolean known() {
        return kbId != null;
    }

    Reference withStart(int newStart, String newForm) {
        return new Reference(newStart, end, kbId, kbName, type, name, true, List.of(newForm));
    }
}
