package dev.sitrep.nlp;

import dev.sitrep.nlp.kb.Actor;
import dev.sitrep.nlp.kb.ActorKind;
import dev.sitrep.nlp.kb.Denotation;
import dev.sitrep.nlp.kb.Gazetteer;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.nlp.kb.Role;
import dev.sitrep.nlp.kb.Tenure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offices a text says people hold as it is written, read against the knowledge base's tenures: "US Defense
 * Secretary Pete Hegseth" cannot be written before Hegseth took office, "President Biden" only while he was
 * president. Evidence for dating an article whose page gives no date.
 *
 * <p>A person is in office when the text puts an office phrase the person held right before the name ("U.K.
 * Foreign Secretary Liz Truss", "President Biden"), or says in the same sentence, a few words after the name, that
 * the person acts "as" that office ("Joe Biden is on his first trip to Asia as U.S. president"). A modifier that
 * moves the office in time or rank ("former", "then", "deputy", {@code title-modifiers.txt}), "-elect" after it, or
 * "served as" or "was" before "as" makes the phrase no evidence.
 */
public final class TenureEvidence {
    /** Words between a name and "as [office]" in one clause ("Biden's first trip to NATO as commander-in-chief"). */
    private static final int AS_WINDOW = 12;
    private static final Set<String> PAST_BEFORE_AS = Set.of("served", "was", "were", "been", "worked", "acted");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+[\"“‘]?\\p{Lu}|\\n");

    private final KnowledgeBase kb;

    public TenureEvidence(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * One person said to hold an office, with the tenures the knowledge base records for that person in it.
     *
     * @param person   the holder's canonical name
     * @param office   the office's canonical name
     * @param tenures  the person's times in the office, oldest first (never empty)
     * @param phrase   the words of the text that say so
     */
    public record Held(String person, String office, List<Tenure> tenures, String phrase) {
        public Held {
            tenures = List.copyOf(tenures);
        }
    }

    /** Every person the text says holds an office, once per person and office, in text order. */
    public List<Held> find(String text) {
        Tokens t = Tokens.of(text);
        List<Gazetteer.Match> ms = kb.gazetteer().findAll(t);
        Map<String, Held> out = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            if (!(ms.get(i).denotation() instanceof Denotation.Named(Actor person)) || person.kind() != ActorKind.PERSON) {
                continue;
            }
            Gazetteer.Match name = ms.get(i);
            if (i > 0 && ms.get(i - 1).to() == name.from() && t.attachedToPrevious(name.from())) {
                add(out, t, ms, i - 1, person, t.start(ms.get(i - 1).from()), t.end(name.to() - 1));
            }
            for (int j = i + 1; j < ms.size() && ms.get(j).from() - name.to() <= AS_WINDOW; j++) {
                Gazetteer.Match m = ms.get(j);
                if (m.denotation() instanceof Denotation.Named(Actor other) && other.kind() == ActorKind.PERSON
                        || SENTENCE_END.matcher(text.substring(t.end(name.to() - 1), t.start(m.from()))).find()) {
                    break;
                }
                if (m.denotation() instanceof Denotation.Title && actsAs(t, ms, j)) {
                    add(out, t, ms, j, person, t.start(name.from()), t.end(m.to() - 1));
                    break;
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Whether the title at {@code j} follows "as", directly or after a qualifier ("as U.S. president"). */
    private static boolean actsAs(Tokens t, List<Gazetteer.Match> ms, int j) {
        int from = ms.get(j).from();
        if (j > 0 && ms.get(j - 1).to() == from && !(ms.get(j - 1).denotation() instanceof Denotation.Title)) {
            from = ms.get(j - 1).from();
        }
        return from > 0 && t.key(from - 1).equals("as") && (from < 2 || !PAST_BEFORE_AS.contains(t.key(from - 2)));
    }

    private void add(Map<String, Held> out, Tokens t, List<Gazetteer.Match> ms, int k, Actor person, int start,
            int end) {
        if (!(ms.get(k).denotation() instanceof Denotation.Title title) || modified(t, ms, k)) {
            return;
        }
        List<Role> held = kb.rolesOf(person.id());
        for (Role r : title.roles()) {
            if (!held.contains(r)) {
                continue;
            }
            List<Tenure> tenures = r.tenures().stream().filter(x -> x.personId().equals(person.id())).toList();
            out.putIfAbsent(person.id() + "/" + r.id(), new Held(person.name(), r.name(), tenures,
                    t.text().substring(start, end)));
            return;
        }
    }

    /** A modifier before the title or before its qualifier ("former US president"), or "-elect" after it. */
    private static boolean modified(Tokens t, List<Gazetteer.Match> ms, int k) {
        Gazetteer.Match title = ms.get(k);
        int from = title.from();
        if (k > 0 && ms.get(k - 1).to() == from) {
            from = ms.get(k - 1).from();
        }
        boolean before = from > 0 && WordLists.TITLE_MODIFIERS.contains(t.key(from - 1));
        boolean elect = title.to() < t.size() && t.key(title.to()).equals("elect");
        return before || elect;
    }
}
