package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The event coder's rules, each on short synthetic sentences written for these tests. */
class EventCoderTest {
    private static Event only(String sentence) {
        List<Event> events = EventCoder.defaults().code(sentence);
        assertTrue(!events.isEmpty(), "no event in: " + sentence);
        return events.get(0);
    }

    private static List<String> texts(List<Mention> mentions) {
        return mentions.stream().map(Mention::text).toList();
    }

    @Test
    void subjectVerbObject() {
        Event e = only("Ruritania accused Freedonia of shelling its border posts.");
        assertEquals(PloverType.ACCUSE, e.type());
        assertEquals("112", e.cameo());
        assertEquals(List.of("Ruritania"), texts(e.sources()));
        assertEquals(List.of("Freedonia"), texts(e.targets()));
        assertEquals("accused", e.cue().text());
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String s = "On Monday the Ruritanian army shelled Freedonia.";
        Event e = only(s);
        Mention src = e.sources().get(0);
        assertEquals(src.text(), s.substring(src.start(), src.end()));
        assertEquals("Ruritanian army", src.text());
        assertEquals(PloverType.FIGHT, e.type());
        assertEquals(s, e.evidence());
    }

    @Test
    void negatedCooperationIsARejection() {
        Event e = only("Ruritania did not agree to the truce.");
        assertEquals(PloverType.REJECT, e.type());
        Event accept = only("Freedonia will not accept the proposal.");
        assertEquals(PloverType.REJECT, accept.type());
    }

    @Test
    void negatedHostilityIsNoEvent() {
        assertEquals(List.of(), EventCoder.defaults().code("Ruritania did not attack Freedonia."));
    }

    @Test
    void refusalIsARejection() {
        Event e = only("Ruritania refused to release the Freedonian prisoners.");
        assertEquals(PloverType.REJECT, e.type());
        assertEquals(List.of("Ruritania"), texts(e.sources()));
    }

    @Test
    void passiveWithItsAgent() {
        Event e = only("A convoy of Freedonian refugees was attacked by Ruritanian militiamen.");
        assertEquals(PloverType.ASSAULT, e.type());
        assertEquals(List.of("Ruritanian militiamen"), texts(e.sources()));
        assertTrue(texts(e.targets()).get(0).contains("Freedonian refugees"), e.toString());
    }

    @Test
    void passiveWithoutAgentHasNoSource() {
        Event e = only("Five Freedonian soldiers were killed near the border.");
        assertEquals(List.of(), e.sources());
        assertEquals(List.of("Freedonian soldiers"), texts(e.targets()));
    }

    @Test
    void compoundSubjectAgreeingTogetherHasNoTarget() {
        Event e = only("Ruritania and Freedonia agreed to hold joint patrols.");
        assertEquals(PloverType.AGREE, e.type());
        assertEquals(List.of("Ruritania", "Freedonia"), texts(e.sources()));
        assertEquals(List.of(), e.targets());
    }

    @Test
    void urgingIsARequest() {
        Event e = only("The Ruritanian government urged Freedonia to withdraw its troops.");
        assertEquals(PloverType.REQUEST, e.type());
        assertEquals(List.of("Ruritanian government"), texts(e.sources()));
        assertEquals(List.of("Freedonia"), texts(e.targets()));
        assertEquals(PloverType.REQUEST, only("Ruritania called on Freedonia to free the journalists.").type());
    }

    @Test
    void mustMakesTheSayerTheSourceAndTheObligedTheTarget() {
        Event e = only("Ruritania said Freedonia must end the blockade.");
        assertEquals(PloverType.REQUEST, e.type());
        assertEquals(List.of("Ruritania"), texts(e.sources()));
        assertEquals(List.of("Freedonia"), texts(e.targets()));
    }

    @Test
    void threatening() {
        Event e = only("Ruritania threatened Freedonia with new tariffs.");
        assertEquals(PloverType.THREATEN, e.type());
        assertEquals(List.of("Freedonia"), texts(e.targets()));
    }

