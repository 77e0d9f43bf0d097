package dev.sitrep.events;

import dev.sitrep.nlp.Tokens;
import dev.sitrep.nlp.kb.Denotation;
import dev.sitrep.nlp.kb.Gazetteer;
import dev.sitrep.nlp.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors a sentence names, as runs of tokens: names the knowledge base knows (countries, their
 * demonyms and capitals, organisations, people, offices), runs of capitalised words that are not merely
 * capitalised because they start the sentence or name a day, and the common nouns for groups ("rebels",
 * "security forces", "foreign ministers") with the words that qualify them. Parts join across "of" and
 * "for" when a name follows ("Leaders of the Azadliq coalition") and across "in" after a group noun ("police
 * in Jericho"). The word lists are in {@code actor-words.txt}. Immutable; thread-safe.
 */
final class Actors {
    private static final Actors DEFAULT = new Actors();

    /** An actor found: tokens {@code [from, to)} and the knowledge base's name for it, or null. */
    record Span(int from, int to, String canonical) {
    }

    private final Set<String> heads;
    private final Set<String> modifiers;
    private final Set<String> notNames;
    private final Gazetteer gazetteer;

    private Actors() {
        List<String> lines = WordList.lines("/dev/sitrep/events/actor-words.txt");
        heads = Set.copyOf(WordList.section(lines, "heads"));
        modifiers = Set.copyOf(WordList.section(lines, "modifiers"));
        Set<String> not = new HashSet<>(WordList.section(lines, "not-names"));
        for (String w : WordList.lines("/dev/sitrep/nlp/kb/junk-words.txt")) {
            not.add(Tokens.fold(w));
        }
        notNames = Set.copyOf(not);
        gazetteer = KnowledgeBase.shipped().gazetteer();
    }

    static Actors defaults() {
        return DEFAULT;
    }

    /** Whether the token is a noun for a group of people ("rebels", "government"). */
    boolean head(Tokens t, int i) {
        return heads.contains(t.key(i));
    }

    /** The actors of {@code t}, left to right, not overlapping. */
    List<Span> find(Tokens t) {
        int n = t.size();
        String[] canonical = new String[n];
        boolean[] known = new boolean[n];
        int[] matchEnd = new int[n];
        for (Gazetteer.Match m : gazetteer.findAll(t)) {
            String name = switch (m.denotation()) {
                case Denotation.Named d -> d.actor().name();
                case Denotation.Capital c -> c.government().name();
                case Denotation.Title title -> null;
            };
            for (int k = m.from(); k < m.to(); k++) {
                known[k] = true;
                canonical[k] = name;
            }
            matchEnd[m.from()] = m.to();
        }
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!part(t, i, known)) {
                i++;
                continue;
            }
            int from = i;
            int j = i + 1;
            while (j < n) {
                if (Cues.joined(t, j) && part(t, j, known)) {
                    j++;
                } else if (Cues.joined(t, j) && t.key(j).equals("s") && t.gapBefore(j).matches("['’]")) {
                    j++;
                } else if (bridge(t, j, known) > j) {
                    j = bridge(t, j, known);
                } else {
                    break;
                }
            }
            Span s = trim(t, from, j, known, canonical);
            if (s != null && !acronymOfPrevious(t, out, s)) {
                out.add(s);
            }
            i = Math.max(j, from + 1);
        }
        return out;
    }

    /** An acronym in brackets just after an actor ("Labor Office (ILO)") names that actor again. */
    private static boolean acronymOfPrevious(Tokens t, List<Span> out, Span s) {
        if (out.isEmpty() || out.get(out.size() - 1).to() != s.from() || s.to() - s.from() != 1) {
            return false;
        }
        return t.gapBefore(s.from()).strip().equals("(");
    }

    /** A word that can belong to an actor's name or description. */
    private boolean part(Tokens t, int i, boolean[] known) {
        if (known[i]) {
            return true;
        }
        String k = t.key(i);
        if (heads.contains(k) || modifiers.contains(k)) {
            return true;
        }
        return (t.capitalised(i) || t.allCaps(i)) && !notNames.contains(k) && Character.isLetter(k.charAt(0));
    }

    private boolean name(Tokens t, int i, boolean[] known) {
        String k = t.key(i);
        return known[i] || ((t.capitalised(i) || t.allCaps(i)) && !notNames.contains(k) && !heads.contains(k)
                && !modifiers.contains(k));
    }

    /** Where an actor continues after a joining word at {@code j} ("of the", "for", "in"); {@code j} if it does not. */
    private int bridge(Tokens t, int j, boolean[] known) {
        if (j + 1 >= t.size() || !Cues.joined(t, j)) {
            return j;
        }
        String k = t.key(j);
        boolean after = k.equals("of") || k.equals("for")
                || (k.equals("in") && heads.contains(t.key(j - 1)));
        if (!after) {
            return j;
        }
        int next = j + 1;
        if (t.key(next).equals("the") && next + 1 < t.size()) {
            next++;
        }
        return Cues.joined(t, next) && name(t, next, known) && Character.isUpperCase(t.word(next).charAt(0))
                ? next + 1 : j;
    }

    /** The run with qualifiers trimmed off its edges; null when no name nor group noun is left. */
    private Span trim(Tokens t, int from, int to, boolean[] known, String[] canonical) {
        while (from < to && !known[from] && !heads.contains(t.key(from)) && !name(t, from, known)
                && modifiers.contains(t.key(from)) && !endsInHead(t, from, to)) {
            from++;
        }
        while (to > from && modifiers.contains(t.key(to - 1)) && !known[to - 1] && !name(t, to - 1, known)) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        boolean anchored = false;
        String canon = null;
        for (int k = from; k < to; k++) {
            anchored |= known[k] || heads.contains(t.key(k)) || name(t, k, known);
            if (canon == null && canonical[k] != null) {
                canon = canonical[k];
            }
        }
        return anchored ? new Span(from, to, canon) : null;
    }

    private boolean endsInHead(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (heads.contains(t.key(k))) {
                return true;
            }
        }
        return false;
    }
}
