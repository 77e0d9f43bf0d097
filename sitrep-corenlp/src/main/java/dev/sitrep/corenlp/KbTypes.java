package dev.sitrep.corenlp;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.kb.Actor;
import dev.sitrep.nlp.kb.KnowledgeBase;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base as a gazetteer for the CRF's types. A name the CRF found whose whole text is, in the
 * knowledge base:
 * <ul>
 *   <li>an organisation's name or alias is an organisation, and a product's a miscellaneous name, whatever the
 *       CRF said ("Der Spiegel" is no person);
 *   <li>a demonym is a miscellaneous name where the CRF calls it a place ("a Bahraini village");
 *   <li>a country's name is a place where it is written in upper case, unless the CRF calls it a person: in a
 *       headline the CRF loses its best cue, capital letters, and calls "PANAMA" a club. Elsewhere the CRF's
 *       reading of the context stands: "Monaco" the club and "Jordan" the racing team are organisations.
 * </ul>
 * Cities are left out: a city names its club as often as itself ("Leicester beat Somerset"). Only the type
 * changes, never the extent. Immutable and thread-safe.
 */
final class KbTypes {
    private static final KbTypes SHIPPED = new KbTypes(KnowledgeBase.shipped());
    private static final String LOCATION = "LOCATION";

    /** Folded name to the actor it names; the first actor wins. */
    private final Map<String, Actor> actors = new HashMap<>();

    KbTypes(KnowledgeBase kb) {
        for (Actor a : kb.actors()) {
            actors.putIfAbsent(fold(a.name()), a);
            a.aliases().forEach(alias -> actors.putIfAbsent(fold(alias), a));
        }
    }

    static KbTypes shipped() {
        return SHIPPED;
    }

    /**
     * The class (in the CoNLL models' spelling) the knowledge base gives the name {@code text} that the CRF
     * labelled {@code crfClass}; empty when it leaves the CRF's class alone.
     */
    Optional<String> classOf(String text, String crfClass) {
        Actor a = actors.get(fold(text));
        if (a == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (a.kind()) {
            case ORGANISATION -> a.type() == EntityType.ORG ? "ORGANIZATION" : "MISC";
            case PEOPLE -> crfClass.equals(LOCATION) ? "MISC" : null;
            case COUNTRY -> text.equals(text.toUpperCase(Locale.ROOT)) && !crfClass.equals("PERSON") ? LOCATION : null;
            case INSTITUTION, PLACE, PERSON, CITY -> null;
        });
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
