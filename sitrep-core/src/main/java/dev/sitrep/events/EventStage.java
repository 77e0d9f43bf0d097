package dev.sitrep.events;

import dev.sitrep.limits.Deadline;
import dev.sitrep.model.Article;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.EventActor;
import dev.sitrep.model.ReportedEvent;
import dev.sitrep.nlp.Tokens;
import dev.sitrep.nlp.kb.Actor;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.nlp.kb.Role;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Codes every sentence of an article into events ({@link EventCoder}) and gives each actor what the knowledge base
 * knows of it on the article's day: "Hegseth" is Pete Hegseth, US Secretary of Defense, acting for the United
 * States; "the Kremlin" acts for Russia; "Chinese troops" are China's. An undated article's people get no office (nothing says which holder it
 * was). Sentences are cut by the JDK's {@link BreakIterator} within each paragraph (paragraphs never run into
 * each other); a sentence longer than {@link #MAX_SENTENCE} characters is a run-on list, not a report, and is
 * passed over.
 */
public final class EventStage implements Stage {
    static final int MAX_SENTENCE = 600;
    private static final String KB_PREFIX = "kb:";
    /** Abbreviations written before a name or a number, after which a full stop ends no sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt",
            "capt", "cmdr", "adm", "gov", "sen", "rep", "prof", "st", "rev", "hon", "pres", "amb", "no", "vs", "jr",
            "sr", "messrs", "brig", "insp", "supt", "cpl", "pvt", "fr");

    private final EventCoder coder;
    private final KnowledgeBase kb;
    private final Map<String, Actor> byName = new HashMap<>();

    public EventStage(KnowledgeBase kb) {
        this(EventCoder.defaults(), kb);
    }

    EventStage(EventCoder coder, KnowledgeBase kb) {
        this.coder = coder;
        this.kb = kb;
        for (Actor a : kb.actors()) {
            byName.putIfAbsent(a.name(), a);
        }
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Draft apply(Draft draft) {
        Article a = draft.article();
        return draft.withArticle(a.toBuilder().events(events(a.text(), a.published())).build());
    }

    /**
     * Whether an actor's words are a name ("Freedonia", "Red Lantern Relief") rather than a noun for a group that
     * happens to start a sentence ("Rebels", "Officials"): capitalised, and no word of it a group noun.
     */
    public static boolean isName(String words) {
        Tokens t = Tokens.of(words.strip());
        if (t.size() == 0 || !Character.isUpperCase(words.strip().codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (Actors.defaults().head(t, i)) {
                return false;
            }
        }
        return true;
    }

    /** The events of a text whose day is {@code day} (null when unknown), in text order. */
    public List<ReportedEvent> events(String text, LocalDate day) {
        List<ReportedEvent> out = new ArrayList<>();
        for (int[] s : sentences(text)) {
            Deadline.check();
            if (s[1] - s[0] > MAX_SENTENCE) {
                continue;
            }
            for (Event e : coder.code(text.substring(s[0], s[1]))) {
                if (e.sources().isEmpty() && e.targets().isEmpty()) {
                    continue;
                }
                out.add(new ReportedEvent(e.type().name(), e.cameo(), actors(e.sources(), day),
                        actors(e.targets(), day), e.cue().text(), s[0], s[1]));
            }
        }
        return out;
    }

    private List<EventActor> actors(List<Mention> mentions, LocalDate day) {
        List<EventActor> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Actor actor = m.canonical() == null ? null : byName.get(m.canonical());
            if (actor != null && actor.type() == EntityType.NORP && actor.link() != null) {
                // A people named by its demonym acts as its state: "Russian forces" are Russia's.
                actor = kb.actor(actor.link()).orElse(actor);
            }
            if (actor == null) {
                out.add(new EventActor(m.text(), m.canonical(), null, null, null));
                continue;
            }
            Role role = actor.type() == EntityType.PERSON && day != null ? officeOn(actor, day) : null;
            String on = null;
            if (role != null && role.of() != null) {
                on = kb.actor(role.of()).map(Actor::name).orElse(null);
            } else if (actor.link() != null && actor.type() != EntityType.PERSON) {
                on = kb.actor(actor.link()).map(Actor::name).orElse(null);
            }
            out.add(new EventActor(m.text(), actor.name(), KB_PREFIX + actor.id(), role == null ? null : role.name(),
                    actor.name().equals(on) ? null : on));
        }
        return out;
    }

    private Role officeOn(Actor person, LocalDate day) {
        for (Role r : kb.rolesOf(person.id())) {
            if (r.holdersOn(day).contains(person.id())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a piece ends in a title or an initial rather than a sentence ("Mr.", "Gen.", "J."): the JDK's
     * sentence rules end a sentence at any full stop before a capital, so the piece joins the next.
     */
    private static boolean abbreviated(String text, int[] piece) {
        int end = piece[1];
        if (end < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > piece[0] && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end - 1);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Sentence spans {@code [start, end)} of a text, paragraph by paragraph, blank ones left out. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int from = 0;
        while (from < text.length()) {
            int para = text.indexOf("\n\n", from);
            int to = para < 0 ? text.length() : para;
            it.setText(text.substring(from, to));
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                int s = from + start;
                int e = from + end;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e <= s) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from && abbreviated(text, out.get(out.size() - 1))) {
                    out.get(out.size() - 1)[1] = e;
                } else {
                    out.add(new int[] {s, e});
                }
            }
            from = para < 0 ? text.length() : para + 2;
        }
        return out;
    }
}
