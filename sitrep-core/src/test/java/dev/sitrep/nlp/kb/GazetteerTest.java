package dev.sitrep.nlp.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Longest match, case rules and phrase boundaries of the token trie. */
class GazetteerTest {
    private static Actor actor(String id, String name) {
        return new Actor(id, name, EntityType.ORG, ActorKind.ORGANISATION, List.of(), null, "test");
    }

    private final Gazetteer gaz = new Gazetteer.Builder()
            .add("UN", 2, new Denotation.Named(actor("un", "United Nations")))
            .add("UN Security Council", 2, new Denotation.Named(actor("unsc", "UN Security Council")))
            .add("WHO", 2, new Denotation.Named(actor("who", "World Health Organization")))
            .add("Élysée", 2, new Denotation.Named(actor("elysee", "Élysée")))
            .add("defence secretary", 1, new Denotation.Title(List.of(), false))
            .build();

    private List<String> found(String text) {
        Tokens t = Tokens.of(text);
        return gaz.findAll(t).stream().map(m -> t.span(m.from(), m.to())).toList();
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("UN Security Council", "UN"), found("The UN Security Council and the UN met."));
    }

    @Test
    void capitalsMatchOnlyCapitalsAndLowerCaseMatchesAnyCase() {
        assertEquals(List.of("WHO"), found("Who said the WHO was wrong? Ask who knows."));
        assertEquals(List.of("Defence Secretary", "defence secretary"),
                found("Defence Secretary John Healey; the defence secretary."));
    }

    @Test
    void diacriticsAreFolded() {
        assertEquals(List.of("Elysee", "Élysée"), found("The Elysee said, and the Élysée agreed."));
    }

    @Test
    void aPhraseDoesNotRunAcrossASentenceOrLineBreak() {
        assertEquals(List.of("UN", "UN"),
                found("It went to the UN. Security Council members met.\nUN\nSecurity Council"));
    }
}
