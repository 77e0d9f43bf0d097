package dev.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.nlp.NamedSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recognizer on short synthetic news sentences; the model loads once for the whole class. */
class CoreNlpRecognizerTest {
    private static final CoreNlpRecognizer NER = new CoreNlpRecognizer();

    @Test
    void runsWithoutSpacesAreBlankedForTheTokenizerOffsetsKept() {
        String run = "&".repeat(CoreNlpRecognizer.MAX_RUN + 1);
        assertEquals("a " + " ".repeat(run.length()) + " b", CoreNlpRecognizer.blankLongRuns("a " + run + " b"));
        String fits = "x".repeat(CoreNlpRecognizer.MAX_RUN);
        assertSame(fits, CoreNlpRecognizer.blankLongRuns(fits));
        // A page of "&amp;" made the tokenizer backtrack over the whole run at every position.
        String text = "Olena Marchenko spoke in Lviv. " + "&".repeat(60_000) + "\nHuge words: " + "a".repeat(60_000);
        List<NamedSpan> spans = NER.recognize(text);
        assertTrue(spans.stream().anyMatch(s -> text.substring(s.start(), s.end()).equals("Olena Marchenko")), spans.toString());
    }

    @Test
    void aNamesakeWithAnotherGivenNameIsNotTheKnownPerson() {
        // the recognizer finds "Ivanka Trump"; the knowledge base knows "Trump" as Donald Trump
        String text = "Ivanka Trump and Eric Trump spoke first. Donald J. Trump spoke last, and Mr. Trump thanked them.";
        List<Entity> es = new EntityStage(NER).entities(text, java.time.LocalDate.of(2016, 9, 21));
        Entity donald = es.stream().filter(e -> e.id().equals("kb:donald-trump")).findFirst().orElseThrow();
        assertTrue(donald.spans().stream().noneMatch(m -> m.start() < 30), donald.toString());
        assertTrue(es.stream().anyMatch(e -> e.name().equals("Ivanka Trump") && !e.id().startsWith("kb:")), es.toString());
    }

    @Test
    void aPlaceNamedLikeAPersonNamedBeforeIsThatPerson() {
        String text = "Health Minister Mark Holland and his Alberta counterpart Adriana LaGrange spoke on Friday.\n\n"
                + "“We have a deal,” LaGrange said. “Now the work begins.”\n\nHolland was more cautious. “There is a lot"
                + " left to do,” he said. He flew to Holland on Monday.";
        List<Entity> es = new EntityStage(NER).entities(text, java.time.LocalDate.of(2025, 6, 1));
        Entity holland = es.stream().filter(e -> e.name().equals("Mark Holland")).findFirst().orElseThrow();
        assertEquals(2, holland.spans().size(), holland.toString());
        assertTrue(es.stream().anyMatch(e -> e.id().equals("kb:netherlands")), es.toString());
        List<dev.sitrep.model.Quote> qs = new dev.sitrep.quotes.QuoteStage().find(text, es);
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("lot left") && "Mark Holland".equals(q.speaker())), qs.toString());
    }

    @Test
    void findsPersonsOrganisationsAndPlaces() {
        String text = "Defence minister Anna Kowalczyk met NATO Secretary General Jens Stoltenberg in Brussels on Monday. "
                + "The European Commission will send observers to Kharkiv next week.";
        List<NamedSpan> spans = NER.recognize(text);
        assertHas(spans, "Anna Kowalczyk", EntityType.PERSON);
        assertHas(spans, "Jens Stoltenberg", EntityType.PERSON);
        assertHas(spans, "NATO", EntityType.ORG);
        assertHas(spans, "European Commission", EntityType.ORG);
        assertHas(spans, "Brussels", EntityType.LOC);
        assertHas(spans, "Kharkiv", EntityType.LOC);
    }

    @Test
    void offsetsIndexTheOriginalTextEvenWhereTokensAreNormalised() {
        // Curly quotes, brackets, a British spelling and a non-breaking space: the tokenizer rewrites some
        // token forms ("(" to -LRB-, "colour" to "color"), the spans must still point into this exact string.
        String text = "“We will not change colour,” said Olena Marchenko (Kyiv City Council)\u00a0in Lviv…\n"
                + "  Reporting by Tomás Ruiz-García in Madrid.";
        List<NamedSpan> spans = NER.recognize(text);
        assertTrue(spans.size() >= 4, spans.toString());
        for (NamedSpan s : spans) {
            assertEquals(text.substring(s.start(), s.end()), s.text(), s.toString());
        }
        NamedSpan olena = find(spans, "Olena Marchenko");
        assertEquals(text.indexOf("Olena"), olena.start());
        assertEquals(text.indexOf("Marchenko") + "Marchenko".length(), olena.end());
        assertHas(spans, "Lviv", EntityType.LOC);
        assertHas(spans, "Madrid", EntityType.LOC);
    }

    @Test
    void hyphenatedNamesStayWhole() {
        String text = "Jean-Pierre Laval, who runs Rolls-Royce's plant in Baden-Württemberg, met Anne-Marie Dupont.";
        List<NamedSpan> spans = NER.recognize(text);
        assertHas(spans, "Jean-Pierre Laval", EntityType.PERSON);
        assertHas(spans, "Anne-Marie Dupont", EntityType.PERSON);
        assertHas(spans, "Baden-Württemberg", EntityType.LOC);
    }

    @Test
    void spansAreInOrderAndDoNotOverlap() {
        String text = "Pierre Dubois of Airbus flew from Toulouse to Berlin, where Siemens and the Bundesbank waited.";
        List<NamedSpan> spans = NER.recognize(text);
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1).end() <= spans.get(i).start(), spans.toString());
        }
    }

    @Test
    void aLineEndClosesASentence() {
        // A dateline without a full stop must not be read as part of the first sentence's subject.
        List<List<edu.stanford.nlp.ling.CoreLabel>> sentences =
                new Tokenization(Tokenization.OPTIONS).sentences("WARSAW, Poland\nThe talks resumed on Friday.");
        assertEquals(2, sentences.size());
        assertEquals("WARSAW", sentences.get(0).get(0).originalText());
    }

    @Test
    void nationalitiesBecomeNorp() {
        List<NamedSpan> spans = NER.recognize("Ukrainian and Polish farmers blocked the border crossing again.");
        assertHas(spans, "Ukrainian", EntityType.NORP);
        assertHas(spans, "Polish", EntityType.NORP);
    }

    @Test
    void emptyAndStrangeTextGiveNoNamesAndNoErrors() {
        assertEquals(List.of(), NER.recognize(""));
        assertEquals(List.of(), NER.recognize(" \n\n\t "));
        String odd = "\u0000\u0007 ☃☃☃ \uFFFD\uFFFD <<<>>> ... --- ||| \uD83D\uDE00 1234 5678";
        for (NamedSpan s : NER.recognize(odd)) {
            assertEquals(odd.substring(s.start(), s.end()), s.text());
        }
    }

    @Test
    void nameAndPriorityPlaceItAboveTheRules() {
        assertEquals("corenlp-crf", NER.name());
        assertTrue(NER.priority() > new dev.sitrep.nlp.RuleRecognizer().priority());
    }

    static NamedSpan find(List<NamedSpan> spans, String text) {
        return spans.stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + spans));
    }

    static void assertHas(List<NamedSpan> spans, String text, EntityType type) {
        assertEquals(type, find(spans, text).type(), text);
    }
}
