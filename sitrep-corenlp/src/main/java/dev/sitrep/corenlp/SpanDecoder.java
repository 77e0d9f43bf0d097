package dev.sitrep.corenlp;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.NamedSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a sentence of tokens labelled by a CRF model into named spans of the original text.
 *
 * <p>The CoreNLP models label in IO style (a bare class per token), so a run of tokens with one class is one
 * name; "B-" prefixes, where a model has them, start a new name. Classes that are not names (DATE, MONEY,
 * PERCENT, TIME in the MUC model) are dropped. The spans run from the first token's start offset to the last
 * token's end offset, so they index the text exactly, whatever the tokenizer did to the token forms.
 */
final class SpanDecoder {
    private static final String OUTSIDE = "O";

    private final Demonyms demonyms = Demonyms.instance();

    List<NamedSpan> decode(String text, List<CoreLabel> labelled) {
        List<NamedSpan> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        String open = OUTSIDE;
        for (CoreLabel token : labelled) {
            String label = token.get(CoreAnnotations.AnswerAnnotation.class);
            String cls = label == null ? OUTSIDE : stripPrefix(label);
            boolean begins = label != null && label.startsWith("B-");
            if (!cls.equals(open) || begins) {
                emit(text, start, end, open, out);
                open = cls;
                start = token.beginPosition();
            }
            end = token.endPosition();
        }
        emit(text, start, end, open, out);
        return out;
    }

    private void emit(String text, int start, int end, String cls, List<NamedSpan> out) {
        if (OUTSIDE.equals(cls) || start < 0) {
            return;
        }
        String surface = text.substring(start, end);
        typeOf(cls, surface).ifPresent(type -> out.add(new NamedSpan(start, end, surface, type)));
    }

    /** The Sitrep type for a model class; LOC stays LOC until the knowledge base tells countries and cities. */
    Optional<EntityType> typeOf(String cls, String surface) {
        return switch (cls) {
            case "PERSON", "PER" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION", "ORG" -> Optional.of(EntityType.ORG);
            case "LOCATION", "LOC" -> Optional.of(EntityType.LOC);
            case "MISC" -> Optional.of(demonyms.matches(surface) ? EntityType.NORP : EntityType.OTHER);
            default -> Optional.empty();
        };
    }

    private static String stripPrefix(String label) {
        return label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    }
}
