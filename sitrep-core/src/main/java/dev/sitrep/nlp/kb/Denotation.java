package dev.sitrep.nlp.kb;

import java.util.List;

/** What a knowledge-base phrase found in text stands for. */
public sealed interface Denotation {

    /** A name or alias of an actor. */
    record Named(Actor actor) implements Denotation {
    }

    /**
     * A city that also stands for a government: "Moscow said" is Russia, "Brussels insists" is the EU, while
     * "in Moscow" is the city.
     */
    record Capital(Actor city, Actor government) implements Denotation {
    }

    /**
     * A phrase naming an office. {@code qualified} when the phrase names its office alone ("Pentagon chief");
     * otherwise a generic phrase ("defence secretary") shared by the offices listed.
     */
    record Title(List<Role> roles, boolean qualified) implements Denotation {
        public Title {
            roles = List.copyOf(roles);
        }
    }
}
