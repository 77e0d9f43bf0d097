package dev.sitrep.positions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An issues file: the propositions positions are taken on. UTF-8 text, one {@code key: value} a line, {@code #}
 * comment lines and blank lines ignored; {@code issue:} starts an issue, and the lines after it up to the next
 * {@code issue:} describe it:
 *
 * <pre>
 * issue: Ukraine should join NATO       the proposition
 * id: ukraine-nato                      optional, else made from the proposition
 * about: ukraine                        one group of alternatives (comma-separated); one line per group
 * about: nato
 * claim: join, membership               what the proposition asserts
 * counter: neutrality                   the opposite assertion
 * need: 2                               how many about-groups a sentence must hold (default: all)
 * </pre>
 *
 * An issue with no {@code about:} line takes its words from the proposition ({@link Issue#of(String)}). The
 * defaults for the beat are {@code issues.txt} beside this class.
 */
public final class Issues {
    private static final List<Issue> DEFAULTS = loadDefaults();

    private Issues() {
    }

    /** The issues Sitrep ships for its beat. */
    public static List<Issue> defaults() {
        return DEFAULTS;
    }

    /**
     * The default issue with this id or this proposition (case and spacing ignored); else the one default issue the
     * words speak to ("Ukraine joining NATO" is "Ukraine should join NATO": its about-groups and a claim word), unless
     * they deny it; else an issue made from the words of {@code proposition} alone.
     */
    public static Issue named(String proposition) {
        Optional<Issue> known = find(DEFAULTS, proposition);
        if (known.isPresent()) {
            return known.get();
        }
        Issue bare = Issue.of(proposition);
        if (!bare.negated()) {
            List<Issue> meant = DEFAULTS.stream().filter(d -> d.onPoint(proposition)).toList();
            if (meant.size() == 1) {
                return meant.get(0);
            }
        }
        return bare;
    }

    /** The issue among {@code issues} whose id or proposition is {@code name}, ignoring case and spacing. */
    public static Optional<Issue> find(List<Issue> issues, String name) {
        String want = normal(name);
        return issues.stream().filter(i -> normal(i.id()).equals(want) || normal(i.proposition()).equals(want))
                .findFirst();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }

    /** Reads an issues file; a line it cannot read is an {@link IllegalArgumentException} naming file and line. */
    public static List<Issue> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads issues in the file format; {@code name} is what errors call the source. */
    public static List<Issue> read(Reader in, String name) throws IOException {
        List<Issue> out = new ArrayList<>();
        Draft d = null;
        BufferedReader r = new BufferedReader(in);
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            String key = colon < 0 ? "" : t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : t.substring(colon + 1).strip();
            if (key.equals("issue")) {
                if (d != null) {
                    out.add(d.build(name));
                }
                d = new Draft(value, n);
                continue;
            }
            if (d == null || value.isEmpty()) {
                throw new IllegalArgumentException(name + ": line " + n + ": expected \"issue: <proposition>\"" 
                        + (d == null ? " first" : " or \"key: value\""));
            }
            switch (key) {
                case "id" -> d.id = value;
                case "about" -> d.about.add(list(value));
                case "claim" -> d.claim.addAll(list(value));
                case "counter" -> d.counter.addAll(list(value));
                case "need" -> d.need = number(value, name, n);
                default -> throw new IllegalArgumentException(name + ": line " + n + ": unknown key \"" + key
                        + "\" (issue, id, about, claim, counter, need)");
            }
        }
        if (d != null) {
            out.add(d.build(name));
        }
        return List.copyOf(out);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int number(String value, String name, int line) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": line " + line + ": need is not a number: " + value, e);
        }
    }

    /** An issue being read. */
    private static final class Draft {
        final String proposition;
        final int line;
        String id;
        int need;
        final List<List<String>> about = new ArrayList<>();
        final List<String> claim = new ArrayList<>();
        final List<String> counter = new ArrayList<>();

        Draft(String proposition, int line) {
            this.proposition = proposition;
            this.line = line;
        }

        Issue build(String name) {
            if (proposition.isBlank()) {
                throw new IllegalArgumentException(name + ": line " + line + ": issue without a proposition");
            }
            if (about.isEmpty()) {
                Issue derived = Issue.of(proposition);
                return Issue.of(id, proposition, derived.about(), concat(derived.claim(), claim), counter, need);
            }
            return Issue.of(id, proposition, about, claim, counter, need);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    private static List<Issue> loadDefaults() {
        return Resources.read("issues.txt", in -> read(in, "issues.txt"));
    }
}
