package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency-free recognizer: runs of capitalised words not at the start of a sentence. Types everything
 * as {@link EntityType#OTHER}; the entity stage retypes what the knowledge base knows.
 */
public final class RuleRecognizer implements EntityRecognizer {
    private static final Pattern CAPS = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*");

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        List<NamedSpan> out = new ArrayList<>();
        Matcher m = CAPS.matcher(text);
        while (m.find()) {
            if (sentenceStart(text, m.start()) && !m.group().contains(" ")) {
                continue;
            }
            out.add(new NamedSpan(m.start(), m.end(), m.group(), EntityType.OTHER));
        }
        return out;
    }

    private static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '“' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
    }
}
