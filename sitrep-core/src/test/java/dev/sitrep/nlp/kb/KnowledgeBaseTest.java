package dev.sitrep.nlp.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Entity;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.nlp.RuleRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped knowledge base, the user's extra files, and the loader's error messages. */
class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.shipped();

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String holderOn(KnowledgeBase kb, String role, String day) {
        return String.join(",", kb.role(role).orElseThrow().holdersOn(LocalDate.parse(day)));
    }

    @Test
    void shipsEveryUnMemberAndObserver() {
        KnowledgeBase.Stats s = kb.stats();
        assertEquals(195, s.countries(), s.toString());
        assertTrue(s.organisations() >= 40, s.toString());
        assertTrue(s.persons() >= 200, s.toString());
        assertTrue(s.tenures() >= 250, s.toString());
        assertEquals("Russia", kb.actor("russia").orElseThrow().name());
        assertEquals("Kyiv", kb.actor("city/kyiv").orElseThrow().name());
        assertTrue(kb.actor("city/kyiv").orElseThrow().aliases().contains("Kiev"));
    }

    @Test
    void officesChangeHandsOnTheRecordedDays() {
        assertEquals("lloyd-austin", holderOn(kb, "us-secretary-of-defense", "2022-06-01"));
        assertEquals("pete-hegseth", holderOn(kb, "us-secretary-of-defense", "2025-02-13"));
        assertEquals("joe-biden", holderOn(kb, "us-president", "2021-01-20"));
        assertEquals("donald-trump", holderOn(kb, "us-president", "2021-01-19"));
        assertEquals("liz-truss", holderOn(kb, "uk-foreign-secretary", "2022-03-01"));
        assertEquals("mark-rutte", holderOn(kb, "nato-secretary-general", "2024-10-01"));
        assertEquals("jens-stoltenberg", holderOn(kb, "nato-secretary-general", "2024-09-30"));
        assertEquals("kaja-kallas", holderOn(kb, "eu-high-representative", "2025-01-10"));
        assertEquals("dmitry-peskov", holderOn(kb, "kremlin-spokesperson", "2023-05-05"));
    }

    @Test
    void monthOnlyDatesCoverTheWholeMonth() {
        assertEquals("julianne-smith", holderOn(kb, "us-nato-ambassador", "2021-11-01"));
        assertEquals("", holderOn(kb, "us-nato-ambassador", "2021-10-31"));
    }

    @Test
    void extraFilesAddPeopleAndOfficesAndOverrideShippedEntries() throws IOException {
        Path extra = file("mine.tsv",
                "# my own facts",
                "person\tanna-kowalczyk\tAnna Kowalczyk\tKowalczyk\tmy notes 2025",
                "role\tpl-mod-spokesperson\tPolish Defence Ministry Spokesperson\tpoland\t"
                        + "Polish defence ministry spokeswoman\tmy notes 2025",
                "holder\tpl-mod-spokesperson\tanna-kowalczyk\t2025-01\t-\tmy notes, month only",
                "person\tpete-hegseth\tPeter Hegseth\tHegseth|Pete Hegseth\tmy override");
        KnowledgeBase mine = KnowledgeBase.load(List.of(extra));
        assertEquals("Peter Hegseth", mine.actor("pete-hegseth").orElseThrow().name());
        EntityStage stage = new EntityStage(new RuleRecognizer(), mine);
        List<Entity> es = stage.entities("The Polish defence ministry spokeswoman denied it.",
                LocalDate.of(2025, 3, 1));
        assertEquals("kb:anna-kowalczyk", es.get(0).id(), es.toString());
        assertEquals("Anna Kowalczyk", es.get(0).name());
        assertEquals(195, mine.stats().countries());
        assertEquals("Pete Hegseth", kb.actor("pete-hegseth").orElseThrow().name(), "the shipped one is untouched");
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() throws IOException {
        Path bad = file("bad.tsv",
                "# header",
                "person\tjane-doe\tJane Doe\t-\tmy notes",
                "person\tjohn-doe\tJohn Doe\tmy notes");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(List.of(bad)));
        assertEquals(bad.toString(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(bad + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("5 tab-separated columns"), e.getMessage());
    }

    @Test
    void unknownReferencesAndBadDatesAreReportedWithTheirLine() throws IOException {
        Path unknown = file("unknown.tsv", "holder\tus-president\tjon-doe\t2029-01-20\t-\tguess");
        KnowledgeBaseException e1 = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.load(List.of(unknown)));
        assertTrue(e1.getMessage().matches(".*unknown\\.tsv:1: .*unknown person 'jon-doe'.*"), e1.getMessage());
        Path date = file("date.tsv", "", "holder\tus-president\tjoe-biden\t20 January 2021\t-\tbad date");
        KnowledgeBaseException e2 = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(List.of(date)));
        assertEquals(2, e2.line());
        Path kind = file("kind.tsv", "minister\tx\tX\t-\t-\t-\tnotes");
        assertTrue(assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(List.of(kind)))
                .getMessage().contains("unknown kind 'minister'"));
        Path provenance = file("prov.tsv", "person\tjane-doe\tJane Doe\t-\t-");
        assertTrue(assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(List.of(provenance)))
                .getMessage().contains("provenance"));
    }

    @Test
    void caseDecidesAcronymsAndNames() {
        EntityStage stage = new EntityStage(new RuleRecognizer());
        List<Entity> es = stage.entities("Give us the facts, who said it? The WHO and the US did.", null);
        assertEquals(List.of("kb:who", "kb:united-states"), es.stream().map(Entity::id).toList());
    }
}
