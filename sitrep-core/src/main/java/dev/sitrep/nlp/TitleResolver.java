package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.kb.Actor;
import dev.sitrep.nlp.kb.ActorKind;
import dev.sitrep.nlp.kb.Denotation;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.nlp.kb.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns office phrases into mentions of the people who hold the office.
 *
 * <p>A title mention is {@code [qualifier['s]] phrase [of [the] qualifier] [name]}: "US defence secretary Pete
 * Hegseth", "Britain's foreign secretary", "the president of Ukraine", "Pentagon chief". It resolves, first match
 * wins:
 * <ol>
 *   <li>a name the knowledge base knows: that person;
 *   <li>an unknown name whose last word is the surname of the office holder on the article's date: the holder
 *       (a spun "Invoice Blair" after "Canadian defence minister" in 2025 is Bill Blair);
 *   <li>another unknown name: a new person, with the title as an alias.
 * </ol>
 * A title before a name is one of the person's aliases only when it says more than a generic phrase: "US
 * defence secretary", "Britain's foreign secretary", "Former defence secretary", but not "President" or "the
 * prime minister", which would make the person one of every president or prime minister in the store. Without a
 * name, the title resolves, first match wins:
 * <ol>
 *   <li>a qualified title: the one holder on the article's date of the offices the phrase and
 *       qualifier allow; without a date, the one person who ever held them;
 *   <li>otherwise, or with several holders: the one such holder named elsewhere in the article ("the
 *       defence secretary" after "John Healey");
 *   <li>still open, a qualified title is kept as a mention of the office itself ("role/..." id); a bare generic
 *       phrase ("the president") is dropped.
 * </ol>
 * A modifier before the phrase ("deputy", "former", see {@code title-modifiers.txt}) or "-elect" after it names
 * another office or another time: such a title resolves only through the name that follows it, never by date.
 * The qualifier and name pieces it uses are consumed: they are parts of the title mention, not mentions of
 * their own.
 */
final class TitleResolver {
    private final KnowledgeBase kb;
    private final Tokens tokens;
    private final LocalDate date;
    private final Set<String> namedInArticle;
    /** Generic title phrases, as written (folded), that the article put before a name the knowledge base does not know. */
    private final Set<String> heldByUnknown = new java.util.HashSet<>();

    TitleResolver(KnowledgeBase kb, Tokens tokens, LocalDate date, Set<String> namedInArticle) {
        this.kb = kb;
        this.tokens = tokens;
        this.date = date;
        this.namedInArticle = namedInArticle;
    }

    /**
     * Resolves the title piece at {@code k}; marks the pieces it uses in {@code consumed}; returns its mention,
     * or null when it is dropped.
     */
    Reference resolve(List<Piece> pieces, int k, boolean[] consumed) {
        Piece title = pieces.get(k);
        Denotation.Title phrase = (Denotation.Title) title.kb();
        int from = title.from();
        while (from > 0 && modifies(from - 1)) {
            from--;
        }
        boolean modified = from < title.from();
        int to = title.to();
        if (to < tokens.size() && tokens.key(to).equals("elect") && tokens.gapBefore(to).equals("-")) {
            to++;
            modified = true;
        }
        Set<String> qualifiers = null;
        int q = qualifierBefore(pieces, k, from);
        if (q >= 0) {
            qualifiers = qualifierIds(pieces.get(q));
            consumed[q] = true;
            from = pieces.get(q).from();
        }
        int next = k + 1;
        int of = qualifierAfter(pieces, k);
        if (of >= 0) {
            Set<String> ids = qualifierIds(pieces.get(of));
            qualifiers = qualifiers == null ? ids : qualifiers;
            consumed[of] = true;
            to = pieces.get(of).to();
            next = of + 1;
        }
        List<Role> roles = candidates(phrase, qualifiers);
        String titleText = tokens.text().substring(tokens.start(from), tokens.abbreviationEnd(to - 1));
        consumed[k] = true;
        if (next < pieces.size() && nameFollows(pieces.get(next), to)) {
            Piece name = pieces.get(next);
            consumed[next] = true;
            boolean specific = phrase.qualified() || qualifiers != null || modified;
            Reference named = withName(modified ? List.of() : roles, name, from, specific ? titleText : null);
            if (named != null && !named.known() && !specific) {
                heldByUnknown.add(titleWords(title));
            }
            return named;
        }
        if (modified || !phrase.qualified() && qualifiers == null && heldByUnknown.contains(titleWords(title))) {
            // "Premier Ana Ruiz met Prime Minister Piet Hollander. The premier said …": a bare title that the article
            // gave a person the knowledge base does not know may be that person's; the office holder is no sure guess
            return null;
        }
        Actor holder = holder(roles, phrase.qualified() || qualifiers != null);
        int start = tokens.start(from);
        int end = tokens.abbreviationEnd(to - 1);
        if (holder != null) {
            return new Reference(start, end, holder.id(), holder.name(), EntityType.PERSON, null, true,
                    List.of(titleText));
        }
        if (roles.size() == 1 && (phrase.qualified() || qualifiers != null)) {
            Role r = roles.get(0);
            return new Reference(start, end, "role/" + r.id(), r.name(), EntityType.PERSON, null, true,
                    List.of(titleText));
        }
        return null;
    }

    /** The title piece's words, folded: "premier" and "prime minister" name one office but are told apart here. */
    private String titleWords(Piece title) {
        StringBuilder sb = new StringBuilder();
        for (int t = title.from(); t < title.to(); t++) {
            sb.append(tokens.key(t)).append(' ');
        }
        return sb.toString();
    }

    /** Whether token {@code t} is a modifier of the title word after it ("deputy", "former", "Under"). */
    private boolean modifies(int t) {
        if (!WordLists.TITLE_MODIFIERS.contains(tokens.key(t)) || !tokens.attachedToPrevious(t + 1)) {
            return false;
        }
        // "under" is a preposition as often: "Syria under President Assad", but "Under Secretary", "under-secretary"
        return !tokens.key(t).equals("under") || tokens.capitalised(t) || tokens.gapBefore(t + 1).equals("-");
    }

    /**
     * The mention of a title and the name after it; {@code titleText} is kept as an alias only when it says more
     * than a generic phrase (null otherwise: "President" alone would be an alias of every president in the store).
     */
    private Reference withName(List<Role> roles, Piece name, int from, String titleText) {
        int start = tokens.start(from);
        int end = tokens.abbreviationEnd(name.to() - 1);
        String nameText = tokens.text().substring(tokens.start(name.from()), end);
        List<String> forms = titleText == null ? List.of(nameText) : List.of(titleText, nameText);
        if (name.kb() instanceof Denotation.Named(var a)) {
            return new Reference(start, end, a.id(), a.name(), EntityType.PERSON, null, true, forms);
        }
        String surname = tokens.key(name.to() - 1);
        for (String id : holdersNow(roles)) {
            Actor p = kb.actor(id).orElseThrow();
            if (kb.surnameKeys(p).contains(surname)) {
                return new Reference(start, end, p.id(), p.name(), EntityType.PERSON, null, true, forms);
            }
        }
        return new Reference(start, end, null, null, EntityType.PERSON, nameText, true, forms);
    }

    /** Offices the phrase may name, narrowed to those of the qualifier when there is one. */
    private List<Role> candidates(Denotation.Title phrase, Set<String> qualifiers) {
        if (qualifiers == null) {
            return phrase.roles();
        }
        List<Role> out = new ArrayList<>();
        for (Role r : phrase.roles()) {
            if (!disjoint(ownerChain(r.of()), qualifiers)) {
                out.add(r);
            }
        }
        return out;
    }

    private Actor holder(List<Role> roles, boolean qualified) {
        Set<String> holders = holdersNow(roles);
        if (holders.size() == 1 && qualified) {
            return kb.actor(holders.iterator().next()).orElse(null);
        }
        Set<String> named = new LinkedHashSet<>(holders);
        named.retainAll(namedInArticle);
        if (named.size() == 1) {
            return kb.actor(named.iterator().next()).orElse(null);
        }
        return null;
    }

    /** Holders on the article's date; with no date, everyone who ever held the offices. */
    private Set<String> holdersNow(List<Role> roles) {
        Set<String> out = new LinkedHashSet<>();
        for (Role r : roles) {
            out.addAll(date == null ? r.allHolders() : r.holdersOn(date));
        }
        return out;
    }

    private int qualifierBefore(List<Piece> pieces, int k, int titleFrom) {
        if (k == 0) {
            return -1;
        }
        Piece p = pieces.get(k - 1);
        if (!isQualifier(p) || !tokens.attachedToPrevious(titleFrom)) {
            return -1;
        }
        if (p.to() == titleFrom) {
            return k - 1;
        }
        boolean possessive = p.to() + 1 == titleFrom && tokens.key(p.to()).equals("s")
                && tokens.gapBefore(p.to()).matches("['’]");
        return possessive ? k - 1 : -1;
    }

    private int qualifierAfter(List<Piece> pieces, int k) {
        int t = pieces.get(k).to();
        if (t >= tokens.size() || !tokens.key(t).equals("of") || !tokens.joinedToPrevious(t)) {
            return -1;
        }
        t++;
        if (t < tokens.size() && tokens.key(t).equals("the")) {
            t++;
        }
        for (int i = k + 1; i < pieces.size() && pieces.get(i).from() <= t; i++) {
            if (pieces.get(i).from() == t && isQualifier(pieces.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean nameFollows(Piece p, int titleTo) {
        if (p.from() != titleTo || !tokens.attachedToPrevious(p.from())) {
            return false;
        }
        return p.isKnownPerson() || (!p.known() && p.type() != EntityType.GPE && p.type() != EntityType.LOC
                && tokens.capitalised(p.from()));
    }

    private static boolean isQualifier(Piece p) {
        return switch (p.kb()) {
            case Denotation.Named(var a) -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.CITY;
            case Denotation.Capital c -> true;
            case null, default -> false;
        };
    }

    /** The ids a qualifier stands for: itself and what it belongs to ("Kremlin" → kremlin, russia). */
    private Set<String> qualifierIds(Piece p) {
        return switch (p.kb()) {
            case Denotation.Named(var a) -> ownerChain(a.id());
            case Denotation.Capital(var city, var government) -> ownerChain(government.id());
            default -> Set.of();
        };
    }

    private Set<String> ownerChain(String id) {
        Set<String> out = new HashSet<>();
        String cur = id;
        while (cur != null && out.add(cur)) {
            cur = kb.actor(cur).map(Actor::link).orElse(null);
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }
}
