package dev.sitrep.nlp.kb;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.Tokens;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns checked lines into a {@link KnowledgeBase}: later lines with the same kind and id replace earlier ones
 * (so a user's file overrides the shipped facts), cross-references are resolved, and every name, alias,
 * demonym, capital and office phrase goes into one {@link Gazetteer}.
 */
final class KbAssembler {
    /** Gazetteer priorities: an explicit metonym beats a name, a name beats a capital or an office phrase. */
    private static final int EXPLICIT = 3;
    private static final int NAME = 2;
    private static final int WEAK = 1;

    private final Map<String, KbLine> actorLines = new LinkedHashMap<>();
    private final Map<String, KbLine> titleLines = new LinkedHashMap<>();
    private final Map<String, KbLine> roleLines = new LinkedHashMap<>();
    private final List<KbLine> holderLines = new ArrayList<>();

    void addAll(List<KbLine> lines) throws KnowledgeBaseException {
        for (KbLine l : lines) {
            String id = l.cell(1);
            switch (l.kind()) {
                case "title" -> titleLines.put(id, l);
                case "role" -> roleLines.put(id, l);
                case "holder" -> holderLines.add(l);
                default -> {
                    KbLine before = actorLines.get(id);
                    if (before != null && !before.kind().equals(l.kind())) {
                        throw l.error("id '" + id + "' is already a " + before.kind() + " (" + before.file() + ":"
                                + before.number() + ")");
                    }
                    actorLines.put(id, l);
                }
            }
        }
    }

    KnowledgeBase assemble() throws KnowledgeBaseException {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Actor> citiesByKey = new HashMap<>();
        Gazetteer.Builder gaz = new Gazetteer.Builder();
        List<KbLine> merges = new ArrayList<>();
        for (KbLine l : actorLines.values()) {
            switch (l.kind()) {
                case "country" -> addCountry(l, actors, citiesByKey, gaz);
                case "org" -> put(actors, gaz, l, new Actor(l.cell(1), l.cell(2), type(l, l.cell(4)),
                        ActorKind.ORGANISATION, l.list(3), blankToNull(l.cell(5)), l.cell(6)), NAME);
                case "place" -> put(actors, gaz, l, new Actor(l.cell(1), l.cell(2), type(l, l.cell(4)),
                        ActorKind.PLACE, l.list(3), blankToNull(l.cell(5)), l.cell(6)), NAME);
                case "person" -> put(actors, gaz, l, new Actor(l.cell(1), l.cell(2), EntityType.PERSON,
                        ActorKind.PERSON, l.list(3), null, l.cell(4)), NAME);
                case "metonym" -> {
                    switch (l.cell(4)) {
                        case "own" -> put(actors, gaz, l, new Actor(l.cell(1), l.cell(2), EntityType.ORG,
                                ActorKind.INSTITUTION, l.list(3), l.cell(5), l.cell(6)), EXPLICIT);
                        case "merge" -> merges.add(l);
                        default -> throw l.error("metonym mode must be 'own' or 'merge', found '" + l.cell(4) + "'");
                    }
                }
                default -> throw l.error("unexpected kind " + l.kind());
            }
        }
        for (KbLine l : actorLines.values()) {
            Actor a = actors.get(l.cell(1));
            if (a != null && a.link() != null && !actors.containsKey(a.link())) {
                throw l.error("links to unknown id '" + a.link() + "'");
            }
        }
        for (KbLine l : merges) {
            Actor government = actors.get(l.cell(5));
            if (government == null) {
                throw l.error("metonym stands for unknown id '" + l.cell(5) + "'");
            }
            Actor city = citiesByKey.get(Tokens.fold(l.cell(2)));
            if (city == null) {
                city = new Actor("city/" + l.cell(1), l.cell(2), EntityType.GPE, ActorKind.CITY, l.list(3), null,
                        l.cell(6));
                actors.put(city.id(), city);
            }
            addNames(gaz, l.cell(2), l.list(3), EXPLICIT, new Denotation.Capital(city, government));
        }
        Map<String, Role> roles = assembleRoles(actors, gaz);
        return new KnowledgeBase(actors, roles, gaz.build());
    }

    private Map<String, Role> assembleRoles(Map<String, Actor> actors, Gazetteer.Builder gaz)
            throws KnowledgeBaseException {
        Map<String, List<Tenure>> tenures = new HashMap<>();
        for (KbLine h : holderLines) {
            if (!roleLines.containsKey(h.cell(1))) {
                throw h.error("holder of unknown role '" + h.cell(1) + "'");
            }
            Actor p = actors.get(h.cell(2));
            if (p == null || p.kind() != ActorKind.PERSON) {
                throw h.error("holder names unknown person '" + h.cell(2) + "'");
            }
            LocalDate start = date(h, h.cell(3), false);
            if (start == null) {
                throw h.error("holder needs a start date");
            }
            LocalDate end = date(h, h.cell(4), true);
            if (end != null && end.isBefore(start)) {
                throw h.error("end " + h.cell(4) + " is before start " + h.cell(3));
            }
            tenures.computeIfAbsent(h.cell(1), k -> new ArrayList<>()).add(new Tenure(p.id(), start, end, h.cell(5)));
        }
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, Set<Role>> generic = new LinkedHashMap<>();
        Map<String, Set<Role>> own = new LinkedHashMap<>();
        for (KbLine l : roleLines.values()) {
            if (!actors.containsKey(l.cell(3))) {
                throw l.error("office of unknown id '" + l.cell(3) + "'");
            }
            List<String> phrases = new ArrayList<>();
            Set<String> qualified = new LinkedHashSet<>();
            List<String> genericPhrases = new ArrayList<>();
            for (String alias : l.list(4)) {
                if (alias.startsWith("@")) {
                    KbLine t = titleLines.get(alias.substring(1));
                    if (t == null) {
                        throw l.error("unknown title family '" + alias + "'");
                    }
                    genericPhrases.addAll(t.list(2));
                } else {
                    qualified.add(alias);
                }
            }
            phrases.addAll(genericPhrases);
            phrases.addAll(qualified);
            List<Tenure> ts = new ArrayList<>(tenures.getOrDefault(l.cell(1), List.of()));
            ts.sort(Comparator.comparing(Tenure::start));
            Role role = new Role(l.cell(1), l.cell(2), l.cell(3), phrases, qualified, ts, l.cell(5));
            roles.put(role.id(), role);
            for (String p : genericPhrases) {
                generic.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(role);
            }
            for (String p : qualified) {
                own.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(role);
            }
        }
        // A phrase that some office uses generically stays generic for all of them.
        Map<String, Set<Role>> genericByKey = new HashMap<>();
        generic.forEach((p, rs) -> genericByKey.computeIfAbsent(Tokens.fold(p), k -> new LinkedHashSet<>()).addAll(rs));
        own.forEach((p, rs) -> {
            Set<Role> g = genericByKey.get(Tokens.fold(p));
            if (g != null) {
                g.addAll(rs);
            } else {
                gaz.add(p, WEAK, new Denotation.Title(List.copyOf(rs), rs.size() == 1));
            }
        });
        generic.forEach((p, rs) -> gaz.add(p, WEAK,
                new Denotation.Title(List.copyOf(genericByKey.get(Tokens.fold(p))), false)));
        return roles;
    }

    private static void addCountry(KbLine l, Map<String, Actor> actors, Map<String, Actor> citiesByKey,
            Gazetteer.Builder gaz) throws KnowledgeBaseException {
        Actor country = new Actor(l.cell(1), l.cell(2), EntityType.GPE, ActorKind.COUNTRY, l.list(3), null, l.cell(6));
        put(actors, gaz, l, country, NAME);
        List<String> demonyms = l.list(4);
        if (!demonyms.isEmpty()) {
            List<String> forms = new ArrayList<>();
            for (String d : demonyms) {
                forms.add(d);
                if (pluralises(d)) {
                    forms.add(d + "s");
                }
            }
            Actor people = new Actor("norp/" + country.id(), demonyms.get(0), EntityType.NORP, ActorKind.PEOPLE,
                    forms.subList(1, forms.size()), country.id(), l.cell(6));
            put(actors, gaz, l, people, NAME);
        }
        if (!l.cell(5).isEmpty()) {
            for (String group : l.cell(5).split(";")) {
                List<String> variants = List.of(group.split("\\|")).stream().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                if (variants.isEmpty()) {
                    continue;
                }
                Actor city = new Actor("city/" + slug(variants.get(0)), variants.get(0), EntityType.GPE,
                        ActorKind.CITY, variants.subList(1, variants.size()), country.id(), l.cell(6));
                actors.put(city.id(), city);
                citiesByKey.put(Tokens.fold(city.name()), city);
                addNames(gaz, city.name(), city.aliases(), WEAK, new Denotation.Capital(city, country));
            }
        }
    }

    /** English demonyms that take a plural "s": not "Swiss", "Chinese", "French", "Malagasy". */
    private static boolean pluralises(String d) {
        return !(d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese") || d.endsWith("y")
                || d.endsWith("x"));
    }

    private static void put(Map<String, Actor> actors, Gazetteer.Builder gaz, KbLine l, Actor a, int priority) {
        actors.put(a.id(), a);
        addNames(gaz, a.name(), a.aliases(), priority, new Denotation.Named(a));
    }

    private static void addNames(Gazetteer.Builder gaz, String name, List<String> aliases, int priority, Denotation d) {
        gaz.add(name, priority, d);
        for (String alias : aliases) {
            gaz.add(alias, priority, d);
        }
    }

    private static EntityType type(KbLine l, String cell) throws KnowledgeBaseException {
        try {
            return EntityType.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw l.error("unknown entity type '" + cell + "'");
        }
    }

    /** ISO day, or a month alone: its first day for a start, the first day of the next month for an end. */
    private static LocalDate date(KbLine l, String cell, boolean end) throws KnowledgeBaseException {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            if (cell.length() == 7) {
                LocalDate first = LocalDate.parse(cell + "-01");
                return end ? first.plusMonths(1) : first;
            }
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw l.error("bad date '" + cell + "', expected YYYY-MM-DD or YYYY-MM");
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    static String slug(String name) {
        return Tokens.fold(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
