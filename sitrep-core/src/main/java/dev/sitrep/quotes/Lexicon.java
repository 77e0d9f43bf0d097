package dev.sitrep.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of the quote stage, read once from {@code src/main/resources/dev/sitrep/quotes/}: speech verbs
 * with their forms, multi-word cues, speaker head nouns, unnamed-source patterns, block-quote introductions and
 * small closed word classes. Immutable and shared.
 */
public final class Lexicon {
    private static final Lexicon DEFAULT = load();

    private final Map<String, String> verbForms;
    private final Set<String> colonOnly;
    private final List<String> cuePhrases;
    private final List<String[]> cuePhraseWords;
    private final Set<String> titleHeads;
    private final Set<String> groupHeads;
    private final Pattern anonymous;
    private final Pattern anonymousAt;
    private final List<Pattern> blockIntros;
    private final Map<String, Set<String>> classes;

    private Lexicon(Map<String, String> verbForms, Set<String> colonOnly, List<String> cuePhrases,
            Set<String> titleHeads, Set<String> groupHeads, String anonymous, List<Pattern> blockIntros,
            Map<String, Set<String>> classes) {
        this.verbForms = Map.copyOf(verbForms);
        this.colonOnly = Set.copyOf(colonOnly);
        this.cuePhrases = List.copyOf(cuePhrases);
        this.cuePhraseWords = cuePhrases.stream().map(p -> p.split(" ")).toList();
        this.titleHeads = Set.copyOf(titleHeads);
        this.groupHeads = Set.copyOf(groupHeads);
        this.anonymous = Pattern.compile("(?:" + anonymous + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.anonymousAt = Pattern.compile(anonymous, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.blockIntros = List.copyOf(blockIntros);
        this.classes = Map.copyOf(classes);
    }

    /** The lexicon bundled with Sitrep. */
    public static Lexicon defaults() {
        return DEFAULT;
    }

    /** The base form of a speech verb form ("insists" to "insist"), or null when {@code word} is none. */
    public String speechVerb(String word) {
        return verbForms.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the verb reports speech only before a colon or a quotation ("continued:"). */
    public boolean colonOnly(String base) {
        return colonOnly.contains(base);
    }

    /** Multi-word cues followed by their speaker ("according to"), lower case. */
    public List<String> cuePhrases() {
        return cuePhrases;
    }

    /** The same cues split into words. */
    List<String[]> cuePhraseWords() {
        return cuePhraseWords;
    }

    /** Nouns naming an office one person holds ("secretary", "minister"). */
    public boolean titleHead(String word) {
        return titleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Nouns heading a collective or unnamed speaker ("officials", "diplomat"). */
    public boolean groupHead(String word) {
        return groupHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Postmodifiers that make a phrase an unnamed source, anchored at the end of the phrase. */
    public Pattern anonymousTail() {
        return anonymous;
    }

    /** The same postmodifiers, to match with {@code lookingAt} where a speaker phrase's head ends. */
    public Pattern anonymousAt() {
        return anonymousAt;
    }

    /** Patterns of a paragraph that introduces a block quote. */
    public List<Pattern> blockIntros() {
        return blockIntros;
    }

    /** Whether {@code word} (any case) belongs to the closed class {@code name} of {@code words.txt}. */
    public boolean is(String name, String word) {
        Set<String> set = classes.get(name);
        return set != null && set.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Lexicon load() {
        Map<String, String> forms = new HashMap<>();
        Set<String> colonOnly = new HashSet<>();
        for (String line : lines("speech-verbs.txt")) {
            String[] w = line.split("\\s+");
            boolean colon = w[w.length - 1].equals("colon-only");
            for (int i = 0; i < w.length - (colon ? 1 : 0); i++) {
                forms.put(w[i], w[0]);
            }
            if (colon) {
                colonOnly.add(w[0]);
            }
        }
        Set<String> titles = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (String line : lines("speaker-heads.txt")) {
            String[] w = line.split("\\s+");
            (w[1].equals("title") ? titles : groups).add(w[0]);
        }
        String anon = String.join("|", lines("anonymous-sources.txt"));
        List<Pattern> intros = new ArrayList<>();
        for (String line : lines("block-intros.txt")) {
            intros.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        Map<String, Set<String>> classes = new HashMap<>();
        for (String line : lines("words.txt")) {
            String[] w = line.split("\\s+");
            classes.put(w[0], Set.of(java.util.Arrays.copyOfRange(w, 1, w.length)));
        }
        return new Lexicon(forms, colonOnly, lines("cue-phrases.txt"), titles, groups, anon, intros, classes);
    }

    /** The non-blank, non-comment lines of a bundled resource. */
    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/sitrep/quotes/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/sitrep/quotes/" + name, e);
        }
        return out;
    }
}
