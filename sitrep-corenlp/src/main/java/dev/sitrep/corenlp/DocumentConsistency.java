package dev.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the CRF's labels agree across one document. The CRF labels each sentence alone, so the same name can
 * come out as a person in one sentence and a place in the next ("MaliVai Washington" ... "Washington fell
 * short"), or be missed where it is named again. A writer does not change what a name stands for within an
 * article, so after labelling:
 * <ol>
 *   <li>a name the knowledge base knows may take the type it gives it ({@link KbTypes}: "Der Spiegel" is a
 *       paper, "PANAMA" in a headline the country);
 *   <li>a one-word name that is the last word of a longer person's name in the document is that person
 *       (a later surname-only mention, "WOODS" in a headline too);
 *   <li>a capitalised run of words the CRF left unlabelled that equals a name found elsewhere in the document,
 *       or one word equal to a person's surname, with no capitalised word just before or after it, is that name
 *       again and takes its most frequent type ("King said" after "Billie Jean King"; "COMELF" in a headline
 *       over "Comelf said").
 * </ol>
 * The CRF's other labels stand: the same words can name a city and its team on one sports page ("NEW YORK AT
 * CHICAGO" over "New York beat Chicago"), so a name is not outvoted by its other occurrences. Relabelling
 * changes the type of a name the CRF found, never its extent. Stateless and thread-safe.
 */
final class DocumentConsistency {
    private static final String OUTSIDE = "O";
    private static final Set<String> PERSON = Set.of("PERSON", "PER");

    /** A run of tokens with one class in one sentence. */
    private record Name(List<CoreLabel> sentence, int from, int to, String cls, String key) {
    }

    private final KbTypes kb;

    DocumentConsistency(KbTypes kb) {
        this.kb = kb;
    }

    /** Relabels, in place, the names of a document's labelled sentences. */
    void apply(List<List<CoreLabel>> sentences) {
        List<Name> found = new ArrayList<>();
        for (List<CoreLabel> s : sentences) {
            names(s, found);
        }
        List<Name> names = new ArrayList<>(found.size());
        for (Name n : found) {
            String cls = kb.classOf(n.key(), n.cls()).orElse(n.cls());
            if (!cls.equals(n.cls())) {
                relabel(n, cls);
            }
            names.add(new Name(n.sentence(), n.from(), n.to(), cls, n.key()));
        }
        if (names.size() < 2) {
            return;
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, String> surnames = new HashMap<>();
        for (Name n : names) {
            votes.computeIfAbsent(n.key(), k -> new HashMap<>()).merge(n.cls(), 1, Integer::sum);
            if (PERSON.contains(n.cls()) && n.to() - n.from() >= 2) {
                String last = n.sentence().get(n.to() - 1).word();
                surnames.putIfAbsent(fold(last), last);
            }
        }
        String person = names.stream().map(Name::cls).filter(PERSON::contains).findFirst().orElse(null);
        for (Name n : names) {
            if (n.to() - n.from() == 1 && surnames.containsKey(fold(n.key())) && !PERSON.contains(n.cls())) {
                relabel(n, person);
            } else {
                String cls = personOrNot(votes.get(n.key()), n.cls(), person);
                if (!cls.equals(n.cls())) {
                    relabel(n, cls);
                }
            }
        }
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String key : votes.keySet()) {
            String[] words = key.split(" ");
            byFirst.computeIfAbsent(fold(words[0]), k -> new ArrayList<>()).add(words);
        }
        surnames.values().forEach(w -> byFirst.computeIfAbsent(fold(w), k -> new ArrayList<>()).add(new String[] {w}));
        for (List<CoreLabel> s : sentences) {
            labelRepeats(s, byFirst, votes, person);
        }
    }

    /** Labels, in one sentence, the unlabelled repeats of the document's names (rule 3 above). */
    private static void labelRepeats(List<CoreLabel> s, Map<String, List<String[]>> byFirst,
            Map<String, Map<String, Integer>> votes, String person) {
        for (int t = 0; t < s.size(); t++) {
            if (!capitalised(s.get(t))) {
                continue;
            }
            List<String[]> candidates = byFirst.get(fold(s.get(t).word()));
            // in upper case every word is capitalised, so the words around a name say nothing
            boolean upper = candidates != null && upperCase(s.get(t).word());
            if (candidates == null || !upper && t > 0 && capitalised(s.get(t - 1))) {
                continue;
            }
            for (String[] words : candidates) {
                int end = t + words.length;
                if (matches(s, t, words) && (upper || end == s.size() || !capitalised(s.get(end)))) {
                    Map<String, Integer> v = votes.get(String.join(" ", words));
                    String cls = v == null ? person : mostFrequent(v);
                    for (int k = t; k < end; k++) {
                        s.get(k).set(CoreAnnotations.AnswerAnnotation.class, cls);
                    }
                    t = end - 1;
                    break;
                }
            }
        }
    }

    /** Whether the words at {@code t} are the name, unlabelled; in upper case ("COMELF") case is ignored. */
    private static boolean matches(List<CoreLabel> s, int t, String[] words) {
        if (t + words.length > s.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String w = s.get(t + k).word();
            boolean same = w.equals(words[k]) || upperCase(w) && w.equalsIgnoreCase(words[k]);
            if (!same || !classOf(s.get(t + k)).equals(OUTSIDE)) {
                return false;
            }
        }
        return true;
    }

    /** Letters, all of them capitals: "PANAMA", "NEW YORK". */
    private static boolean upperCase(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean capitalised(CoreLabel token) {
        String w = token.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String personOrNot(Map<String, Integer> votes, String own, String person) {
        int persons = votes.getOrDefault(person, 0);
        int others = votes.values().stream().mapToInt(Integer::intValue).sum() - persons;
        if (PERSON.contains(own)) {
            return others > persons ? mostFrequent(votes) : own;
        }
        return persons > others ? person : own;
    }

    private static String mostFrequent(Map<String, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void relabel(Name n, String cls) {
        List<CoreLabel> s = n.sentence();
        for (int t = n.from(); t < n.to(); t++) {
            s.get(t).set(CoreAnnotations.AnswerAnnotation.class, cls);
        }
        // a name relabelled into its neighbour's class must stay a name of its own
        if (n.from() > 0 && cls.equals(classOf(s.get(n.from() - 1)))) {
            s.get(n.from()).set(CoreAnnotations.AnswerAnnotation.class, "B-" + cls);
        }
        if (n.to() < s.size() && cls.equals(classOf(s.get(n.to())))) {
            s.get(n.to()).set(CoreAnnotations.AnswerAnnotation.class, "B-" + cls);
        }
    }

    /** Collects the runs of one class, as {@link SpanDecoder} reads them. */
    private static void names(List<CoreLabel> sentence, List<Name> out) {
        int start = -1;
        String open = OUTSIDE;
        for (int t = 0; t <= sentence.size(); t++) {
            String label = t < sentence.size() ? sentence.get(t).get(CoreAnnotations.AnswerAnnotation.class) : null;
            String cls = label == null ? OUTSIDE : stripPrefix(label);
            if (!cls.equals(open) || label != null && label.startsWith("B-")) {
                if (!open.equals(OUTSIDE)) {
                    out.add(new Name(sentence, start, t, open, key(sentence, start, t)));
                }
                open = cls;
                start = t;
            }
        }
    }

    private static String key(List<CoreLabel> sentence, int from, int to) {
        StringBuilder k = new StringBuilder();
        for (int t = from; t < to; t++) {
            k.append(t > from ? " " : "").append(sentence.get(t).word());
        }
        return k.toString();
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static String classOf(CoreLabel token) {
        String label = token.get(CoreAnnotations.AnswerAnnotation.class);
        return label == null ? OUTSIDE : stripPrefix(label);
    }

    static String stripPrefix(String label) {
        return label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    }
}
