package dev.sitrep.nlp;

import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import dev.sitrep.nlp.kb.Actor;
import dev.sitrep.nlp.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the mentions of one article into entities, one per actor.
 *
 * <ol>
 *   <li>Mentions resolved in the knowledge base group by its id; their entity id is {@code kb:} + that id, the
 *       same in every article.
 *   <li>Unknown names with two or more words group by their normalised name ("John Smith").
 *   <li>A one-word unknown name ("Smith", "Mr Smith") joins the name in the article whose surname it is: its
 *       last word, or its first where names are written surname first ("Lee" of "Lee Jae-myung", "Orbán" of
 *       "Orbán Viktor"); else the person whose first word it is ("Marta" of "Marta Kowalska"); else, in capitals,
 *       the organisation it abbreviates ({@link Acronyms}: "OSCE", written before or after the full name). The
 *       nearest one before it wins when several share it. Failing that, when something says it is a person
 *       ("Mr Smith"), the one knowledge-base person with that surname in office on the article's date. A
 *       courtesy title anywhere in a group makes it a person.
 *   <li>Other unknown names group by type and normalised name; their id is the type and a hash of the
 *       normalised canonical name, so the same name gets the same id across the corpus.
 * </ol>
 * The canonical name of an unknown entity is its longest form; its aliases are the other forms written.
 */
final class Canonicalizer {
    private final KnowledgeBase kb;
    private final Tokens tokens;
    private final LocalDate date;

    Canonicalizer(KnowledgeBase kb, Tokens tokens, LocalDate date) {
        this.kb = kb;
        this.tokens = tokens;
        this.date = date;
    }

    private static final class Group {
        String kbId;
        String name;
        final List<Reference> refs = new ArrayList<>();
        final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        boolean person;
        EntityType kbType;
    }

