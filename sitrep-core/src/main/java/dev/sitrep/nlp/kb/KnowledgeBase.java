package dev.sitrep.nlp.kb;

import dev.sitrep.nlp.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who in geopolitical news: states, organisations, institutions, people, and who held which office when.
 *
 * <p>The facts live in tab-separated files under {@code dev/sitrep/nlp/kb/} (format in the {@code README.md}
 * there, one fact a line with its provenance). {@link #shipped()} reads them once per JVM; {@link #load(List)}
 * adds a user's own files in the same format on top, replacing shipped entries with the same id. Lookups are
 * hash-map reads and one {@link Gazetteer} pass per text. Immutable and thread-safe.
 */
public final class KnowledgeBase {
    /** The shipped files, in load order. */
    public static final List<String> SHIPPED_FILES = List.of(
            "countries.tsv", "places.tsv", "organisations.tsv", "media.tsv", "metonyms.tsv", "persons.tsv", "roles.tsv",
            "holders.tsv");

    private final Map<String, Actor> actors;
    private final Map<String, Role> roles;
    private final Gazetteer gazetteer;
    private final Map<String, List<Role>> rolesByHolder = new HashMap<>();
    private final Map<String, List<Actor>> personsBySurname = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, Set<String>> surnames = new HashMap<>();

    KnowledgeBase(Map<String, Actor> actors, Map<String, Role> roles, Gazetteer gazetteer) {
        this.actors = Map.copyOf(actors);
        this.roles = Map.copyOf(roles);
        this.gazetteer = gazetteer;
        for (Role r : roles.values()) {
            for (String p : r.allHolders()) {
                rolesByHolder.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
        }
        for (Actor a : actors.values()) {
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            Set<String> keys = computeSurnameKeys(a);
            surnames.put(a.id(), Set.copyOf(keys));
            for (String key : keys) {
                personsBySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
            Tokens t = Tokens.of(a.name());
            if (t.size() > 1 && !t.key(0).equals("king") && !t.key(0).equals("queen")) {
                givenNames.add(t.key(0));
            }
        }
    }

    private static final class Shipped {
        private static final KnowledgeBase INSTANCE = readShipped();

        private static KnowledgeBase readShipped() {
            try {
                return build(List.of());
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped knowledge base is broken: " + e.getMessage(), e);
            }
        }
    }

    /** The knowledge base shipped with Sitrep, read on first use. */
    public static KnowledgeBase shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * The shipped knowledge base with {@code extraFiles} merged over it, in order.
     *
     * @throws KnowledgeBaseException naming file and line, for a line that cannot be used
     * @throws IOException            when a file cannot be read
     */
    public static KnowledgeBase load(List<Path> extraFiles) throws IOException {
        return extraFiles.isEmpty() ? shipped() : build(extraFiles);
    }

    private static KnowledgeBase build(List<Path> extraFiles) throws IOException {
        KbAssembler assembler = new KbAssembler();
        for (String name : SHIPPED_FILES) {
            InputStream in = KnowledgeBase.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException("knowledge-base resource missing: " + name);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                assembler.addAll(KbParser.parse(name, r));
            }
        }
        for (Path p : extraFiles) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                assembler.addAll(KbParser.parse(p.toString(), r));
            }
        }
        return assembler.assemble();
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    public Collection<Role> roles() {
        return roles.values();
    }

    /** The phrase matcher over every name, alias, demonym, capital and office phrase. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Offices {@code personId} ever held. */
    public List<Role> rolesOf(String personId) {
        return rolesByHolder.getOrDefault(personId, List.of());
    }

    /** People whose name ends in the word with folded key {@code key} ("hegseth"). */
    public List<Actor> personsWithSurname(String key) {
        return personsBySurname.getOrDefault(key, List.of());
    }

    /** Whether {@code key} (folded) is the first name of someone in the knowledge base ("pete", "kaja"). */
    public boolean isGivenName(String key) {
        return givenNames.contains(key);
    }

    /** The folded last words of a person's name and multi-word aliases ("zelensky", "zelenskyy", ...). */
    public Set<String> surnameKeys(Actor person) {
        Set<String> keys = surnames.get(person.id());
        return keys != null ? keys : computeSurnameKeys(person);
    }

    private static Set<String> computeSurnameKeys(Actor person) {
        Set<String> keys = new HashSet<>();
        addSurname(keys, person.name());
        for (String alias : person.aliases()) {
            addSurname(keys, alias);
        }
        return keys;
    }

    private static void addSurname(Set<String> keys, String name) {
        Tokens t = Tokens.of(name);
        if (t.size() > 1) {
            keys.add(t.key(t.size() - 1));
            if (surnameFirst(t.key(0))) {
                keys.add(t.key(0)); // "Wang Yi", "Mao Ning": the surname comes first
            }
        }
    }

    /**
     * Whether the folded word is a surname that Chinese and Korean names write before the given name ("wang" of "Wang
     * Yi"), from the shipped list {@code surnames-first.txt}.
     */
    public static boolean surnameFirst(String foldedWord) {
        return SurnamesFirst.SET.contains(foldedWord);
    }

    /** The shipped list of surnames written first, folded, read once. */
    private static final class SurnamesFirst {
        private static final Set<String> SET = read();

        private static Set<String> read() {
            InputStream in = KnowledgeBase.class.getResourceAsStream("surnames-first.txt");
            if (in == null) {
                throw new IllegalStateException("knowledge-base resource missing: surnames-first.txt");
            }
            Set<String> out = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        out.add(Tokens.fold(w));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(out);
        }
    }

    /** How much the knowledge base holds. */
    public Stats stats() {
        int countries = 0;
        int orgs = 0;
        int institutions = 0;
        int persons = 0;
        int places = 0;
        for (Actor a : actors.values()) {
            switch (a.kind()) {
                case COUNTRY -> countries++;
                case ORGANISATION -> orgs++;
                case INSTITUTION -> institutions++;
                case PERSON -> persons++;
                case PLACE -> places++;
                default -> {
                }
            }
        }
        int tenures = roles.values().stream().mapToInt(r -> r.tenures().size()).sum();
        return new Stats(countries, places, orgs, institutions, persons, roles.size(), tenures, gazetteer.size());
    }

    /** Counts of what the knowledge base holds; {@code aliases} counts every phrase the gazetteer matches. */
    public record Stats(int countries, int places, int organisations, int institutions, int persons, int roles,
            int tenures, int aliases) {
    }
}
