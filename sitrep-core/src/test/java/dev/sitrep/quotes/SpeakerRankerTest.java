package dev.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.nlp.RuleRecognizer;
import dev.sitrep.pipeline.Draft;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learnt speaker ranker over the rules, on short synthetic articles written for these tests. */
class SpeakerRankerTest {
    private static final String CONVERSATION = """
            Ingrid Haldorsen, the defence minister of Norlandia, met reporters at the naval base on Tuesday.

            “Our ships will patrol the northern straits every week until the spring thaw comes.”

            The opposition said the plan would cost too much.""";

    private static Article entities(String text) {
        Draft d = new Draft(Article.builder().text(text).build(), null, false);
        return new EntityStage(new RuleRecognizer()).apply(d).article();
    }

    private static Quote patrol(List<Quote> qs) {
        return qs.stream().filter(q -> q.text().contains("patrol")).findFirst().orElseThrow();
    }

    @Test
    void aQuotationInAParagraphOfItsOwnTakesTheSpeakerTheConversationMakesClear() {
        Article a = entities(CONVERSATION);
        Quote rules = patrol(new QuoteStage(Lexicon.defaults(), SpeakerRanker.rulesOnly()).find(a.text(), a.entities()));
        assertNull(rules.speaker(), "the rules leave a quotation with no cue unattributed");
        Quote ranked = patrol(new QuoteStage().find(a.text(), a.entities()));
        assertEquals("Ingrid Haldorsen", ranked.speaker());
        assertEquals("Ingrid Haldorsen", CONVERSATION.substring(ranked.speakerStart(), ranked.speakerEnd()));
    }

    @Test
    void everyStatementHasItsCandidatesAndTheRulesChoiceComesFirst() {
        String text = "“We are ready,” said Tomas Brandt, the mayor. Officials in the capital disagreed with Brandt.";
        Article a = entities(text);
        QuoteStage.Analysis an = new QuoteStage(Lexicon.defaults(), SpeakerRanker.rulesOnly()).analyse(a.text(), a.entities());
        assertEquals(an.quotes().size(), an.choices().size());
        SpeakerChoice.Candidate first = an.choices().get(0).candidates().get(0);
        assertTrue(first.rule());
        assertEquals("Tomas Brandt", first.name());
        assertTrue(first.features().contains("rule.kind=NAME"), first.features().toString());
        assertTrue(an.choices().get(0).candidates().stream().noneMatch(c -> c.start() < text.indexOf(',')),
                "no candidate inside the quotation itself");
    }

    @Test
    void aNameInAnotherStatementsQuotedWordsIsMarkedAsSuch() {
        String text = "“If the harbour board wanted Tomas Brandt’s logbook, it would ask,” Ingrid Haldorsen said.\n\n"
                + "“Nobody else on this coast gets a different set of rules.”";
        Article a = entities(text);
        QuoteStage.Analysis an = new QuoteStage(Lexicon.defaults(), SpeakerRanker.rulesOnly()).analyse(a.text(), a.entities());
        SpeakerChoice last = an.choices().get(an.choices().size() - 1);
        SpeakerChoice.Candidate quoted = last.candidates().stream().filter(c -> "Tomas Brandt".equals(c.name()))
                .findFirst().orElseThrow(() -> new AssertionError(last.candidates().toString()));
        assertTrue(quoted.features().contains("in-quotation"), quoted.features().toString());
        SpeakerChoice.Candidate narrated = last.candidates().stream().filter(c -> "Ingrid Haldorsen".equals(c.name())
                && !c.features().contains("in-quotation")).findFirst().orElse(null);
        assertTrue(narrated != null, last.candidates().toString());
    }

    @Test
    void aDocumentOrAClauseWordIsNeverTheSpeaker() {
        String text = "The campaign released new figures on Monday.\n\n“The numbers we have seen put the campaign on pace to"
                + " beat every goal we set,” said in a statement.\n\nWhen asked, “We are not worried about the polls at all"
                + " this month,” said the chairwoman.";
        Article a = entities(text);
        List<Quote> rules = new QuoteStage(Lexicon.defaults(), SpeakerRanker.rulesOnly()).find(a.text(), a.entities());
        assertTrue(rules.stream().anyMatch(q -> "in a statement".equals(q.speaker()) || "When".equals(q.speaker())),
                rules.toString());
        for (Quote q : new QuoteStage().find(a.text(), a.entities())) {
            assertTrue(q.speaker() == null || !q.speaker().toLowerCase(java.util.Locale.ROOT).contains("statement")
                    && !q.speaker().equals("When"), q.toString());
        }
    }

    @Test
    void aModelReadsBackAsWritten() throws Exception {
        SpeakerRanker m = SpeakerRanker.of(Map.of("rule", 1.5, "N|dp=0", -0.25), 0.6, 0.1, List.of("a test model"));
        StringWriter w = new StringWriter();
        m.write(w);
        assertTrue(w.toString().startsWith("# a test model\n"), w.toString());
        SpeakerRanker back = SpeakerRanker.read(new StringReader(w.toString()));
        SpeakerChoice.Candidate c = new SpeakerChoice.Candidate(0, 1, "x", null, true, List.of("rule", "N|dp=0", "unknown"));
        assertEquals(m.score(c), back.score(c), 1e-9);
        assertEquals(1.25, back.score(c), 1e-9);
        assertEquals(0.6, back.minProbability(), 1e-9);
        assertEquals(0.1, back.overrideMargin(), 1e-9);
        assertFalse(back.isRulesOnly());
    }

    @Test
    void withoutAModelTheRulesStand() {
        Article a = entities(CONVERSATION);
        QuoteStage.Analysis an = new QuoteStage(Lexicon.defaults(), SpeakerRanker.rulesOnly()).analyse(a.text(), a.entities());
        assertEquals(an.quotes(), SpeakerRanker.rulesOnly().apply(an.quotes(), an.choices()));
    }

    @Test
    void theBundledModelIsLearnt() {
        assertFalse(SpeakerRanker.defaults().isRulesOnly());
    }
}