    List<Entity> entities(List<Reference> refs) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, List<Group>> bySurname = new HashMap<>();
        Map<String, List<Group>> byGivenName = new HashMap<>();
        Map<String, List<Group>> byAcronym = new HashMap<>();
        List<Reference> single = new ArrayList<>();
        Map<String, Integer> personSurnames = surnamesNamedFirst(refs);
        for (Reference r : refs) {
            Reference surname = placeThatIsASurname(r, personSurnames);
            if (surname != null) {
                single.add(surname);
            } else if (r.known()) {
                Group g = groups.computeIfAbsent("kb:" + r.kbId(), k -> new Group());
                g.kbId = r.kbId();
                g.name = r.kbName();
                g.kbType = r.type();
                add(g, r);
                kb.actor(r.kbId()).ifPresent(a -> {
                    if (r.type() == EntityType.PERSON) {
                        for (String s : kb.surnameKeys(a)) {
                            addOnce(bySurname, s, g);
                        }
                    }
                });
            } else if (words(r.name()).size() >= 2) {
                String kind = r.person() ? "person:" : r.type() + ":";
                Group g = groups.computeIfAbsent(kind + ArticleIds.normalise(r.name()), k -> new Group());
                add(g, r);
                List<String> w = words(r.name());
                addOnce(bySurname, w.get(w.size() - 1), g);
                if (r.person() || r.type() == EntityType.PERSON) {
                    addOnce(byGivenName, w.get(0), g);
                    if (surnameFirst(w)) {
                        addOnce(bySurname, w.get(0), g);
                    }
                } else if (r.type() != EntityType.GPE && r.type() != EntityType.LOC) {
                    addOnce(byAcronym, Acronyms.of(r.name()), g);
                }
            } else {
                single.add(r);
            }
        }
        for (Reference r : single) {
            List<String> w = words(r.name());
            Group g = null;
            if (w.size() == 1 && r.type() != EntityType.GPE && r.type() != EntityType.LOC) {
                g = nearest(bySurname.get(w.get(0)), r.start());
                if (g == null) {
                    g = nearest(byGivenName.get(w.get(0)), r.start());
                }
                if (g == null && Acronyms.looksLikeOne(r.name())) {
                    g = nearest(byAcronym.get(r.name()), r.start());
                }
                if (g == null && (r.person() || r.type() == EntityType.PERSON)) {
                    g = personInOffice(w.get(0), groups);
                }
            }
            if (g == null) {
                EntityType t = r.person() ? EntityType.PERSON : r.type();
                g = groups.computeIfAbsent(t + ":" + ArticleIds.normalise(r.name()), k -> new Group());
            }
            add(g, r);
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : groups.values()) {
            out.add(toEntity(g));
        }
        out.sort((a, b) -> Integer.compare(a.spans().get(0).start(), b.spans().get(0).start()));
        return out;
    }

    /** The last word of each person named with two or more words, and where it is first named. */
    private Map<String, Integer> surnamesNamedFirst(List<Reference> refs) {
        Map<String, Integer> out = new HashMap<>();
        for (Reference r : refs) {
            boolean person = r.person() || r.type() == EntityType.PERSON;
            String name = r.known() ? r.kbName() : r.name();
            List<String> w = name == null ? List.of() : words(name);
            if (person && w.size() >= 2) {
                out.putIfAbsent(w.get(w.size() - 1), r.start());
            }
        }
        return out;
    }

    /**
     * "Health Minister Mark Holland … Holland said": a one-word place or country that is the surname of a person
     * named in full before it, and no preposition makes a place ("in Holland"), is that person.
     */
    private Reference placeThatIsASurname(Reference r, Map<String, Integer> personSurnames) {
        if (!r.known() || r.person() || r.type() != EntityType.GPE && r.type() != EntityType.LOC) {
            return null;
        }
        int t = tokens.tokenAtOrAfter(r.start());
        if (t >= tokens.size() || tokens.end(t) != r.end()) {
            return null;
        }
        Integer named = personSurnames.get(tokens.key(t));
        if (named == null || named >= r.start() || t > 0 && WordLists.LOCATIVES.contains(tokens.key(t - 1))) {
            return null;
        }
        String surface = tokens.word(t);
        return new Reference(r.start(), r.end(), null, null, EntityType.PERSON, surface, true, List.of(surface));
    }

    private static void add(Group g, Reference r) {
        g.refs.add(r);
        g.types.merge(r.type(), 1, Integer::sum);
        g.person |= r.person() || r.type() == EntityType.PERSON;
    }

    private static void addOnce(Map<String, List<Group>> bySurname, String key, Group g) {
        List<Group> l = bySurname.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(g)) {
            l.add(g);
        }
    }

    /**
     * Whether a person's name is written surname first: a Chinese or Korean surname before a given name ("Xi
     * Jinping", "Lee Jae-myung"), or a name that ends with a given name and does not start with one, as
     * Hungarian writes it ("Orbán Viktor").
     */
    private boolean surnameFirst(List<String> words) {
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        return KnowledgeBase.surnameFirst(first) || givenName(last) && !givenName(first);
    }

    private boolean givenName(String key) {
        return WordLists.GIVEN_NAMES.contains(key) || kb.isGivenName(key);
    }

    /** The group first mentioned nearest before {@code offset}; else the first one. */
    private static Group nearest(List<Group> candidates, int offset) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        Group best = null;
        int bestStart = -1;
        for (Group g : candidates) {
            for (Reference r : g.refs) {
                if (r.start() < offset && r.start() > bestStart) {
                    best = g;
                    bestStart = r.start();
                }
            }
        }
        return best != null ? best : candidates.get(0);
    }

    /** The one knowledge-base person with this surname who held an office on the article's date. */
    private Group personInOffice(String surname, Map<String, Group> groups) {
        if (date == null) {
            return null;
        }
        Actor found = null;
        for (Actor p : kb.personsWithSurname(surname)) {
            boolean inOffice = kb.rolesOf(p.id()).stream().anyMatch(r -> r.holdersOn(date).contains(p.id()));
            if (inOffice) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        if (found == null) {
            return null;
        }
        Actor person = found;
        Group g = groups.computeIfAbsent("kb:" + person.id(), k -> new Group());
        g.kbId = person.id();
        g.name = person.name();
        g.kbType = EntityType.PERSON;
        return g;
    }

    private Entity toEntity(Group g) {
        EntityType type = g.kbType != null ? g.kbType : g.person ? EntityType.PERSON : majority(g.types);
        String name = g.name != null ? g.name : longestName(g);
        String id = g.kbId != null ? "kb:" + g.kbId
                : type.name().toLowerCase(Locale.ROOT) + ":" + ArticleIds.hash(ArticleIds.normalise(name));
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> spans = new ArrayList<>();
        g.refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Reference r : g.refs) {
            spans.add(new Mention(r.start(), r.end(), tokens.text().substring(r.start(), r.end())));
            for (String f : r.forms()) {
                if (!f.equals(name)) {
                    aliases.add(f);
                }
            }
        }
        return new Entity(id, name, type, List.copyOf(aliases), spans.size(), spans);
    }

    private static String longestName(Group g) {
        String best = null;
        int bestWords = 0;
        for (Reference r : g.refs) {
            int w = words(r.name()).size();
            if (w > bestWords) {
                best = r.name();
                bestWords = w;
            }
        }
        return best == null ? g.refs.get(0).forms().get(0) : best;
    }

    private static EntityType majority(Map<EntityType, Integer> types) {
        EntityType best = EntityType.OTHER;
        int n = 0;
        for (Map.Entry<EntityType, Integer> e : types.entrySet()) {
            if (e.getValue() > n || (e.getValue() == n && best == EntityType.OTHER)) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** Folded words of a name; empty for null. */
    private static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        Tokens t = Tokens.of(name);
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(t.key(i));
        }
        return out;
    }
}
