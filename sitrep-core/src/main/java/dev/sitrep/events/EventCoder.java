package dev.sitrep.events;

import dev.sitrep.events.Actors.Span;
import dev.sitrep.events.Cues.Found;
import dev.sitrep.nlp.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Codes one sentence into the events it reports.
 *
 * <p>The cascade: (1) the sentence is split into words, and a trailing attribution (", officials said Monday",
 * ", according to ...") is set aside: it names who reports, not who acts. (2) The actors are found
 * ({@link Actors}). (3) The cues of {@code event-cues.txt} are found left to right, the longest at each word;
 * a clause (up to a comma, a semicolon or a joining word such as "and", "after", "unless") gives at most one
 * event, its first cue, so that "agreed to provide aid" is an agreement and not aid. (4) The words just before
 * the cue turn it: a negation makes a cooperative action a rejection ("did not agree", "will not accept") and
 * drops any other ("did not attack" reports nothing); an intention ("will", "would", "plans to", "is ready to")
 * makes a cooperative action an AGREE (CAMEO 03, intent to cooperate) and a hostile one a THREATEN (CAMEO 13).
 * (5) The source is the cue's subject: the nearest actor before it, widened to a list joined by "and" ("X and Y
 * agreed"); in the passive ("was attacked by X", "came under attack") the source is the by-agent and the subject
 * is the target; with no by-agent, an arrest, a trial or a ban "in Y" is Y's doing, while a killing with no agent
 * has no source. When a verb that takes a person first governs the actor just before the cue ("gave Y aid",
 * "ordered Y to suspend"), that actor is the target and the subject is the one before the verb. Otherwise the
 * target is the first actor after the cue in its sentence that is not a place named by a preposition of location
 * ("rioted in the town of X against Y"); a place is the target only when no other actor follows it in the clause.
 * Two or more parties agreeing, meeting or signing together have no target. A sentence with no cue has no event.
 */
