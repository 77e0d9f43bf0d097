package dev.sitrep.quotes;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Resolves speaker phrases to the entities the entity stage found, through their mention spans.
 *
 * <ul>
 *   <li>A name: the entity whose mention covers the phrase's last word. A one-word name ("Smith") takes the
 *       longest person name of the article ending in that word ("Julianne Smith"), so that speakers come out
 *       whole even when the entity stage has not linked surnames yet.</li>
 *   <li>A title ("the defence secretary"): the entity covering it when the entity stage knows the title, else
 *       the latest person introduced with that title earlier ("UK defence secretary John Healey"), else the
 *       phrase itself.</li>
 *   <li>A pronoun, by salience: he/she/I refer to the most recent person before them that was either a
 *       speaker or the subject of a sentence (its first person name not governed by a preposition); they/it to the
 *       most recent group or organisation speaker. With none in reach, the speaker stays unnamed.</li>
 *   <li>Unnamed sources ("a NATO diplomat", "people familiar with the matter") are kept as the phrase, with no id.</li>
 * </ul>
 * Calls must come in text order: resolved speakers become antecedents for later pronouns.
 */
final class SpeakerResolver {
    /** The id prefix of the entity stage's demonyms: {@code kb:norp/spain} for "Spanish". */
    private static final String NORP_PREFIX = "kb:norp/";

    private record Span(int start, int end, Entity entity) {
    }

    private record Candidate(int pos, Speaker speaker, boolean person) {
    }

    private final String text;
    private final Lexicon lex;
    private final List<Span> spans = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final java.util.Set<String> entityIds = new java.util.HashSet<>();
    private final java.util.Map<String, Boolean> personCache = new java.util.HashMap<>();
    /** Last words of multi-word names with no organisation or place word: surnames. */
    private final java.util.Set<String> personSurnames = new java.util.HashSet<>();

