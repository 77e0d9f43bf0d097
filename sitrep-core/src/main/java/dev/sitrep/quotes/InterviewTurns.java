package dev.sitrep.quotes;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import java.util.List;
import java.util.Locale;

/**
 * Interview transcripts: a paragraph opening with a person's name and a colon ("RIVEIRA: We will open the terminal",
 * "Ana Riveira: …") is that person's turn, and the rest of the paragraph is what they said. The name must be one the
 * article knows as a person (its full name, or its surname in any case), so that labels ("Update:", "Read more:")
 * and headline-style summaries are left alone.
 */
final class InterviewTurns {
    /** The most words a speaker label may have. */
    private static final int MAX_NAME_WORDS = 3;
    /** The fewest words a turn must have to be a statement. */
    private static final int MIN_WORDS = 4;

    /** One turn: who speaks, the words of the label, and the statement's span. */
    record Turn(Entity person, Phrase label, int start, int end, int lastUnit) {
    }

    private final String text;
    private final List<Entity> persons;

    InterviewTurns(String text, List<Entity> entities) {
        this.text = text;
        this.persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /** The turn opening at unit {@code ui}, or null. */
    Turn at(List<Unit> units, int ui) {
        Unit u = units.get(ui);
        List<Tok> t = u.toks();
        if (!u.startsParagraph() || persons.isEmpty()) {
            return null;
        }
        int colon = -1;
        for (int i = 0; i < t.size() && i <= MAX_NAME_WORDS; i++) {
            if (t.get(i).punct(":")) {
                colon = i;
                break;
            }
            if (!t.get(i).capitalised()) {
                return null;
            }
        }
        if (colon < 1) {
            return null;
        }
        Entity person = person(t.get(0).start(), t.get(colon - 1).end());
        if (person == null) {
            return null;
        }
        int last = ui;
        while (last + 1 < units.size() && units.get(last + 1).paragraph() == u.paragraph()) {
            last++;
        }
        int start = colon + 1 < t.size() ? t.get(colon + 1).start() : u.end();
        int end = units.get(last).end();
        if (words(start, end) < MIN_WORDS) {
            return null;
        }
        Phrase label = new Phrase(0, colon - 1, t.get(0).start(), t.get(colon - 1).end(), Phrase.Kind.NAME);
        return new Turn(person, label, start, end, last);
    }

    /** The person the label names: one of its mentions is the label, or its surname is the label's last word. */
    private Entity person(int start, int end) {
        String label = text.substring(start, end);
        String last = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        for (Entity e : persons) {
            for (Mention m : e.spans()) {
                if (m.start() == start && m.end() == end) {
                    return e;
                }
            }
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.contains(" ") && name.endsWith(" " + last)) {
                return e;
            }
        }
        return null;
    }

    private int words(int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }
}