    @Test
    void intentTurnsHostilityIntoAThreatAndHelpIntoAnAgreement() {
        assertEquals(PloverType.THREATEN, only("Ruritania will impose sanctions on Freedonia.").type());
        Event aid = only("Ruritania will provide food aid to Freedonia.");
        assertEquals(PloverType.AGREE, aid.type());
        assertEquals("033", aid.cameo());
    }

    @Test
    void oneEventPerClauseTheFirstCue() {
        Event e = only("Ruritania agreed to provide aid to Freedonia.");
        assertEquals(PloverType.AGREE, e.type());
        assertEquals(1, EventCoder.defaults().code("Ruritania agreed to provide aid to Freedonia.").size());
    }

    @Test
    void theAttributionIsNotATarget() {
        Event e = only("Ruritania imposed a curfew, Freedonian officials said.");
        assertEquals(PloverType.COERCE, e.type());
        assertEquals(List.of(), e.targets());
    }

    @Test
    void plainStatementsHaveNoEvent() {
        assertEquals(List.of(), EventCoder.defaults().code("The Ruritanian minister said the weather was mild."));
        assertEquals(List.of(), EventCoder.defaults().code("Freedonia is a small country with a long coast."));
    }

    @Test
    void capitalisedMonthIsNoCue() {
        assertEquals(List.of(), EventCoder.defaults().code("Elections in Ruritania are due in March."));
    }

    /** The first event of {@code sentence}, after checking the texts of its sources and targets. */
    private static Event coded(String sentence, List<String> sources, List<String> targets) {
        Event e = only(sentence);
        assertEquals(sources, texts(e.sources()), "sources of: " + sentence);
        assertEquals(targets, texts(e.targets()), "targets of: " + sentence);
        return e;
    }

    @Test
    void theOneGivenToBeforeANounCueIsTheTarget() {
        Event aid = coded("The Ruritanian government gave Freedonia ten million dollars of aid.",
                List.of("Ruritanian government"), List.of("Freedonia"));
        assertEquals(PloverType.AID, aid.type());
        coded("Ruritania ordered the Freedonian Times to suspend publication.", List.of("Ruritania"),
                List.of("Freedonian Times"));
    }

    @Test
    void comingUnderAnActionIsUndergoingIt() {
        coded("Freedonian troops came under attack on Monday.", List.of(), List.of("Freedonian troops"));
    }

    @Test
    void anArrestWithoutAgentIsTheDoingOfThePlaceWhereItHappened() {
        Event e = coded("A Freedonian diplomat was put under investigation in Ruritania.", List.of("Ruritania"),
                List.of("Freedonian diplomat"));
        assertEquals(PloverType.INVESTIGATE, e.type());
        coded("Two Freedonian activists were arrested in Ruritania.", List.of("Ruritania"),
                List.of("Freedonian activists"));
        coded("Five Freedonian soldiers were killed in Ruritania.", List.of(), List.of("Freedonian soldiers"));
    }

    @Test
    void aPlaceIsPassedOverForTheOneActedOn() {
        coded("A car bomb near the town of Zenda killed three Freedonian soldiers.", List.of(),
                List.of("Freedonian soldiers"));
        Event e = coded("Ruritanian students demonstrated in the northern city of Zenda against Freedonia.",
                List.of("Ruritanian students"), List.of("Freedonia"));
        assertEquals(PloverType.PROTEST, e.type());
    }

    @Test
    void aPlaceIsTheTargetWhenNoOtherActorFollowsInTheClause() {
        coded("Ruritania imposed a curfew in Zenda.", List.of("Ruritania"), List.of("Zenda"));
        coded("Ruritania imposed a curfew in Zenda after Freedonian rebels crossed the border.",
                List.of("Ruritania"), List.of("Zenda"));
    }

    @Test
    void knownActorsCarryTheirCanonicalName() {
        Event e = only("Moscow condemned the vote.");
        assertEquals(PloverType.ACCUSE, e.type());
        assertEquals("Russia", e.sources().get(0).canonical());
    }
}
