package dev.sitrep.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.positions.StanceDetector.Judgement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Stance toward the default issues and toward propositions written on the spot, on short synthetic sentences. */
class StanceDetectorTest {
    private static final StanceDetector DETECTOR = StanceDetector.defaults();

    private static Judgement judge(String issue, String sentence) {
        return DETECTOR.judge(sentence, Issues.named(issue));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "ukraine-nato | The minister said Ukraine will never join NATO. | opposes",
        "ukraine-nato | NATO membership for Ukraine is off the table, the envoy said. | opposes",
        "ukraine-nato | Kyiv's accession to NATO is not a viable outcome. | opposes",
        "ukraine-nato | We strongly support Ukraine's bid to join NATO. | supports",
        "ukraine-nato | Ukraine must be invited to join the alliance now. | supports",
        "ukraine-nato | NATO foreign ministers met in Brussels on Tuesday; Ukraine was on the agenda. | neither",
        "ukraine-nato | NATO leaders discussed Ukraine's membership bid over dinner. | neither",
        "ukraine-nato | Nobody opposes Kyiv's path to NATO membership any more. | supports",
        "reassurance-force | London is ready to send British troops to Ukraine as part of a reassurance force. | supports",
        "reassurance-force | Washington ruled out air cover for European troops in Ukraine. | opposes",
        "defence-spending | Every ally must spend five percent of GDP on defence. | supports",
        "defence-spending | Spending five percent of GDP on defence is unrealistic for Spain. | opposes",
        "us-aid-ukraine | The White House will halt weapons deliveries to Ukraine. | opposes",
        "us-aid-ukraine | Congress should approve more military aid for Ukraine. | supports",
        "ukraine-nato | The secretary told allies Kyiv could not realistically hope to become part of NATO. | opposes",
        "reassurance-force | The US refused to provide air cover for the reassurance force. | opposes",
        "us-aid-ukraine | It is urgent for allies to ramp up military aid to Ukraine. | supports",
        "russia-defeat | Russia must lose this war. | supports",
        "russia-defeat | Putin must not be allowed to win. | supports",
        "russia-sanctions | The sanctions on Russia must be lifted at once. | opposes",
        "russia-sanctions | We will tighten sanctions on Moscow further. | supports",
        "ukraine-ceasefire | Both sides should agree to a ceasefire in Ukraine now. | supports",
        "ukraine-ceasefire | The Kremlin rejected the truce. | opposes",
        "climate-concern | Global warming is a hoax invented by alarmists. | opposes",
        "climate-concern | Climate change is a grave threat to coastal cities. | supports",
        "climate-concern | Climate change is not a serious threat. | opposes",
        "climate-concern | The weather was mild in the capital yesterday. | neither",
    })
    void defaultIssues(String issue, String sentence, String stance) {
        Judgement j = judge(issue, sentence);
        assertEquals(stance, j.stance().label(), () -> sentence + " " + j);
        if (j.stance() != Stance.NEITHER) {
            assertTrue(!j.evidence().isEmpty(), () -> "no evidence for " + sentence);
        }
    }

    @Test
    void aCounterWordSaidOfAnotherActorDoesNotOppose() {
        Judgement other = judge("russia-defeat",
                "Britain is working with Europe so that Putin loses and to help the Ukrainians to prevail.");
        assertTrue(other.stance() != Stance.OPPOSES, other.toString());
        Judgement russia = judge("russia-defeat", "Russia must not be allowed to prevail.");
        assertEquals(Stance.SUPPORTS, russia.stance(), russia.toString());
    }

    @Test
    void negationReachesTheClaimAndEndsAtTheClause() {
        Judgement neg = judge("climate-concern", "Climate change is not a serious threat.");
        assertTrue(neg.evidence().contains("not"), neg.toString());
        Judgement past = judge("climate-concern", "It was not cold, but climate change is a grave danger to farms.");
        assertEquals(Stance.SUPPORTS, past.stance(), past.toString());
    }

    @Test
    void aPropositionWrittenOnTheSpotUsesTheSamePath() {
        Issue issue = Issue.of("Germany should send Taurus missiles to Ukraine");
        assertTrue(StanceDetector.bearsOn("Berlin will not send Taurus missiles to Kyiv.", issue) == false
                || DETECTOR.judge("Germany will never send Taurus missiles to Ukraine.", issue).stance()
                        == Stance.OPPOSES);
        assertEquals(Stance.OPPOSES,
                DETECTOR.judge("Germany will never send Taurus missiles to Ukraine.", issue).stance());
        assertEquals(Stance.NEITHER, DETECTOR.judge("The weather in Hamburg was grey.", issue).stance());
    }

    @Test
    void aNegatedPropositionTurnsTheStanceRound() {
        Issue against = Issue.of("Ukraine should not join NATO");
        assertTrue(against.negated());
        assertEquals(Stance.SUPPORTS, DETECTOR.judge("Ukraine will never join NATO.", against).stance());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "ukraine-nato | Kyiv's accession to the Atlantic alliance was discussed.",
        "ukraine-nato | Zelensky renewed his country's membership bid at the NATO summit.",
        "reassurance-force | Britain and France would lead a multinational force in Ukraine after a truce.",
        "reassurance-force | The coalition of the willing is drawing up plans for peacekeepers.",
        "defence-spending | Allies agreed to raise military spending to five percent of GDP.",
        "russia-defeat | The Kremlin cannot be allowed to prevail.",
        "russia-sanctions | The EU adopted a new embargo on Russian oil.",
        "ukraine-ceasefire | Talks on a truce resumed in Riyadh.",
        "us-aid-ukraine | Washington paused weapons deliveries to Kyiv.",
        "climate-concern | Global warming keeps raising sea levels.",
    })
    void defaultIssuesMatchParaphrases(String issue, String sentence) {
        assertTrue(Issues.named(issue).mentionedIn(sentence).isPresent(), sentence);
    }

    @Test
    void unrelatedSentencesDoNotBearOnAnIssue() {
        assertTrue(Issues.named("ukraine-nato").mentionedIn("The summit was held in Vilnius.").isEmpty());
        assertTrue(Issues.named("russia-sanctions").mentionedIn("Sanctions on Iran were extended.").isEmpty());
    }
}
