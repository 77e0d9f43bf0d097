package dev.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The entity lists an analyst reads, on short synthetic articles: no generic title as anyone's alias, products
 * and platforms typed as what they are, offices joined to their holders, and the names of one article joined
 * to one actor (short forms, surname-first names, acronyms).
 */
class ActorListTest {
    private static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 7);
    private final EntityStage stage = new EntityStage(new RuleRecognizer());

    /** A recognizer that finds the given names with the given types, longest first, as a statistical model might. */
    private static EntityRecognizer typing(Map<String, EntityType> names) {
        return new EntityRecognizer() {
            @Override
            public String name() {
                return "typing";
            }

            @Override
            public List<NamedSpan> recognize(String text) {
                List<NamedSpan> out = new ArrayList<>();
                boolean[] taken = new boolean[text.length()];
                names.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(name -> {
                    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                        if (!taken[i] && !taken[i + name.length() - 1]) {
                            Arrays.fill(taken, i, i + name.length(), true);
                            out.add(new NamedSpan(i, i + name.length(), name, names.get(name)));
                        }
                    }
                });
                out.sort((a, b) -> Integer.compare(a.start(), b.start()));
                return out;
            }
        };
    }

    private static Entity byId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static Entity withSpan(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.spans().stream().anyMatch(m -> m.text().equals(text))).findFirst()
                .orElse(null);
    }

    private static List<String> spanTexts(Entity e) {
        return e.spans().stream().map(Mention::text).toList();
    }

    @Test
    void aGenericTitleIsNobodysAlias() {
        String text = """
                President Donald Trump called President Volodymyr Zelensky on Monday. Moscow kept its grip on
                Syria under President Bashar al-Assad for a decade, and President Xi Jinping visited Moscow.""";
        List<Entity> es = stage.entities(text, MAY_2025);
        for (Entity e : es) {
            assertFalse(e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase("President") || a.contains("under")),
                    e.name() + " " + e.aliases());
        }
        assertNotNull(byId(es, "kb:donald-trump"), es.toString());
        assertNotNull(byId(es, "kb:syria"), es.toString());
    }

    @Test
    void productsAndPlatformsAreNeitherPlacesNorPeople() {
        String text = "Gamers left Stadia for good. Zelensky posted the video on Instagram and Telegram.";
        EntityStage s = new EntityStage(typing(Map.of("Stadia", EntityType.LOC, "Instagram", EntityType.PERSON,
                "Telegram", EntityType.PERSON)));
        List<Entity> es = s.entities(text, MAY_2025);
        assertEquals(EntityType.OTHER, withSpan(es, "Stadia").type(), es.toString());
        assertEquals(EntityType.ORG, withSpan(es, "Instagram").type(), es.toString());
        assertEquals(EntityType.ORG, withSpan(es, "Telegram").type(), es.toString());
    }

    @Test
    void theNatoSecretaryGeneralIsMarkRutteAndKievIsKyiv() {
        String text = """
                The NATO secretary general arrived in Kyiv on Tuesday. Mark Rutte said the alliance stood by
                Kiev. Later the Nato secretary general met ministers in Kiev.""";
        List<Entity> es = stage.entities(text, MAY_2025);
        Entity rutte = byId(es, "kb:mark-rutte");
        assertNotNull(rutte, es.toString());
        assertEquals(3, rutte.mentions(), spanTexts(rutte).toString());
        Entity kyiv = byId(es, "kb:city/kyiv");
        assertNotNull(kyiv, es.toString());
        assertEquals(List.of("Kyiv", "Kiev"), spanTexts(kyiv).subList(0, 2));
    }

    @Test
    void laterShortNamesAreThePersonNamedInFull() {
        String text = """
                Defence analyst Marta Kowalska said the plan was vague. Marta added that Kowalska had warned of
                this in March. Lee Jae-myung, South Korea's president, met Xi Jinping in Gyeongju. Lee said the
                talks were frank; Xi agreed. Orbán Viktor, as Hungarians write his name, objected. Orbán said no.
                Kovács Anna, a Hungarian diplomat, said Kovács would stay.""";
        EntityStage s = new EntityStage(typing(Map.of("Marta Kowalska", EntityType.PERSON, "Marta", EntityType.PERSON,
                "Kowalska", EntityType.PERSON, "Lee Jae-myung", EntityType.PERSON, "Lee", EntityType.PERSON,
                "Kovács Anna", EntityType.PERSON, "Kovács", EntityType.PERSON)));
        List<Entity> es = s.entities(text, MAY_2025);
        Entity kowalska = withSpan(es, "Marta Kowalska");
        assertNotNull(kowalska, es.toString());
        assertEquals(List.of("Marta Kowalska", "Marta", "Kowalska"), spanTexts(kowalska));
        assertEquals(2, withSpan(es, "Lee Jae-myung").mentions(), es.toString());
        assertEquals(2, byId(es, "kb:xi-jinping").mentions(), es.toString());
        assertEquals(List.of("Orbán Viktor", "Orbán"), spanTexts(byId(es, "kb:viktor-orban")));
        assertEquals(List.of("Kovács Anna", "Kovács"), spanTexts(withSpan(es, "Kovács Anna")));
    }

    @Test
    void anAcronymIsTheOrganisationItAbbreviates() {
        String text = """
                The European Centre for Minority Issues (ECMI) published a report on Monday. ECMI said the
                census was flawed. The IISD, the International Institute for Sustainable Development, agreed.""";
        EntityStage s = new EntityStage(typing(Map.of("European Centre for Minority Issues", EntityType.ORG,
                "ECMI", EntityType.ORG, "IISD", EntityType.OTHER,
                "International Institute for Sustainable Development", EntityType.ORG)));
        List<Entity> es = s.entities(text, MAY_2025);
        Entity ecmi = withSpan(es, "European Centre for Minority Issues");
        assertNotNull(ecmi, es.toString());
        assertEquals(EntityType.ORG, ecmi.type());
        assertEquals("European Centre for Minority Issues", ecmi.name());
        assertTrue(ecmi.aliases().contains("ECMI"), ecmi.aliases().toString());
        assertEquals(3, ecmi.mentions(), spanTexts(ecmi).toString());
        Entity iisd = withSpan(es, "IISD");
        assertEquals("International Institute for Sustainable Development", iisd.name(), es.toString());
        assertEquals(2, iisd.mentions());
    }
}
