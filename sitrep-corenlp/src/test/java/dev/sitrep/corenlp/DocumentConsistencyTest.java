package dev.sitrep.corenlp;

import static dev.sitrep.corenlp.SpanDecoderTest.label;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Document-level relabelling and datelines, on labels set by hand over tokenized synthetic text. */
class DocumentConsistencyTest {
    private final DocumentConsistency consistency = new DocumentConsistency(KbTypes.shipped());
    private final Datelines datelines = new Datelines(KbTypes.shipped());

    @Test
    void aLaterSurnameIsThePersonNamedInFull() {
        List<CoreLabel> first = label("MaliVai Washington won", "PERSON", "PERSON", "O");
        List<CoreLabel> second = label("Washington served well", "LOCATION", "O", "O");
        List<CoreLabel> third = label("WASHINGTON OUT", "ORGANIZATION", "O");
        consistency.apply(List.of(first, second, third));
        assertEquals(List.of("PERSON", "O", "O"), labels(second));
        assertEquals(List.of("PERSON", "O"), labels(third));
    }

    @Test
    void anUnlabelledRepeatOfANameTakesItsType() {
        List<CoreLabel> first = label("Billie Jean King coaches Comelf", "PERSON", "PERSON", "PERSON", "O", "ORGANIZATION");
        List<CoreLabel> second = label("King said that Comelf grew", "O", "O", "O", "O", "O");
        List<CoreLabel> third = label("COMELF PROFIT RISES", "O", "O", "O");
        consistency.apply(List.of(first, second, third));
        assertEquals(List.of("PERSON", "O", "O", "ORGANIZATION", "O"), labels(second));
        assertEquals(List.of("ORGANIZATION", "O", "O"), labels(third));
    }

    @Test
    void knowledgeBaseTypesWinInUpperCaseAndForOrganisations() {
        List<CoreLabel> headline = label("CANADA BEAT PANAMA", "LOCATION", "O", "ORGANIZATION");
        List<CoreLabel> club = label("Monaco beat Lyon", "ORGANIZATION", "O", "ORGANIZATION");
        List<CoreLabel> paper = label("Der Spiegel reported", "PERSON", "PERSON", "O");
        consistency.apply(List.of(headline, club, paper));
        assertEquals(List.of("LOCATION", "O", "LOCATION"), labels(headline));
        assertEquals(List.of("ORGANIZATION", "O", "ORGANIZATION"), labels(club));
        assertEquals(List.of("ORGANIZATION", "ORGANIZATION", "O"), labels(paper));
    }

    @Test
    void aDatelinePlaceIsAPlace() {
        List<CoreLabel> dateline = label("WIGAN , England 1996-08-31", "ORGANIZATION", "O", "LOCATION", "O");
        datelines.apply(dateline);
        assertEquals(List.of("LOCATION", "O", "LOCATION", "O"), labels(dateline));
        List<CoreLabel> day = label("FRIDAY , AUGUST 30", "O", "O", "O", "O");
        datelines.apply(day);
        assertEquals(List.of("O", "O", "O", "O"), labels(day));
        List<CoreLabel> headline = label("U.S. EMBASSY IN ATHENS CLOSED 1996-08-31", "LOCATION", "O", "O", "LOCATION", "O", "O");
        datelines.apply(headline);
        assertEquals(List.of("LOCATION", "O", "O", "LOCATION", "O", "O"), labels(headline));
    }

    private static List<String> labels(List<CoreLabel> tokens) {
        return tokens.stream().map(DocumentConsistency::classOf).toList();
    }
}
