package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.kb.ActorKind;
import dev.sitrep.nlp.kb.Denotation;

/**
 * Tokens {@code [from, to)} that the entity stage has identified: either a knowledge-base phrase ({@code kb} set)
 * or a name the recognizer found that the knowledge base does not know ({@code kb} null, {@code type} from the
 * recognizer).
 */
record Piece(int from, int to, Denotation kb, EntityType type) {

    boolean known() {
        return kb != null;
    }

    boolean isTitle() {
        return kb instanceof Denotation.Title;
    }

    /** A knowledge-base person, by name or alias. */
    boolean isKnownPerson() {
        return kb instanceof Denotation.Named(var a) && a.kind() == ActorKind.PERSON;
    }
}
