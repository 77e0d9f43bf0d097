package dev.sitrep.positions;

import dev.sitrep.dedup.FunctionWords;
import dev.sitrep.positions.PhraseTable.Hit;
import dev.sitrep.positions.Words.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A proposition a user takes positions on ("Ukraine should join NATO"), with the words that name it.
 *
 * <p>{@code about} holds groups of alternative words for what the issue is about; a sentence bears on the issue
 * when it holds a word of at least {@link #need()} groups. {@code claim} words say what the proposition asserts
 * of it ("join", "serious"), {@code counter} words the opposite assertion ("neutrality"). Every word is widened by
 * Sitrep's synonym sets ({@code synonyms.txt}) and compared by stem, so "accession" and "joining" find "join", and
 * "global warming" finds "climate change". An issue from a bare proposition ({@link #of(String)}) takes its
 * about-groups from the words before its verb (and the proper names after it) and its claim from the rest; an
 * issues file ({@link Issues}) may name them itself. A proposition with a negation ("should not join") is
 * {@link #negated()}: its words are those of the positive one, and the stance is turned round.
 */
public final class Issue {
    private static final Set<String> VERBS = Set.of("is", "are", "be", "was", "were", "should", "must", "will",
            "would", "need", "needs", "ought", "can", "could", "shall", "has", "have", "deserves", "deserve");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nor");

    /** What a word of the issue is: one of the about-groups (numbered), a claim word or a counter word. */
    record Role(Kind kind, int group) {
    }

    enum Kind { ABOUT, CLAIM, COUNTER }

    /** Where a sentence bears on an issue: the issue's words it holds, as written in the sentence. */
    public record Mention(List<String> terms) {
        public Mention {
            terms = List.copyOf(terms);
        }
    }

    private final String id;
    private final String proposition;
    private final List<List<String>> about;
    private final List<String> claim;
    private final List<String> counter;
    private final int need;
    private final boolean negated;
    private final boolean evaluative;
    private final int claimValence;
    private final PhraseTable<Role> table = new PhraseTable<>();
    /** The words each about-group and the claim and counter words match, widened by the synonym sets. */
    private final List<Set<String>> aboutWords = new ArrayList<>();
    private final Set<String> predicateWords = new LinkedHashSet<>();

    private Issue(String id, String proposition, List<List<String>> about, List<String> claim, List<String> counter,
            int need) {
        if (proposition.isBlank()) {
            throw new IllegalArgumentException("an issue needs a proposition");
        }
        this.proposition = proposition.strip();
        this.about = about.stream().map(List::copyOf).toList();
        this.claim = List.copyOf(claim);
        this.counter = List.copyOf(counter);
        this.need = Math.max(1, Math.min(need, this.about.size()));
        this.id = id == null || id.isBlank() ? slug(this.proposition) : id.strip();
        this.negated = Words.tokens(this.proposition).stream().anyMatch(t -> NEGATIONS.contains(t.stem())
                || t.stem().endsWith("n't"));
        this.evaluative = Words.tokens(this.proposition).stream().map(t -> t.text().toLowerCase(Locale.ROOT))
                .filter(w -> VERBS.contains(w)).findFirst().filter(COPULAS::contains).isPresent();
        this.claimValence = this.claim.stream().anyMatch(Issue::bad) ? -1 : 1;
        for (int g = 0; g < this.about.size(); g++) {
            for (String w : this.about.get(g)) {
                widen(w, new Role(Kind.ABOUT, g));
            }
        }
        this.claim.forEach(w -> widen(w, new Role(Kind.CLAIM, -1)));
        this.counter.forEach(w -> widen(w, new Role(Kind.COUNTER, -1)));
    }

    private void widen(String word, Role role) {
        Set<String> words = Lexicons.widen(word);
        if (role.kind() != Kind.ABOUT && words.size() == 1) {
            // a claim phrase of its own ("serious concern") also counts word by word ("a grave threat")
            for (String part : contentPhrases(Words.tokens(word))) {
                words.addAll(Lexicons.widen(part));
            }
        }
        for (String w : words) {
            table.add(w, role);
        }
        if (role.kind() == Kind.ABOUT) {
            while (aboutWords.size() <= role.group()) {
                aboutWords.add(new LinkedHashSet<>());
            }
            aboutWords.get(role.group()).addAll(words);
        } else {
            predicateWords.addAll(words);
        }
    }

    /**
     * An issue with its words named: {@code about} groups (at least one), claim and counter words, and how many
     * groups a sentence must hold ({@code need} &lt;= 0 for all of them). A null or blank id is made from the
     * proposition.
     */
    public static Issue of(String id, String proposition, List<List<String>> about, List<String> claim,
            List<String> counter, int need) {
        if (about.isEmpty()) {
            throw new IllegalArgumentException("issue \"" + proposition + "\" names nothing it is about");
        }
        return new Issue(id, proposition, about, claim, counter, need <= 0 ? about.size() : need);
    }

    /** An issue from a proposition alone, its words taken from the proposition itself. */
    public static Issue of(String proposition) {
        List<Token> words = Words.tokens(proposition).stream().filter(t -> !t.boundary()).toList();
        int verb = 0;
        while (verb < words.size() && !VERBS.contains(words.get(verb).text().toLowerCase(Locale.ROOT))) {
            verb++;
        }
        List<List<String>> about = new ArrayList<>();
        List<String> claim = new ArrayList<>();
        for (String phrase : contentPhrases(words.subList(0, verb))) {
            about.add(List.of(phrase));
        }
        List<Token> rest = words.subList(Math.min(verb + 1, words.size()), words.size());
        for (String phrase : contentPhrases(rest)) {
            boolean named = Character.isUpperCase(phrase.charAt(0)) || phrase.chars().anyMatch(Character::isDigit);
            if (named || about.isEmpty() && rest.size() > 0) {
                about.add(List.of(phrase));
            } else {
                claim.add(phrase);
            }
        }
        if (about.isEmpty()) {
            throw new IllegalArgumentException("issue \"" + proposition + "\" has no words to match");
        }
        return new Issue(null, proposition, about, claim, List.of(), about.size());
    }

    /** The words that are neither function words nor negations, a synonym phrase ("climate change") kept whole. */
    private static List<String> contentPhrases(List<Token> words) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            int n = Lexicons.longestSynonym(words, i);
            Token t = words.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (n > 1) {
                out.add(t.text().charAt(0) + join(words, i, i + n).substring(1));
                i += n;
                continue;
            }
            if (!FunctionWords.contains(lower) && !NEGATIONS.contains(t.stem()) && !t.stem().endsWith("n't")) {
                out.add(t.text());
            }
            i++;
        }
        return List.copyOf(out);
    }

    private static String join(List<Token> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(words.get(k).text());
        }
        return b.toString();
    }

    private static String slug(String proposition) {
        String s = proposition.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    /** Where {@code sentence} bears on this issue, with the issue's words it holds; empty when it does not. */
    public Optional<Mention> mentionedIn(String sentence) {
        List<Token> tokens = Words.tokens(sentence);
        List<Hit<Role>> hits = hits(tokens, sentence);
        return covers(hits) ? Optional.of(new Mention(hits.stream().map(Hit::text).distinct().toList()))
                : Optional.empty();
    }

    /**
     * Whether {@code sentence} speaks to the proposition itself: it bears on the issue and, for a proposal, also
     * holds a claim or counter word ("accession", "neutrality"), so that a statement naming Ukraine and NATO on
     * another matter is not taken as a position on Ukraine joining NATO. A judgement's claim words judge wherever
     * they stand ({@link #evaluative()}), so bearing on it is enough.
     */
    public boolean onPoint(String sentence) {
        return onPoint(Words.tokens(sentence), sentence);
    }

    /** {@link #onPoint(String)} over the sentence's tokens, read once for several issues. */
    boolean onPoint(List<Token> tokens, String sentence) {
        List<Hit<Role>> hits = hits(tokens, sentence);
        return covers(hits) && (!needsPredicate() || hits.stream().anyMatch(h -> h.label().kind() != Kind.ABOUT));
    }

    /** This issue's words in the tokens, left to right, longest first, none overlapping. */
    List<Hit<Role>> hits(List<Token> tokens, String text) {
        List<Hit<Role>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Hit<Role> h = table.at(tokens, i, text);
            if (h != null) {
                out.add(h);
                i = h.to() - 1;
            }
        }
        return out;
    }

    /** Whether the hits hold words of enough about-groups. */
    boolean covers(List<Hit<Role>> hits) {
        BitSet groups = new BitSet();
        for (Hit<Role> h : hits) {
            if (h.label().kind() == Kind.ABOUT) {
                groups.set(h.label().group());
            }
        }
        return groups.cardinality() >= need;
    }

    public String id() {
        return id;
    }

    public String proposition() {
        return proposition;
    }

    /** The about-groups as given, before widening by synonyms. */
    public List<List<String>> about() {
        return about;
    }

    /** Every word or phrase that names each about-group, its synonyms included, group by group. */
    public List<Set<String>> aboutWords() {
        return aboutWords.stream().map(Set::copyOf).toList();
    }

    /** Every claim and counter word or phrase, synonyms included: what a statement {@link #onPoint} must hold. */
    public Set<String> predicateWords() {
        return Set.copyOf(predicateWords);
    }

    /** Whether {@link #onPoint} asks for a claim or counter word besides the about-groups. */
    public boolean needsPredicate() {
        return !evaluative && !(claim.isEmpty() && counter.isEmpty());
    }

    public List<String> claim() {
        return claim;
    }

    public List<String> counter() {
        return counter;
    }

    public int need() {
        return need;
    }

    /** Whether the proposition denies rather than asserts ("Ukraine should not join NATO"). */
    public boolean negated() {
        return negated;
    }

    /**
     * Whether the proposition is a judgement ("climate change is a serious concern": its first verb is a form of
     * "be") rather than a proposal ("Ukraine should join NATO"): a judgement's claim words judge wherever they
     * stand, a proposal's may only name the topic.
     */
    public boolean evaluative() {
        return evaluative;
    }

    /** -1 when the claim judges something bad ("a serious concern"), +1 otherwise ("should join"). */
    int claimValence() {
        return claimValence;
    }

    private static boolean bad(String phrase) {
        List<Token> tokens = Words.tokens(phrase);
        for (int i = 0; i < tokens.size(); i++) {
            Hit<String> h = Lexicons.cues().at(tokens, i, null);
            if (h != null && h.label().equals("bad")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return id + ": " + proposition;
    }
}
