package dev.sitrep.positions;

import dev.sitrep.positions.Issue.Kind;
import dev.sitrep.positions.Issue.Role;
import dev.sitrep.positions.PhraseTable.Hit;
import dev.sitrep.positions.Words.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The features of a sentence relative to an issue, which {@link StanceModel} weighs, each with the words that
 * raised it (the evidence). Nothing here knows a particular issue: a feature names a cue class of
 * {@code stance-cues.txt} ("oppose", "dismiss", "obligation") or the part of the issue a word belongs to
 * ("claim", "counter"), with "-negated" when a negation reaches it, and a cue feature also names its entry
 * ("cue:dismiss:hoax") so that the model can weigh words within a class.
 *
 * <p>How it reads a sentence: the issue's words are found first (longest first), then the cues among the other
 * words. A negation reaches forward to the end of its clause (a punctuation mark or "but", "although", ...) or
 * six words, whichever comes first; two negations cancel. An obligation ("must", "should") right before a claim
 * word ("Russia must lose") is a feature of its own. The polarity features count what the cues plainly say
 * (support: for; oppose, dismiss: against; each turned round when negated), or, when they say nothing either way,
 * what the issue's words say (counter: against; a claim word: for when an obligation comes right before it or it
 * is said of something, "is a grave threat", "will tighten", against when negated; nothing when it is said of an
 * actor the issue does not name, "help the Ukrainians to prevail"). Support and oppose cues
 * are weighed through polarity only, so that a model learnt on one issue cannot give them another meaning; good
 * and bad words ("bad news", "a boon") count for the issue when they judge as its claim does ("serious": bad) and
 * against it otherwise.
 */
