package dev.sitrep.nlp.kb;

import dev.sitrep.nlp.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every knowledge-base phrase in a text in one left-to-right pass, longest match first: a trie over the
 * folded tokens of all aliases.
 *
 * <p>Written by hand because nothing in the core module's dependencies matches a dictionary of multi-word
 * phrases over tokens with offsets (Lucene's synonym filters live in the store module and would bring the whole
 * analysis chain into the core); the trie is a map per node and costs one hash lookup per token and depth.
 *
 * <p>Matching folds case and diacritics, then checks the case of each word against the alias as written: a
 * word written in capitals ("NATO", "US") must appear in capitals, a capitalised word ("Kyiv") capitalised, and
 * a lower-case word ("defence secretary") in any case. So "US" never matches "us" and "WHO" never matches "who".
 * Immutable once built; thread-safe.
 */
public final class Gazetteer {
    private final Node root;
    private final int size;

    private Gazetteer(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** A phrase found in text: tokens {@code [from, to)} stand for {@code denotation}. */
    public record Match(int from, int to, Denotation denotation) {
    }

    /** {@code casing}: per alias word, 0 any case, 1 capitalised, 2 all capitals. */
    private record Entry(byte[] casing, int priority, long order, Denotation denotation) {
    }

    private static final class Node {
        private Map<String, Node> next;
        private List<Entry> entries;
    }

    /** How many alias entries the trie holds. */
    public int size() {
        return size;
    }

    /** Every phrase in {@code tokens}, left to right, not overlapping, the longest at each position. */
    public List<Match> findAll(Tokens tokens) {
        List<Match> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Node node = root;
            Entry best = null;
            int bestEnd = -1;
            for (int j = i; j < n; j++) {
                if (node.next == null || (j > i && !continuous(tokens, j))) {
                    break;
                }
                node = node.next.get(tokens.key(j));
                if (node == null) {
                    break;
                }
                if (node.entries != null) {
                    Entry e = pick(node.entries, tokens, i);
                    if (e != null) {
                        best = e;
                        bestEnd = j + 1;
                    }
                }
            }
            if (best != null) {
                out.add(new Match(i, bestEnd, best.denotation()));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A phrase does not run across a line break or the end of a sentence. */
    private static boolean continuous(Tokens tokens, int j) {
        String gap = tokens.gapBefore(j);
        boolean dot = false;
        boolean space = false;
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            switch (c) {
                case '\n', '\r', '!', '?', ';', ':', '“', '”', '"', '(', ')', '|' -> {
                    return false;
                }
                case '.' -> dot = true;
                default -> space |= Character.isWhitespace(c);
            }
        }
        return !(dot && space && Character.isUpperCase(tokens.text().charAt(tokens.start(j)))
                && tokens.key(j - 1).length() > 1);
    }

    private static Entry pick(List<Entry> entries, Tokens tokens, int from) {
        Entry best = null;
        for (Entry e : entries) {
            if (caseFits(e.casing(), tokens, from)
                    && (best == null || e.priority() > best.priority()
                        || (e.priority() == best.priority() && e.order() > best.order()))) {
                best = e;
            }
        }
        return best;
    }

    private static boolean caseFits(byte[] casing, Tokens tokens, int from) {
        for (int k = 0; k < casing.length; k++) {
            boolean fits = switch (casing[k]) {
                case 2 -> tokens.allCaps(from + k);
                case 1 -> tokens.capitalised(from + k);
                default -> true;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** Collects aliases; the last added of equal priority wins where two denote different things. */
    public static final class Builder {
        private final Node root = new Node();
        private int size;
        private long order;

        /** Adds {@code alias} for {@code denotation}; higher {@code priority} wins over lower on the same words. */
        public Builder add(String alias, int priority, Denotation denotation) {
            Tokens t = Tokens.of(alias);
            if (t.size() == 0) {
                return this;
            }
            Node node = root;
            byte[] casing = new byte[t.size()];
            for (int k = 0; k < t.size(); k++) {
                casing[k] = (byte) (t.allCaps(k) ? 2 : t.capitalised(k) ? 1 : 0);
                if (node.next == null) {
                    node.next = new HashMap<>(4);
                }
                node = node.next.computeIfAbsent(t.key(k), x -> new Node());
            }
            if (node.entries == null) {
                node.entries = new ArrayList<>(1);
            }
            node.entries.add(new Entry(casing, priority, order++, denotation));
            size++;
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(root, size);
        }
    }
}
