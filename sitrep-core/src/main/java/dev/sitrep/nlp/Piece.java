package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.kb.ActorKind;
import dev.sitrep.nlp.kb.Denotation;

/**
 * Tokens {@code [from, to)} that the entity stage has identified: either a knowledge-base phrase ({@code kb} set)
 * or a name the recognizer found that the knowledge base does not know ({@code kb} null, {@code type} from the
 * recognizer). {@code nameFrom} is where the name starts after a title the knowledge base does not know
 * ("Commerce Secretary Howard Lutnick"), else {@code from}.
 */
record Piece(int from, int to, Denotation kb, EntityType type, int nameFrom) {

    Piece(int from, int to, Denotation kb, EntityType type) {
        this(from, to, kb, type, from);
    }

    boolean titled() {
        return nameFrom > from;
    }

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