public final class EventCoder {
    private static final EventCoder DEFAULT = new EventCoder(Cues.defaults(), Actors.defaults());

    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "after", "before", "as",
            "when", "because", "following", "despite", "unless", "if", "until", "where", "which", "who", "whom",
            "whose", "although", "though", "since", "whereas");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "t", "no", "nor", "cannot");
    private static final Set<String> INTENT = Set.of("will", "would", "ll", "shall", "may", "might", "plan",
            "plans", "planned", "planning", "ready", "prepared", "willing", "intend", "intends", "intended",
            "going", "vowed", "vows", "pledged", "pledges", "promised", "promises");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
            "gets");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "reported", "reports",
            "announced", "added", "according", "confirmed", "quoted", "stated", "claimed", "wrote", "cited",
            "reporting", "witnesses", "sources");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around",
            "across", "throughout", "within");
    private static final Set<String> PLACE_WORDS = Set.of("the", "a", "an", "of", "city", "town", "village",
            "province", "region", "district", "capital", "area", "port", "camp", "border", "frontier", "coast",
            "territory", "island", "valley", "state", "embassy", "outskirts", "centre", "center", "heart",
            "street", "streets", "suburb", "suburbs", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "northern", "southern", "eastern", "western", "northeastern",
            "northwestern", "southeastern", "southwestern", "central", "coastal", "nearby", "neighbouring",
            "neighboring", "occupied", "disputed", "besieged");
    private static final Set<String> DATIVE = Set.of("give", "gave", "given", "gives", "giving", "grant",
            "granted", "grants", "send", "sent", "sends", "hand", "handed", "hands", "lend", "lent", "lends",
            "order", "ordered", "orders", "tell", "told", "tells", "ask", "asked", "asks", "allow", "allowed",
            "allows", "force", "forced", "forces", "offered", "promised");
    private static final Set<String> OBJECT_LEAD = Set.of("the", "a", "an", "former");
    private static final Set<String> UNDERGO = Set.of("come", "came", "comes", "coming", "put", "puts", "placed",
            "remain", "remains", "remained", "fell", "fall", "falls", "fallen");
    private static final Set<PloverType> TOGETHER = Set.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.SUPPORT, PloverType.COOPERATE, PloverType.REJECT);

    private final Cues cues;
    private final Actors actors;

    private EventCoder(Cues cues, Actors actors) {
        this.cues = cues;
        this.actors = actors;
    }

    /** The coder with the bundled cues and the shipped knowledge base. */
    public static EventCoder defaults() {
        return DEFAULT;
    }

    /** The events {@code sentence} reports, in the order of their cues; empty when it reports none. */
    public List<Event> code(String sentence) {
        Tokens t = Tokens.of(sentence);
        int limit = attributionStart(t);
        List<Span> found = actors.find(t).stream().filter(s -> !possessed(t, s)).toList();
        List<Event> out = new ArrayList<>();
        int clauseOfLast = -1;
        int i = 0;
        while (i < limit) {
            // A capitalised word inside the sentence is a name ("March", "Strike Force"), not a cue.
            boolean name = i > 0 && t.capitalised(i);
            Found f = name || inActor(found, i) ? null : cues.at(t, i, limit);
            if (f == null) {
                i++;
                continue;
            }
            int clause = clauseStart(t, f.first());
            if (clause > clauseOfLast) {
                Event e = event(t, f, found, limit, sentence);
                if (e != null) {
                    out.add(e);
                    clauseOfLast = clause;
                }
            }
            i = f.last() + 1;
        }
        return out;
    }

    private Event event(Tokens t, Found f, List<Span> found, int limit, String sentence) {
        PloverType type = f.cue().type();
        String cameo = f.cue().cameo();
        int before = f.first();
        if (negated(t, before)) {
            if (!type.cooperative()) {
                return null;
            }
            cameo = refusal(type);
            type = PloverType.REJECT;
        } else if (intended(t, before)) {
            String intent = intent(type);
            if (intent != null) {
                type = intent.startsWith("03") ? PloverType.AGREE : PloverType.THREATEN;
                cameo = intent;
            }
        }
        List<Span> sources;
        List<Span> targets;
        if (f.cue().roles() == Cues.Roles.TARGET_BEFORE) {
            Span target = before(found, before, -1);
            targets = target == null ? List.of() : compound(t, found, target);
            Span source = target == null ? null : before(found, targets.get(0).from(), -1);
            sources = source == null ? List.of() : List.of(source);
        } else if (passive(t, before) || underAction(t, before)) {
            Span agent = byAgent(t, found, f.last(), limit);
            if (agent == null && type != PloverType.ASSAULT && type != PloverType.FIGHT) {
                agent = placeAfter(t, found, f.last(), limit);
            }
            sources = agent == null ? List.of() : List.of(agent);
            Span subject = before(found, before, -1);
            targets = subject == null ? List.of() : compound(t, found, subject);
        } else {
            Span subject = subject(t, found, before);
            Span indirect = subject == null ? null : indirectObject(t, found, subject, before);
            if (indirect != null) {
                Span agent = subject(t, found, indirect.from());
                sources = agent == null ? List.of() : compound(t, found, agent);
                targets = List.of(indirect);
            } else {
                sources = subject == null ? List.of() : compound(t, found, subject);
                Span object = object(t, found, f, limit, sources);
                targets = object == null || (sources.size() > 1 && TOGETHER.contains(type)) ? List.of()
                        : List.of(object);
            }
        }
        return new Event(type, cameo, mentions(t, sources), mentions(t, targets), cueMention(t, f), sentence);
    }

    /** An actor owned by another ("its troops", "their forces"): the owner is the one that acts or is acted on. */
    private static boolean possessed(Tokens t, Span s) {
        return s.from() > 0 && POSSESSIVES.contains(t.key(s.from() - 1)) && Cues.joined(t, s.from());
    }

    /**
     * The subject of the cue at token {@code cue}: the nearest actor before it, unless that actor sits in an
     * aside between commas ("Pakistan, a close ally of the U.S., refused"), when it is the actor before the aside.
     */
    private static Span subject(Tokens t, List<Span> found, int cue) {
        Span near = before(found, cue, -1);
        if (near == null || !commaBetween(t, near.to(), cue + 1)) {
            return near;
        }
        for (int k = near.from(); k > 0; k--) {
            if (t.gapBefore(k).contains(",")) {
                for (Span s : found) {
                    if (s.to() == k) {
                        return s;
                    }
                }
                return near;
            }
        }
        return near;
    }

    private static boolean commaBetween(Tokens t, int from, int to) {
        for (int k = from; k < to && k < t.size(); k++) {
            if (t.gapBefore(k).contains(",")) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code i} lies inside a found actor ("Security" in "Security Council" is no cue). */
    private static boolean inActor(List<Span> found, int i) {
        for (Span s : found) {
            if (s.from() <= i && i < s.to() && s.to() - s.from() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Where the attribution at the end of the sentence starts: after its last comma, if a reporting word follows. */
    static int attributionStart(Tokens t) {
        int n = t.size();
        for (int j = n - 1; j > 0; j--) {
            if (REPORTING.contains(t.key(j))) {
                for (int k = j; k > 0; k--) {
                    String gap = t.gapBefore(k);
                    if (gap.contains(",") || gap.contains("—") || gap.contains("(")) {
                        return k;
                    }
                    if (gap.contains(";")) {
                        break;
                    }
                }
                break;
            }
        }
        return n;
    }

    /** The first token of the clause that holds token {@code i}. */
    private static int clauseStart(Tokens t, int i) {
        for (int k = i; k > 0; k--) {
            String gap = t.gapBefore(k);
            if (gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("(")
                    || gap.contains(")")) {
                return k;
            }
            if (CLAUSE_WORDS.contains(t.key(k - 1))) {
                return k - 1;
            }
        }
        return 0;
    }

    /** A negation among the three words before the cue, with no punctuation between. */
    private static boolean negated(Tokens t, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - 3); k--) {
            if (!Cues.joined(t, k + 1)) {
                return false;
            }
            if (NEGATIONS.contains(t.key(k)) && !(t.key(k).equals("no") && k + 1 < t.size()
                    && !t.key(k + 1).equals("longer"))) {
                return true;
            }
        }
        return false;
    }

    /** A word of intention among the four words before the cue, with no punctuation between. */
    private static boolean intended(Tokens t, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - 4); k--) {
            if (!Cues.joined(t, k + 1)) {
                return false;
            }
            if (INTENT.contains(t.key(k))) {
                return true;
            }
        }
        return false;
    }

    /** A form of "be" just before the cue (an adverb may come between), and the cue word not in its base form. */
    private static boolean passive(Tokens t, int cue) {
        String w = t.key(cue);
        if (!(w.endsWith("ed") || w.endsWith("en") || w.endsWith("t"))) {
            return false;
        }
        for (int k = cue - 1; k >= Math.max(0, cue - 3); k--) {
            if (BE.contains(t.key(k))) {
                return true;
            }
            if (!t.key(k).endsWith("ly") && !t.key(k).equals("also") && !t.key(k).equals("reportedly")) {
                return false;
            }
        }
        return false;
    }

    /** The actor of a "by" within four words after the cue. */
    private static Span byAgent(Tokens t, List<Span> found, int cueEnd, int limit) {
        for (int k = cueEnd + 1; k < Math.min(limit, cueEnd + 5); k++) {
            if (t.key(k).equals("by")) {
                for (Span s : found) {
                    if (s.from() > k && s.from() <= k + 3) {
                        return s;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The nearest actor ending at or before token {@code i}. */
    private static Span before(List<Span> found, int i, int floor) {
        Span best = null;
        for (Span s : found) {
            if (s.to() <= i && s.from() > floor) {
                best = s;
            }
        }
        return best;
    }

    /**
     * The one the cue acts on: the first actor after the cue that is not a place named by a preposition of
     * location ("demonstrated in the city of X ... against Y", "a bombing near X killed Y"). A place is the target
     * only when no other actor follows it in the cue's clause ("imposed a curfew in X").
     */
    private static Span object(Tokens t, List<Span> found, Found f, int limit, List<Span> sources) {
        int clause = clauseEnd(t, f.last(), limit);
        Span place = null;
        for (Span s : found) {
            if (s.from() <= f.first() || s.from() >= limit || sources.contains(s)) {
                continue;
            }
            if (place != null && s.from() >= clause) {
                return place;
            }
            if (!place(t, found, s, f.last())) {
                return s;
            }
            place = place == null ? s : place;
        }
        return place;
    }

    /** Where the clause of a cue ending at token {@code cueEnd} ends: at a semicolon, a colon or a joining word. */
    private static int clauseEnd(Tokens t, int cueEnd, int limit) {
        for (int k = cueEnd + 1; k < limit; k++) {
            String gap = t.gapBefore(k);
            if (gap.contains(";") || gap.contains(":")) {
                return k;
            }
            if (CLAUSE_WORDS.contains(t.key(k)) && !t.key(k).equals("and")) {
                return k;
            }
        }
        return limit;
    }

    /**
     * Whether actor {@code s} names where something happens rather than who is acted on: a preposition of place
     * (after the cue's last word) comes before it, with only lower-case words ("the northern city of") or other
     * places between.
     */
    private static boolean place(Tokens t, List<Span> found, Span s, int cueEnd) {
        int k = s.from() - 1;
        int words = 0;
        while (k > cueEnd && words < 6) {
            if (!Cues.joined(t, k + 1)) {
                return false;
            }
            if (LOCATIVE.contains(t.key(k))) {
                return true;
            }
            Span inner = spanEndingAt(found, k + 1);
            if (inner != null) {
                if (!place(t, found, inner, cueEnd)) {
                    return false;
                }
                k = inner.from() - 1;
                continue;
            }
            if (!PLACE_WORDS.contains(t.key(k))) {
                return false;
            }
            k--;
            words++;
        }
        return false;
    }

    private static Span spanEndingAt(List<Span> found, int to) {
        for (Span s : found) {
            if (s.to() == to) {
                return s;
            }
        }
        return null;
    }

    /** The actor of a place preposition within four words after the cue: "was arrested in Y". */
    private static Span placeAfter(Tokens t, List<Span> found, int cueEnd, int limit) {
        for (Span s : found) {
            if (s.from() > cueEnd && s.from() <= cueEnd + 5 && s.from() < limit && t.key(s.from() - 1).equals("in")
                    && Cues.joined(t, s.from())) {
                return s;
            }
        }
        return null;
    }

    /**
     * The actor just before the cue when a verb that takes a person first governs it: "gave Y millions in aid",
     * "ordered Y to suspend": Y is the one acted on, and the subject lies before the verb.
     */
    private static Span indirectObject(Tokens t, List<Span> found, Span near, int cue) {
        for (int j = near.to(); j <= cue; j++) {
            if (!Cues.joined(t, j)) {
                return null;
            }
        }
        int k = near.from() - 1;
        while (k >= 0 && near.from() - k <= 2 && OBJECT_LEAD.contains(t.key(k)) && Cues.joined(t, k + 1)) {
            k--;
        }
        if (k < 0 || !Cues.joined(t, k + 1) || !DATIVE.contains(t.key(k))) {
            return null;
        }
        return before(found, k, -1) == null ? null : near;
    }

    /**
     * "came under attack", "was put under investigation": the cue is a noun after "under", and the subject
     * undergoes it.
     */
    private static boolean underAction(Tokens t, int cue) {
        for (int k = cue - 1; k >= Math.max(1, cue - 3); k--) {
            if (!Cues.joined(t, k + 1)) {
                return false;
            }
            if (t.key(k).equals("under")) {
                String v = t.key(k - 1);
                return Cues.joined(t, k) && (BE.contains(v) || UNDERGO.contains(v));
            }
        }
        return false;
    }

    /** The actor and those joined to it before by "and" or commas: "Jordan and Britain", "X, Y and Z". */
    private static List<Span> compound(Tokens t, List<Span> found, Span last) {
        List<Span> out = new ArrayList<>();
        out.add(last);
        Span cur = last;
        while (true) {
            Span prev = before(found, cur.from(), -1);
            if (prev == null) {
                break;
            }
            int gap = cur.from() - prev.to();
            boolean and = (gap == 1 || (gap == 2 && DETERMINERS.contains(t.key(prev.to() + 1))))
                    && t.key(prev.to()).equals("and");
            boolean comma = cur.from() == prev.to() && t.gapBefore(cur.from()).strip().equals(",")
                    && out.size() > 1;
            if (!and && !comma) {
                break;
            }
            out.add(0, prev);
            cur = prev;
        }
        return out;
    }

    private static String refusal(PloverType type) {
        return switch (type) {
            case AID, COOPERATE -> "121";
            case CONCEDE, RETREAT -> "124";
            case CONSULT -> "125";
            default -> "120";
        };
    }

    /** The CAMEO code of an intention to take an action of {@code type}, or null when intent does not change it. */
    private static String intent(PloverType type) {
        return switch (type) {
            case CONSULT -> "036";
            case SUPPORT -> "032";
            case COOPERATE -> "031";
            case AID -> "033";
            case CONCEDE, RETREAT -> "035";
            case SANCTION -> "131";
            case COERCE -> "132";
            case PROTEST -> "133";
            case MOBILIZE, ASSAULT, FIGHT -> "138";
            default -> null;
        };
    }

    private static List<Mention> mentions(Tokens t, List<Span> spans) {
        return spans.stream().map(s -> new Mention(t.text().substring(t.start(s.from()), t.abbreviationEnd(s.to() - 1)),
                t.start(s.from()), t.abbreviationEnd(s.to() - 1), s.canonical())).toList();
    }

    private static Mention cueMention(Tokens t, Found f) {
        int start = t.start(f.first());
        int end = t.end(f.last());
        return new Mention(t.text().substring(start, end), start, end, null);
    }
}
