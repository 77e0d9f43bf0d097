package dev.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.NamedSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** From labelled tokens to spans, without a model: labels are set by hand on tokenized synthetic text. */
class SpanDecoderTest {
    private final SpanDecoder decoder = new SpanDecoder();

    @Test
    void runsOfOneClassBecomeOneSpanAndBPrefixesSplitThem() {
        String text = "Anna Berg met Ola Lind at Oslo Airport";
        List<NamedSpan> spans = decoder.decode(text, label(text,
                "PERSON", "PERSON", "O", "B-PER", "I-PER", "O", "LOCATION", "B-ORG"));
        assertEquals(List.of(
                new NamedSpan(0, 9, "Anna Berg", EntityType.PERSON),
                new NamedSpan(14, 22, "Ola Lind", EntityType.PERSON),
                new NamedSpan(26, 30, "Oslo", EntityType.LOC),
                new NamedSpan(31, 38, "Airport", EntityType.ORG)), spans);
    }

    @Test
    void nonNameClassesAreDropped() {
        String text = "Sales rose 5 % on Tuesday";
        assertEquals(List.of(), decoder.decode(text, label(text, "O", "O", "PERCENT", "PERCENT", "O", "DATE")));
    }

    @Test
    void miscSplitsIntoNorpAndOther() {
        assertEquals(Optional.of(EntityType.NORP), decoder.typeOf("MISC", "Ukrainian"));
        assertEquals(Optional.of(EntityType.NORP), decoder.typeOf("MISC", "South Korean"));
        assertEquals(Optional.of(EntityType.NORP), decoder.typeOf("MISC", "Dutch"));
        assertEquals(Optional.of(EntityType.NORP), decoder.typeOf("MISC", "Muslims"));
        assertEquals(Optional.of(EntityType.OTHER), decoder.typeOf("MISC", "World Cup"));
        assertEquals(Optional.of(EntityType.OTHER), decoder.typeOf("MISC", "Australian Open"));
        assertEquals(Optional.of(EntityType.OTHER), decoder.typeOf("MISC", "G7"));
    }

    /** The tokens of {@code text}, labelled one label a token. */
    static List<CoreLabel> label(String text, String... labels) {
        List<CoreLabel> tokens = new ArrayList<>(new Tokenization(Tokenization.OPTIONS).tokens(text));
        assertEquals(labels.length, tokens.size());
        for (int i = 0; i < labels.length; i++) {
            tokens.get(i).set(CoreAnnotations.AnswerAnnotation.class, labels[i]);
        }
        return tokens;
    }
}