final class StanceFeatures {
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "although", "though", "while", "whereas",
            "because", "however", "yet", "unless", "which", "who");
    private static final int NEGATION_REACH = 6;
    private static final int OBLIGATION_REACH = 4;
    private static final int ACTING_REACH = 5;
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");
    private static final int CAUSE_REACH = 4;
    private static final int ASSERT_REACH = 3;
    /**
     * Cue classes read only for a judgement ("climate change is a serious concern"): talk of prices, deals, laws
     * and votes is a report beside the point of a judgement, but the very matter of a proposal ("Congress should
     * approve more aid"), where it would only pull a plain "is not a viable outcome" toward neither.
     */
    private static final Set<String> JUDGEMENT_ONLY = Set.of("policy");
    private static final int AUXILIARY_REACH = 2;
    private static final int OBJECT_REACH = 4;
    private static final Set<String> AUXILIARIES = Set.of("to", "will", "would", "must", "should", "can", "could",
            "may", "might", "shall", "'ll");
    private static final Set<String> ASSERTING = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "remain", "becomes", "become", "seems", "poses", "pose", "posed", "will", "shall", "'ll", "going", "ready",
            "willing", "plan", "plans", "agreed", "vowed", "promised", "pledged", "decided", "intends", "wants", "want");

    /** The features (name to value) and, for those raised by words, the words as written. */
    record Features(Map<String, Double> values, Map<String, List<String>> evidence, boolean mentioned,
            List<String> terms) {
    }

    private StanceFeatures() {
    }

    static Features of(String sentence, Issue issue) {
        return of(Words.tokens(sentence), sentence, issue);
    }

    /** {@link #of(String, Issue)} over the sentence's tokens, read once for several uses. */
    static Features of(List<Token> tokens, String sentence, Issue issue) {
        List<Hit<Role>> issueHits = issue.hits(tokens, sentence);
        boolean[] taken = new boolean[tokens.size()];
        issueHits.forEach(h -> mark(taken, h));
        List<Hit<String>> cues = new ArrayList<>();
        PhraseTable<String> table = Lexicons.cues();
        for (int i = 0; i < tokens.size(); i++) {
            Hit<String> h = taken[i] ? null : table.at(tokens, i, sentence);
            if (h != null && free(taken, h)) {
                cues.add(h);
                i = h.to() - 1;
            }
        }
        int[] negatedBy = negations(tokens, cues);
        Map<String, Double> f = new LinkedHashMap<>();
        Map<String, List<String>> ev = new LinkedHashMap<>();
        boolean mentioned = issue.covers(issueHits);
        add(f, ev, "bias", null);
        add(f, ev, mentioned ? "mentioned" : "unmentioned", null);
        Polarity cued = new Polarity();
        Polarity claimed = new Polarity();
        int lastObligation = Integer.MIN_VALUE;
        String obligationText = null;
        for (Hit<String> h : cues) {
            String cls = h.label();
            if (JUDGEMENT_ONLY.contains(cls) && !issue.evaluative()) {
                continue;
            }
            if (cls.equals("negation") || cls.equals("ignore")) {
                add(f, ev, cls.equals("negation") ? "negation" : "ignored", cls.equals("negation") ? List.of(h.text()) : null);
                continue;
            }
            boolean neg = negatedBy[h.from()] >= 0;
            List<String> words = evidence(tokens, negatedBy[h.from()], h.text());
            if (sign(cls) != 0) {
                cued.add(sign(cls) * (neg ? -1 : 1), words);
            }
            if (cls.equals("support") || cls.equals("oppose")) {
                continue; // these say for or against whatever the issue is: the polarity features carry them
            }
            if (cls.equals("good") || cls.equals("bad")) {
                int v = (cls.equals("good") ? 1 : -1) * (neg ? -1 : 1) * issue.claimValence();
                add(f, ev, v > 0 ? "valence-for" : "valence-against", words);
                continue;
            }
            String name = cls + (neg ? "-negated" : "");
            add(f, ev, name, words);
            add(f, ev, "cue:" + cls + ":" + Lexicons.key(h.text()) + (neg ? "-negated" : ""), null);
            if (cls.equals("obligation") && !neg) {
                lastObligation = h.to();
                obligationText = h.text();
            }
        }
        for (Hit<Role> h : issueHits) {
            if (h.label().kind() == Kind.ABOUT || ofAnother(tokens, h.from(), taken, issueHits)) {
                continue;
            }
            boolean neg = negatedBy[h.from()] >= 0;
            boolean claim = h.label().kind() == Kind.CLAIM;
            List<String> words = evidence(tokens, negatedBy[h.from()], h.text());
            boolean said = !claim || neg || issue.evaluative() || asserted(tokens, h.from());
            if (said) {
                // in a proposal ("should join") a claim word that only names the topic ("the membership talks") says
                // nothing for or against; in a judgement ("is a serious concern") the claim word is the judgement
                add(f, ev, (claim ? "claim" : "counter") + (neg ? "-negated" : ""), words);
            }
            boolean obliged = claim && h.from() >= lastObligation && h.from() - lastObligation <= OBLIGATION_REACH
                    && obligationText != null;
            if (obliged) {
                List<String> both = new ArrayList<>(List.of(obligationText));
                both.addAll(words);
                add(f, ev, "obligation-claim" + (neg ? "-negated" : ""), both);
                claimed.add(neg ? -1 : 1, both);
            } else if (said) {
                claimed.add((claim ? 1 : -1) * (neg ? -1 : 1), words);
            }
        }
        near(f, ev, tokens, issueHits, cues, negatedBy);
        // What the speaker says of the issue outweighs the issue's own words: in "membership is off the table"
        // the claim word names the topic and the cue gives the stance.
        Polarity polarity = cued.sum != 0 ? cued : claimed;
        if (polarity.sum != 0) {
            String name = polarity.sum > 0 ? "polarity-for" : "polarity-against";
            f.put(name, (double) Math.abs(polarity.sum));
            ev.put(name, polarity.sum > 0 ? polarity.forWords : polarity.againstWords);
        }
        if (sentence.indexOf('?') >= 0) {
            add(f, ev, "question", null);
        }
        List<String> terms = issueHits.stream().map(Hit::text).distinct().toList();
        return new Features(f, ev, mentioned, terms);
    }

    /**
     * The features of cues standing next to the issue's words: the issue first in the sentence (what it is about),
     * the issue acting ("global warming threatens", "sea levels are rising": an impact or trend word just after an
     * issue word), the issue as a cause or effect ("due to climate change", "climate change causes") and the issue
     * as what is to be remedied ("tackle climate change", "curb emissions").
     */
    private static void near(Map<String, Double> f, Map<String, List<String>> ev, List<Token> tokens,
            List<Hit<Role>> issueHits, List<Hit<String>> cues, int[] negatedBy) {
        int words = 0;
        int third = tokens.size();
        for (int k = 0; k < tokens.size() && third == tokens.size(); k++) {
            if (!tokens.get(k).boundary() && ++words == 3) {
                third = k;
            }
        }
        for (Hit<Role> a : issueHits) {
            if (a.label().kind() != Kind.ABOUT) {
                continue;
            }
            if (a.from() <= third) {
                add(f, ev, "issue-first", null);
            }
            if (quoted(tokens, a)) {
                add(f, ev, "issue-quoted", List.of(a.text()));
            }
            for (Hit<String> c : cues) {
                String neg = negatedBy[c.from()] >= 0 ? "-negated" : "";
                List<String> words2 = evidence(tokens, negatedBy[c.from()], c.text());
                boolean after = c.from() >= a.to() && c.from() - a.to() <= ACTING_REACH;
                boolean before = a.from() >= c.to() && a.from() - c.to() <= CAUSE_REACH;
                switch (c.label()) {
                    case "impact", "trend" -> {
                        if (after) {
                            add(f, ev, "issue-acting" + neg, words2);
                        }
                    }
                    case "cause" -> {
                        if (after || before) {
                            add(f, ev, "issue-cause" + neg, words2);
                        }
                    }
                    case "remedy" -> {
                        if (before) {
                            add(f, ev, "issue-remedied" + neg, words2);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** Whether the issue's words stand between quotation marks (“global warming”), a distance the writer takes. */
    private static boolean quoted(List<Token> tokens, Hit<Role> a) {
        return a.from() > 0 && a.to() < tokens.size() && QUOTES.contains(tokens.get(a.from() - 1).text())
                && QUOTES.contains(tokens.get(a.to()).text());
    }

    /** A running sum of for (+1) and against (-1), with the words of each side. */
    private static final class Polarity {
        int sum;
        final List<String> forWords = new ArrayList<>();
        final List<String> againstWords = new ArrayList<>();

        void add(int sign, List<String> words) {
            sum += sign;
            (sign > 0 ? forWords : againstWords).addAll(words);
        }
    }

    /**
     * Whether a claim or counter word at token {@code i} is said of an actor the issue does not name: a capitalised
     * word right before it, at most an auxiliary ("to", "will", "must", ...) between, which is not the sentence's
     * first word nor one of the issue's, and no word of the issue just after it ("help the Ukrainians to prevail"
     * says nothing of Russia prevailing; "the White House will halt weapons deliveries" acts on the issue).
     */
    private static boolean ofAnother(List<Token> tokens, int i, boolean[] issueWords, List<Hit<Role>> issueHits) {
        for (Hit<Role> a : issueHits) {
            if (a.label().kind() == Kind.ABOUT && a.from() > i && a.from() - i <= OBJECT_REACH) {
                return false;
            }
        }
        int k = i - 1;
        while (k >= 0 && i - k <= AUXILIARY_REACH
                && AUXILIARIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k <= 0 || issueWords[k]) {
            return false;
        }
        String w = tokens.get(k).text();
        return Character.isUpperCase(w.charAt(0)) && !tokens.get(k - 1).text().equals(".");
    }

    /**
     * Whether a copula or a word of intent stands just before token {@code i} ("is a grave threat", "will tighten",
     * "agreed to send"): a claim word said of something, not one that only names the topic ("the membership talks").
     */
    private static boolean asserted(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - ASSERT_REACH); k < i; k++) {
            if (ASSERTING.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int sign(String cls) {
        return switch (cls) {
            case "support" -> 1;
            case "oppose", "dismiss" -> -1;
            default -> 0;
        };
    }

    private static void mark(boolean[] taken, Hit<?> h) {
        for (int k = h.from(); k < h.to(); k++) {
            taken[k] = true;
        }
    }

    private static boolean free(boolean[] taken, Hit<?> h) {
        for (int k = h.from(); k < h.to(); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each token, the token index of the negation that reaches it, or -1 (also when two negations reach it and
     * cancel out).
     */
    private static int[] negations(List<Token> tokens, List<Hit<String>> cues) {
        int[] by = new int[tokens.size()];
        int[] count = new int[tokens.size()];
        Arrays.fill(by, -1);
        for (Hit<String> h : cues) {
            if (!h.label().equals("negation")) {
                continue;
            }
            for (int k = h.to(); k < tokens.size() && k < h.to() + NEGATION_REACH; k++) {
                Token t = tokens.get(k);
                if (t.boundary() && !t.text().equals("\"") || CLAUSE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                count[k]++;
                by[k] = h.from();
            }
        }
        for (int k = 0; k < by.length; k++) {
            if (count[k] % 2 == 0) {
                by[k] = -1;
            }
        }
        return by;
    }

    /** The words that carry a feature: the negation reaching it, if any, then its own. */
    private static List<String> evidence(List<Token> tokens, int negation, String text) {
        if (negation < 0) {
            return List.of(text);
        }
        return List.of(tokens.get(negation).text(), text);
    }

    private static void add(Map<String, Double> f, Map<String, List<String>> ev, String name, List<String> words) {
        f.merge(name, 1.0, (a, b) -> 1.0);
        if (words != null) {
            ev.computeIfAbsent(name, k -> new ArrayList<>()).addAll(words);
        }
    }
}