    SpeakerResolver(String text, List<Entity> entities, List<Unit> units, Lexicon lex) {
        this.text = text;
        this.lex = lex;
        for (Entity e : entities) {
            entityIds.add(e.id());
            for (Mention m : e.spans()) {
                if (m.end() <= text.length() && text.substring(m.start(), m.end()).indexOf('\n') < 0) {
                    spans.add(new Span(m.start(), m.end(), e));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        for (Entity e : entities) {
            String[] words = e.name().split("[\\s-]+");
            boolean plain = words.length > 1;
            for (String w : words) {
                plain &= !lex.is("org-word", w) && !lex.is("place-word", w);
            }
            if (plain) {
                personSurnames.add(words[words.length - 1]);
            }
        }
        for (Unit u : units) {
            addSubject(u);
        }
        candidates.sort(Comparator.comparingInt(Candidate::pos));
    }

    /** Resolves {@code p} and records the result as an antecedent for later pronouns. */
    Speaker resolve(Phrase p) {
        Entity named = p.kind() != Phrase.Kind.PRONOUN && lex.titleHead(text.substring(lastWordStart(p), p.end()))
                ? namedAfter(p.end()) : null;
        Speaker s = named != null ? new Speaker(named.name(), named.id()) : switch (p.kind()) {
            case NAME -> name(p);
            case PRONOUN -> pronoun(p);
            case TITLE -> title(p);
            case GROUP -> group(p);
        };
        if (s.name() != null && p.kind() != Phrase.Kind.PRONOUN && (s.id() == null || s.name().indexOf(' ') < 0)) {
            s = organisationAntecedent(p, s);
        }
        if (s.name() != null) {
            boolean person = p.kind() == Phrase.Kind.PRONOUN ? isPersonPronoun(p) : p.kind() != Phrase.Kind.GROUP
                    && personLike(s.name(), entityAt(lastWordStart(p), p.end()));
            insert(new Candidate(p.start(), s, person));
        }
        return s;
    }

    /**
     * A group speaks as written ("two officials familiar with the talks"), for its state when it is one of its
     * bodies ("Spain's government"); a phrase the entity stage knows as one person ("Hungary's foreign minister",
     * resolved by date) is that person.
     */
    private Speaker group(Phrase p) {
        for (Span s : spans) {
            if (s.start() > p.start()) {
                break;
            }
            // The mention must be the whole phrase: "Daniel Ortiz, whose lawyer" is not Daniel Ortiz.
            if (s.start() == p.start() && s.end() == p.end() && s.entity().type() == EntityType.PERSON) {
                return new Speaker(s.entity().name(), s.entity().id());
            }
        }
        return new Speaker(text.substring(p.start(), p.end()), stateId(p));
    }

    private Speaker name(Phrase p) {
        Entity e = entityAt(lastWordStart(p), p.end());
        if (e != null && e.type() == EntityType.NORP && !covers(e, lastWordStart(p))) {
            // "European countries": a demonym before the head noun names a group, not the demonym
            return new Speaker(stripDeterminer(text.substring(p.start(), p.end())), null);
        }
        String surface = e != null ? e.name() : text.substring(p.start(), p.end());
        if (!surface.contains(" ")) {
            Speaker longer = longerName(surface, p.start());
            if (longer != null) {
                return longer;
            }
        }
        if (e != null) {
            return new Speaker(e.name(), e.id());
        }
        return new Speaker(stripDeterminer(surface), null);
    }

    private Speaker title(Phrase p) {
        Entity e = entityAt(lastWordStart(p), p.end());
        if (e != null && personLike(e.name(), e)) {
            return new Speaker(e.name(), e.id());
        }

        String head = text.substring(lastWordStart(p), p.end()).toLowerCase(Locale.ROOT);
        Span best = null;
        int previousEnd = 0;
        for (Span s : spans) {
            if (s.start() >= p.start()) {
                break;
            }
            // the words since the previous name: "Premier Ana Ruiz met Prime Minister Piet Hollander" titles each once
            int from = Math.max(Math.min(previousEnd, s.start()), s.start() - 40);
            previousEnd = Math.max(previousEnd, s.end());
            String before = text.substring(from, s.start()).toLowerCase(Locale.ROOT);
            boolean titled = before.contains(head) && before.indexOf('.') < 0
                    || titleInMention(s).contains(head) || apposedTitle(s).contains(head);
            if (titled && personLike(s.entity().name(), s.entity())) {
                best = s;
            }
        }
        if (best != null) {
            return new Speaker(best.entity().name(), best.entity().id());
        }
        return new Speaker(text.substring(p.start(), p.end()), null);
    }

    /**
     * The title a mention carries before the name ("uk defence secretary" of "UK Defence Secretary John Healey": the
     * entity stage folds a known title into the person's mention), lower-cased; empty when it carries none.
     */
    private String titleInMention(Span s) {
        String mention = text.substring(s.start(), s.end());
        String name = s.entity().name();
        return mention.length() > name.length() && mention.endsWith(name)
                ? mention.substring(0, mention.length() - name.length()).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The title in apposition right after a mention ("the nato secretary general" of "Mark Rutte, the Nato secretary
     * general, said"), lower-cased, up to the next comma or full stop; empty when no comma follows the name.
     */
    private String apposedTitle(Span s) {
        int i = s.end();
        if (i >= text.length() || text.charAt(i) != ',') {
            return "";
        }
        int end = i + 1;
        while (end < text.length() && end - i < 60 && text.charAt(end) != ',' && text.charAt(end) != '.') {
            end++;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /**
     * "Spain's government", "the Spanish government", "the government of Spain": a state body speaks for its state,
     * so the phrase links to the country the article mentions inside it, by name or by demonym (the demonym's
     * {@code kb:norp/x} entity stands for the state {@code kb:x} when the article holds that one too).
     */
    private String stateId(Phrase p) {
        String[] words = text.substring(p.start(), p.end()).split(" ");
        boolean body = lex.is("state-body", words[words.length - 1]);
        for (int i = 0; i + 1 < words.length && !body; i++) {
            body = words[i + 1].equals("of") && lex.is("state-body", words[i]);
        }
        if (!body) {
            return null;
        }
        for (Span s : spans) {
            if (s.start() >= p.end()) {
                break;
            }
            if (s.start() < p.start()) {
                continue;
            }
            Entity e = s.entity();
            if (e.type() == EntityType.GPE) {
                return e.id();
            }
            if (e.type() == EntityType.NORP && e.id().startsWith(NORP_PREFIX)) {
                String state = "kb:" + e.id().substring(NORP_PREFIX.length());
                if (entityIds.contains(state)) {
                    return state;
                }
            }
        }
        return null;
    }

    private Speaker pronoun(Phrase p) {
        boolean person = isPersonPronoun(p);
        String w = text.substring(p.start(), p.end()).toLowerCase(Locale.ROOT);
        if (w.equals("we") || w.equals("us")) {
            // a collective first person in narration names nobody in particular
            return Speaker.NOBODY;
        }
        Span nearest = lex.is("object-pronoun", w) && person ? nearestPerson(p.start()) : null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Candidate c = candidates.get(i);
            if (c.pos() < p.start() && c.person() == person) {
                return nearest != null && nearest.start() > c.pos() ? name(nearestPhrase(nearest)) : c.speaker();
            }
        }
        return nearest != null ? name(nearestPhrase(nearest)) : Speaker.NOBODY;
    }

    /**
     * "…, Jens Stoltenberg confirmed that a decision, according to him, …": an object pronoun after a preposition
     * has no subject role to track, so it takes the person mentioned last before it when that one is nearer than
     * the last speaker or subject.
     */
    private Span nearestPerson(int before) {
        Span best = null;
        for (Span s : spans) {
            if (s.end() > before) {
                break;
            }
            if (personLike(s.entity().name(), s.entity())) {
                best = s;
            }
        }
        return best;
    }

    private static Phrase nearestPhrase(Span s) {
        return new Phrase(0, 0, s.start(), s.end(), Phrase.Kind.NAME);
    }

    private boolean isPersonPronoun(Phrase p) {
        String w = text.substring(p.start(), p.end()).toLowerCase(Locale.ROOT);
        return w.equals("he") || w.equals("she") || w.equals("i") || w.equals("who") || w.equals("him") || w.equals("her")
                || w.equals("me");
    }

    /**
     * The subject of a unit: its first person name that no preposition governs, or else the first that a speech verb
     * follows.
     */
    private void addSubject(Unit u) {
        List<Tok> t = u.toks();
        for (int i = 0; i < t.size(); i++) {
            Tok x = t.get(i);
            // "The prime minister, for his part, urged calm.": a title the entity stage resolved opens the unit too
            boolean title = i == 1 && x.lower() && t.get(0).text().equals("The");
            if (!x.capitalised() && !title) {
                continue;
            }
            Entity e = entityAt(x.start(), x.end());
            if (e == null || !personLike(e.name(), e)) {
                continue;
            }
            if (!title && !subjectPosition(t, i) && !beforeSpeechVerb(t, i)) {
                continue;
            }
            Speaker s = name(new Phrase(i, i, x.start(), x.end(), Phrase.Kind.NAME));
            candidates.add(new Candidate(x.start(), s, true));
            return;
        }
    }

    /**
     * "the situation that Zelenskyy explicitly warned Europe against": a person whose name (its other capitalised
     * words, then adverbs) runs into a speech verb is the subject of that clause, wherever the clause stands.
     */
    private boolean beforeSpeechVerb(List<Tok> t, int i) {
        int j = i + 1;
        while (j < t.size() && (t.get(j).capitalised() || t.get(j).punct("."))) {
            j++;
        }
        while (j < t.size() && t.get(j).lower() && (t.get(j).text().endsWith("ly") || lex.is("adverb", t.get(j).text()))) {
            j++;
        }
        return j < t.size() && t.get(j).lower() && lex.speechVerb(t.get(j).text()) != null;
    }

    /** Only capitalised words, a title and its modifiers, a determiner or discourse words come before it. */
    private boolean subjectPosition(List<Tok> t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.get(j).capitalised() || t.get(j).punct("."))) {
            j--;
        }
        if (j >= 0 && t.get(j).lower() && lex.titleHead(t.get(j).text())) {
            j--;
            int n = 0;
            while (j >= 0 && n < 4 && (t.get(j).capitalised() || t.get(j).lower() && !lex.is("preposition", t.get(j).text())
                    && lex.speechVerb(t.get(j).text()) == null && !lex.is("pronoun", t.get(j).text()))) {
                j--;
                n++;
            }
        }
        while (j >= 0 && (t.get(j).punct(",") || t.get(j).word() && lex.is("discourse", t.get(j).text()))) {
            j--;
        }
        return j < 0;
    }

    private void insert(Candidate c) {
        int i = candidates.size();
        while (i > 0 && candidates.get(i - 1).pos() > c.pos()) {
            i--;
        }
        candidates.add(i, c);
    }

    /** The entity with a mention overlapping [start, end), preferring the one covering {@code start}. */
    private Entity entityAt(int start, int end) {
        Entity found = null;
        // mentions are short: only those starting a little before {@code start} can cover it
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < start - 200) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.start() >= end) {
                break;
            }
            if (s.end() > start) {
                if (s.start() <= start) {
                    return s.entity();
                }
                found = found == null ? s.entity() : found;
            }
        }
        return found;
    }

    /**
     * "the ministry", "the company": a definite organisation noun refers back to the organisation the article named
     * before with that word in its name ("the Ministry of Transport"), or, for a company or firm, to the last
     * organisation named; otherwise the phrase stays as written.
     */
    private Speaker organisationAntecedent(Phrase p, Speaker s) {
        String[] words = text.substring(p.start(), p.end()).split("\\s+");
        if (words.length != 2 || !words[0].equalsIgnoreCase("the") || !lex.is("org-word", words[1])
                && !words[1].equalsIgnoreCase("firm")) {
            return s;
        }
        String head = words[1].toLowerCase(Locale.ROOT);
        boolean anyOrganisation = head.equals("company") || head.equals("firm");
        Entity best = null;
        for (Span x : spans) {
            if (x.start() >= p.start()) {
                break;
            }
            Entity e = x.entity();
            if (e.type() == EntityType.ORG && (anyOrganisation
                    || (" " + e.name().toLowerCase(Locale.ROOT) + " ").contains(" " + head + " "))) {
                best = e;
            }
        }
        return best == null ? s : new Speaker(best.name(), best.id());
    }

    /**
     * "Nato secretary general Mark Rutte": the person whose name follows the title at once, or after one more
     * lower-case word of the title.
     */
    private Entity namedAfter(int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int word = i;
        while (word < text.length() && Character.isLowerCase(text.charAt(word))) {
            word++;
        }
        for (int at : new int[] {i, word < text.length() && text.charAt(word) == ' ' ? word + 1 : -1}) {
            if (at < 0) {
                continue;
            }
            for (Span s : spans) {
                if (s.start() == at && personLike(s.entity().name(), s.entity())) {
                    return s.entity();
                }
                if (s.start() > at) {
                    break;
                }
            }
        }
        return null;
    }

    /** Whether one of {@code e}'s mentions covers offset {@code pos}. */
    private static boolean covers(Entity e, int pos) {
        for (Mention m : e.spans()) {
            if (m.start() <= pos && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The longest person-like entity name before {@code before} (or anywhere) that ends with {@code surname}. */
    private Speaker longerName(String surname, int before) {
        Entity best = null;
        for (Span s : spans) {
            Entity e = s.entity();
            String n = e.name();
            if (n.length() > surname.length() && n.endsWith(" " + surname) && n.indexOf(' ') > 0 && personLike(n, e)
                    && (best == null || n.length() > best.name().length())) {
                best = e;
            }
        }
        return best == null ? null : new Speaker(best.name(), best.id());
    }

    private boolean hasLongerPersonName(String surname) {
        return personSurnames.contains(surname);
    }

    /** Whether an entity reads as a person: typed PERSON, or untyped words with no organisation or place word. */
    boolean personLike(String name, Entity e) {
        String key = name + '\u0000' + (e == null ? "" : e.type().name());
        Boolean known = personCache.get(key);
        if (known == null) {
            known = computePersonLike(name, e);
            personCache.put(key, known);
        }
        return known;
    }

    private boolean computePersonLike(String name, Entity e) {
        if (e != null && e.type() != EntityType.PERSON && e.type() != EntityType.OTHER) {
            return false;
        }
        if (e != null && e.type() == EntityType.PERSON) {
            return true;
        }
        String[] words = name.split("[\\s-]+");
        for (String w : words) {
            if (lex.is("org-word", w) || lex.is("place-word", w) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return words.length > 1 || hasLongerPersonName(name);
    }

    private int lastWordStart(Phrase p) {
        int i = p.end();
        while (i > p.start() && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private String stripDeterminer(String s) {
        int sp = s.indexOf(' ');
        return sp > 0 && lex.is("determiner", s.substring(0, sp)) ? s.substring(sp + 1) : s;
    }
}
