package dev.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity stage on short synthetic articles that reproduce the traps of real news. */
class EntityStageTest {
    private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 13);
    private final EntityStage stage = new EntityStage(new RuleRecognizer());

    private static Entity byId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static Entity byName(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> spanTexts(Entity e) {
        return e.spans().stream().map(Mention::text).toList();
    }

    @Test
    void titleNameSurnameCourtesyAndTitleAloneAreOnePerson() {
        String text = """
                US defence secretary Pete Hegseth arrived for the meeting on Wednesday.
                Speaking to reporters, Hegseth said Europe must spend more. Mr Hegseth added that the
                alliance was strong. The defence secretary later left for Warsaw.""";
        List<Entity> es = stage.entities(text, FEB_2025);
        Entity h = byId(es, "kb:pete-hegseth");
        assertNotNull(h, es.toString());
        assertEquals("Pete Hegseth", h.name());
        assertEquals(EntityType.PERSON, h.type());
        assertEquals(List.of("US defence secretary Pete Hegseth", "Hegseth", "Mr Hegseth", "defence secretary"),
                spanTexts(h));
        assertEquals(4, h.mentions());
        assertTrue(h.aliases().containsAll(List.of("US defence secretary", "Hegseth", "Mr Hegseth")),
                h.aliases().toString());
        assertEquals(1, es.stream().filter(e -> e.type() == EntityType.PERSON).count(), es.toString());
    }

    @Test
    void aSurnameWrittenFirstFindsTheKnownPerson() {
        String text = "Chinese foreign minister Wang Yi met his counterpart on Monday. Later, Wang said the talks were frank.";
        Entity wang = byId(stage.entities(text, FEB_2025), "kb:wang-yi");
        assertNotNull(wang);
        assertTrue(spanTexts(wang).contains("Wang"), spanTexts(wang).toString());
    }

    @Test
    void aBareGenericTitleGivenToAnUnknownPersonIsNotTheKnownHolder() {
        String text = "Premier Ilse Varga met Prime Minister Mark Carney in Ottawa on Monday. The premier said the talks"
                + " went well.";
        Entity carney = byId(stage.entities(text, LocalDate.of(2025, 6, 1)), "kb:mark-carney");
        assertNotNull(carney);
        assertEquals(List.of("Prime Minister Mark Carney"), spanTexts(carney));
        String other = "Premier Ilse Varga met Prime Minister Mark Carney in Ottawa on Monday. The prime minister said the"
                + " talks went well.";
        assertTrue(spanTexts(byId(stage.entities(other, LocalDate.of(2025, 6, 1)), "kb:mark-carney")).contains("prime minister"));
        String alone = "Prime Minister Mark Carney met the crews in Halifax on Monday. The premier said the talks went well.";
        assertTrue(spanTexts(byId(stage.entities(alone, LocalDate.of(2025, 6, 1)), "kb:mark-carney")).contains("premier"));
    }

    @Test
    void spansAreTheirOwnText() {
        String text = "UK Defence Secretary John Healey met Canadian defence minister Bill Blair in London.";
        for (Entity e : stage.entities(text, FEB_2025)) {
            for (Mention m : e.spans()) {
                assertEquals(text.substring(m.start(), m.end()), m.text());
            }
        }
    }

    @Test
    void qualifiedTitleAloneResolvesByTheArticleDate() {
        String text = "The US defence secretary said the alliance must spend more.";
        assertNotNull(byId(stage.entities(text, FEB_2025), "kb:pete-hegseth"));
        assertNotNull(byId(stage.entities(text, LocalDate.of(2022, 5, 1)), "kb:lloyd-austin"));
        assertNotNull(byId(stage.entities(text, LocalDate.of(2020, 6, 1)), "kb:mark-esper"));
    }

    @Test
    void withoutADateATitleStaysAnOfficeUnlessItsHolderIsNamed() {
        String alone = "The US Secretary of Defense said the alliance must spend more.";
        Entity office = byId(stage.entities(alone, null), "role/us-secretary-of-defense".replace("role/", "kb:role/"));
        assertNotNull(office);
        assertEquals("US Secretary of Defense", office.name());
        String named = "Pete Hegseth flew to Brussels. The US Secretary of Defense said the alliance must spend more.";
        Entity h = byId(stage.entities(named, null), "kb:pete-hegseth");
        assertEquals(2, h.mentions());
    }

    @Test
    void aBareTitleResolvesOnlyThroughAHolderNamedInTheArticle() {
        String one = "John Healey chaired the meeting. The defence secretary said support would continue.";
        assertEquals(2, byId(stage.entities(one, FEB_2025), "kb:john-healey").mentions());
        String two = "John Healey and Pete Hegseth met. The defence secretary said support would continue.";
        List<Entity> es = stage.entities(two, FEB_2025);
        assertEquals(1, byId(es, "kb:john-healey").mentions());
        assertEquals(1, byId(es, "kb:pete-hegseth").mentions());
    }

    @Test
    void titleWithNameUsesTheNameWhateverTheDate() {
        String text = "U.K. Foreign Secretary Liz Truss warned Moscow. Ms Truss spoke in Kyiv.";
        List<Entity> es = stage.entities(text, LocalDate.of(2022, 2, 1));
        Entity truss = byId(es, "kb:liz-truss");
        assertEquals(List.of("U.K. Foreign Secretary Liz Truss", "Ms Truss"), spanTexts(truss));
        assertTrue(truss.aliases().contains("U.K. Foreign Secretary"));
    }

    @Test
    void aSpunNameAfterATitleIsTheHolderWithThatSurname() {
        String text = "At the press stand, Canadian defence minister Invoice Blair promised more help.";
        Entity blair = byId(stage.entities(text, FEB_2025), "kb:bill-blair");
        assertNotNull(blair);
        assertTrue(blair.aliases().contains("Invoice Blair"));
    }

    @Test
    void possessiveAndPostfixQualifiers() {
        String text = "Britain's defence secretary spoke first. Then the president of Ukraine thanked the allies.";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertEquals("Britain's defence secretary", spanTexts(byId(es, "kb:john-healey")).get(0));
        assertEquals("president of Ukraine", spanTexts(byId(es, "kb:volodymyr-zelensky")).get(0));
    }

    @Test
    void spellingVariantsAreOneEntity() {
        String text = """
                President Zelensky spoke in Kiev. Later Volodymyr Zelenskyy said Kyiv would not give up land.
                Zelenskiy thanked Nato. NATO allies agreed.""";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertEquals(3, byId(es, "kb:volodymyr-zelensky").mentions());
        Entity nato = byId(es, "kb:nato");
        assertEquals(2, nato.mentions());
        assertEquals(EntityType.ORG, nato.type());
        assertTrue(nato.aliases().contains("Nato"));
    }

    @Test
    void metonymsAndCapitals() {
        String text = """
                The Kremlin said talks were possible. Moscow insists on its demands, while ministers met in
                Moscow and in Brussels. Brussels wants a say, the White House said, and Downing Street agreed.""";
        List<Entity> es = stage.entities(text, FEB_2025);
        Entity kremlin = byId(es, "kb:kremlin");
        assertEquals(EntityType.ORG, kremlin.type());
        assertEquals(List.of("Kremlin"), spanTexts(kremlin));
        assertEquals(List.of("Moscow"), spanTexts(byId(es, "kb:russia")));
        assertEquals(EntityType.GPE, byId(es, "kb:city/moscow").type());
        assertEquals(1, byId(es, "kb:city/brussels").mentions());
        assertEquals(1, byId(es, "kb:eu").mentions());
        assertEquals(EntityType.ORG, byId(es, "kb:white-house").type());
        assertNotNull(byId(es, "kb:downing-street"));
    }

    @Test
    void metonymsQualifyTitles() {
        String text = "Kremlin spokesman Dmitry Peskov replied. Pentagon chief Pete Hegseth did not.";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertEquals(List.of("Kremlin spokesman Dmitry Peskov"), spanTexts(byId(es, "kb:dmitry-peskov")));
        assertEquals(List.of("Pentagon chief Pete Hegseth"), spanTexts(byId(es, "kb:pete-hegseth")));
        assertNull(byId(es, "kb:kremlin"));
    }

    @Test
    void retypesNamesTheKnowledgeBaseKnows() {
        String text = "Ukrainian troops held the line as Moscow pressed and NATO watched.";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertEquals(EntityType.NORP, byId(es, "kb:norp/ukraine").type());
        assertEquals(EntityType.GPE, byId(es, "kb:russia").type());
        assertEquals(EntityType.ORG, byId(es, "kb:nato").type());
    }

    @Test
    void gazetteerFindsNamesTheRecognizerMissed() {
        EntityRecognizer none = new EntityRecognizer() {
            @Override
            public String name() {
                return "none";
            }

            @Override
            public List<NamedSpan> recognize(String text) {
                return List.of();
            }
        };
        List<Entity> es = new EntityStage(none).entities("Talks with Putin began in Riyadh.", FEB_2025);
        assertNotNull(byId(es, "kb:vladimir-putin"));
        assertNotNull(byId(es, "kb:city/riyadh"));
    }

    @Test
    void unknownPeopleMergeBySurnameAndCourtesyTitle() {
        String text = """
                Defence analyst Anna Kowalczyk said the plan was vague. According to Kowalczyk, the summit
                changed little. Ms Kowalczyk has written two books.""";
        List<Entity> es = stage.entities(text, FEB_2025);
        Entity anna = byName(es, "Anna Kowalczyk");
        assertNotNull(anna, es.toString());
        assertEquals(EntityType.PERSON, anna.type());
        assertEquals(List.of("Anna Kowalczyk", "Kowalczyk", "Ms Kowalczyk"), spanTexts(anna));
    }

    @Test
    void stableIdsAcrossArticles() {
        String first = "Defence analyst Anna Kowalczyk met Pete Hegseth.";
        String second = "US defence secretary Hegseth was criticised by Anna Kowalczyk, a Warsaw analyst.";
        List<Entity> a = stage.entities(first, FEB_2025);
        List<Entity> b = stage.entities(second, FEB_2025);
        assertEquals(byName(a, "Anna Kowalczyk").id(), byName(b, "Anna Kowalczyk").id());
        assertNotNull(byId(a, "kb:pete-hegseth"));
        assertNotNull(byId(b, "kb:pete-hegseth"));
    }

    @Test
    void junkFromCapitalisationIsDropped() {
        String text = """
                Spending Row Not A Threat To Ukraine, Hegseth Says
                On Monday, the ministers met. In February The Guardian reported. However Trump disagreed.""";
        List<Entity> es = stage.entities(text, FEB_2025);
        for (Entity e : es) {
            for (String bad : List.of("Spending", "Row", "Monday", "February", "The", "However", "Threat", "Says")) {
                assertFalse(e.name().equals(bad) || e.name().startsWith(bad + " "), e.toString());
            }
        }
        assertNotNull(byId(es, "kb:ukraine"));
        assertNotNull(byId(es, "kb:pete-hegseth"));
        assertNotNull(byName(es, "Guardian"));
        assertNotNull(byId(es, "kb:donald-trump"));
    }

    @Test
    void aPersonSpanFromATypedRecognizerOutranksAPlaceInsideIt() {
        EntityRecognizer typed = new EntityRecognizer() {
            @Override
            public String name() {
                return "typed";
            }

            @Override
            public List<NamedSpan> recognize(String text) {
                int i = text.indexOf("Sofia Petrova");
                return List.of(new NamedSpan(i, i + 13, "Sofia Petrova", EntityType.PERSON));
            }
        };
        List<Entity> es = new EntityStage(typed).entities("Reporter Sofia Petrova wrote from Kharkiv.", FEB_2025);
        assertEquals(EntityType.PERSON, byName(es, "Sofia Petrova").type());
        assertNull(byId(es, "kb:bulgaria"));
    }

    @Test
    void datelinesAndDottedAbbreviations() {
        String text = "MOSCOW, Feb 13 — The U.S. envoy met Kremlin officials.\n\nLike\n\nShare";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertEquals(List.of("MOSCOW"), spanTexts(byId(es, "kb:city/moscow")));
        assertEquals(List.of("U.S."), spanTexts(byId(es, "kb:united-states")));
        assertTrue(es.stream().noneMatch(e -> e.name().contains("\n")), es.toString());
    }

    @Test
    void aPlaceThatStartsALongerNameIsPartOfIt() {
        String text = "She told the Washington Post and the Kyiv Independent that Washington had changed course.";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertNotNull(byName(es, "Washington Post"), es.toString());
        assertNotNull(byName(es, "Kyiv Independent"), es.toString());
        assertEquals(List.of("Washington"), spanTexts(byId(es, "kb:united-states")));
        assertNull(byId(es, "kb:ukraine"));
        List<Entity> sport = stage.entities("The film starred Michael Jordan and was shot in Jordan.", FEB_2025);
        assertEquals(EntityType.PERSON, byName(sport, "Michael Jordan").type());
        assertEquals(List.of("Jordan"), spanTexts(byId(sport, "kb:jordan")));
    }

    @Test
    void deputiesAndFormerHoldersAreNotTheHolder() {
        String text = "Sergei Lavrov stayed home. Russian Deputy Foreign Minister Sergei Ryabkov went instead, and "
                + "the deputy foreign minister said little. Former defence secretary Ben Wallace disagreed.";
        List<Entity> es = stage.entities(text, FEB_2025);
        assertEquals(1, byId(es, "kb:sergei-lavrov").mentions());
        Entity ryabkov = byName(es, "Sergei Ryabkov");
        assertEquals(EntityType.PERSON, ryabkov.type());
        assertTrue(ryabkov.aliases().contains("Russian Deputy Foreign Minister"), ryabkov.aliases().toString());
        assertTrue(byId(es, "kb:ben-wallace").aliases().contains("Former defence secretary"));
        assertNull(byId(es, "kb:john-healey"));
    }

    @Test
    void anElectIsNotTheHolder() {
        String text = "US President-elect Donald Trump met the US president at the White House.";
        List<Entity> es = stage.entities(text, LocalDate.of(2024, 11, 13));
        assertTrue(byId(es, "kb:donald-trump").aliases().contains("US President-elect"));
        assertEquals(List.of("US president"), spanTexts(byId(es, "kb:joe-biden")));
    }

    @Test
    void aLongerOfficeNameWinsOverAGenericWordInIt() {
        String text = "The Chancellor of the Exchequer met German Chancellor Friedrich Merz in Berlin.";
        List<Entity> es = stage.entities(text, FEB_2025.plusMonths(6));
        assertEquals(List.of("Chancellor of the Exchequer"), spanTexts(byId(es, "kb:rachel-reeves")));
        assertEquals(List.of("German Chancellor Friedrich Merz"), spanTexts(byId(es, "kb:friedrich-merz")));
    }

    @Test
    void strangeTextDoesNotThrow() {
        for (String s : List.of("", " ", "’s", "Mr", "of the", "US", "\n\n", "President", "Mr.", "’", "A.B.C.D.")) {
            assertNotNull(stage.entities(s, null));
            assertNotNull(stage.entities(s, FEB_2025));
        }
    }
}
