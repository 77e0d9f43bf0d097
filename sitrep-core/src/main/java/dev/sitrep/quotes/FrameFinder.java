package dev.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Finds reporting frames in a unit: a speech verb (or a cue phrase, or a dash after a quotation) and the phrase
 * naming its speaker, before the verb ("Smith said", "the Kremlin said", "a NATO diplomat told"), after it
 * ("“…,” said Smith", "according to people familiar with the matter") or, after a comma, the subject that opens
 * the clause ("Stoltenberg, whose term was extended, added", "Zelenskyy … , saying").
 *
 * <p>A speech-verb form counts as a cue only where it cannot be a noun ("the report", "Macron's comments") or a
 * passive ("was told"); colon-only verbs need a colon or a quotation after them.
 */
final class FrameFinder {
    /** Capitalised verbs of title-case headlines ("Former Doctor Says Clinton …"). */
    private static final java.util.Set<String> HEADLINE_VERBS = java.util.Set.of("Says", "Said", "Tells", "Warns",
            "Insists", "Claims", "Urges", "Vows", "Admits", "Denies", "Calls", "Reveals", "Asks", "Suggests", "Predicts",
            "Promises", "Pledges", "Demands", "Argues", "Announces", "Declares", "Confirms", "Explains", "Writes");

    /** Lower-case conjunctions that open a clause before its subject. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("while", "whereas", "but", "and",
            "although", "though", "because", "as", "so", "yet");
    /** Words opening an embedded question or a determiner phrase that names nobody ("which officials said …"). */
    private static final java.util.Set<String> WH_WORDS = java.util.Set.of("how", "what", "why", "whatever", "which",
            "whose");

    /** Verbs that report an intention with "to" ("vowed to form", "threatened to make"). */
    static final java.util.Set<String> TO_VERBS = java.util.Set.of("vow", "pledge", "promise", "threaten", "urge",
            "demand", "propose", "ask", "call");
    private final String text;
    private final Lexicon lex;

    FrameFinder(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
    }

    List<Frame> find(Unit u) {
        List<Tok> t = u.toks();
        List<Frame> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Tok w = t.get(k);
            if (w.type() == Tok.Type.PUNCT && "―—–".contains(w.text()) && k > 0 && t.get(k - 1).isQuote()) {
                Phrase sp = npForward(t, k + 1);
                if (sp != null && sp.kind() == Phrase.Kind.NAME) {
                    out.add(new Frame(k, k, w.text(), null, sp, k, sp.to(), true));
                }
                continue;
            }
            if (w.punct(":") && k + 1 < t.size() && t.get(k + 1).isQuote() && k <= 8) {
                Phrase sp = headlineSpeaker(t, k);
                if (sp != null) {
                    out.add(new Frame(k, k, ":", null, sp, sp.from(), k, false));
                }
                continue;
            }
            if (!w.word()) {
                continue;
            }
            int phraseEnd = cuePhrase(t, k);
            if (phraseEnd >= 0) {
                Phrase sp = npForward(t, phraseEnd + 1);
                if (sp == null) {
                    sp = phraseUntilComma(t, phraseEnd + 1);
                }
                if (sp != null) {
                    out.add(new Frame(k, phraseEnd, text.substring(w.start(), t.get(phraseEnd).end()), null, sp, k,
                            sp.to(), true));
                }
                k = phraseEnd;
                continue;
            }
            Frame f = verbFrame(t, k);
            if (f == null && !out.isEmpty()) {
                f = continuedParticiple(t, k, out.get(out.size() - 1));
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * "“…,” Peabody said, adding that …": a participle after a comma with no subject of its own in its clause
     * continues the previous frame of the unit, with that frame's speaker.
     */
    private Frame continuedParticiple(List<Tok> t, int k, Frame previous) {
        Tok w = t.get(k);
        String base = lex.speechVerb(w.text());
        if (base == null || !w.lower() || !w.text().endsWith("ing") || k < 1 || !(t.get(k - 1).punct(",") || t.get(k - 1).isQuote())
                || previous.verb() == null || previous.cueTo() >= k) {
            return null;
        }
        return new Frame(k, k, w.text(), base, previous.speaker(), Math.min(previous.speaker().from(), k), k, false);
    }

    private Frame verbFrame(List<Tok> t, int k) {
        Tok w = t.get(k);
        if (!w.lower() && !headlineVerb(t, k)) {
            return null;
        }
        String base = lex.speechVerb(w.text());
        if (base == null) {
            return null;
        }
        Tok prev = k > 0 ? t.get(k - 1) : null;
        Tok next = k + 1 < t.size() ? t.get(k + 1) : null;
        if (prev != null && prev.word() && lex.is("noun-cue", w.text()) && next != null && next.word()
                && next.text().equals("that")) {
            Phrase owner = possessor(t, k - 1);
            if (owner != null) {
                return new Frame(k, k, w.text(), base, owner, owner.from(), k, false);
            }
        }
        if (prev != null && prev.word()) {
            String p = prev.text().toLowerCase(Locale.ROOT);
            if (lex.is("determiner", p) || lex.is("possessive", p) || p.endsWith("'s") || p.endsWith("’s") || p.equals("that")
                    || p.equals("was") || p.equals("were") || p.equals("been") || p.equals("being") || p.equals("be")
                    || p.equals("is") && w.text().endsWith("ed") || p.equals("are") && w.text().endsWith("ed")
                    || p.equals("to") && !raising(t, k - 1)
                    // "did not say what steps …", "never said": a denied or withheld statement reports nothing
                    || p.equals("not") || p.equals("never") || p.endsWith("n't") || p.endsWith("n’t")) {
                return null;
            }
        }
        boolean quoteBefore = prev != null && (prev.isQuote() || k > 1 && t.get(k - 2).isQuote() || npBeforeAfterQuote(t, k));
        if (next != null && next.word() && (next.text().equals("of") && !quoteAfter(t, k) && !quoteBefore
                || next.text().equals("to") && !base.equals("say")
                && !base.equals("tell") && !TO_VERBS.contains(base))) {
            return null;
        }
        if (lex.colonOnly(base) && !(next != null && (next.punct(":") || next.isQuote()))) {
            return null;
        }
        boolean afterQuote = prev != null && (prev.isQuote() || prev.punct(",") && k > 1 && t.get(k - 2).isQuote());
        Phrase sp = null;
        boolean inverted = false;
        if (afterQuote || k == 0) {
            sp = npForward(t, k + 1);
            inverted = sp != null;
        } else if (prev != null && prev.punct(",")) {
            Phrase after = npForward(t, k + 1);
            if (after != null && after.kind() != Phrase.Kind.PRONOUN
                    && (after.to() + 1 >= t.size() || !t.get(after.to() + 1).word()
                    || t.get(after.to() + 1).text().equals("who") || lex.is("preposition", t.get(after.to() + 1).text()))) {
                sp = after;
                inverted = true;
            }
        }
        if (sp == null) {
            sp = npBefore(t, k);
        }
        if (sp == null && w.text().endsWith("ing")) {
            sp = firstPhrase(t, clauseStart(t, k - 1 < 0 ? 0 : k - 1), k);
        }
        if (sp == null || notSpeaker(t, sp, k)) {
            return null;
        }
        if (!inverted && sp.from() > 0 && t.get(sp.from() - 1).word()
                && (t.get(sp.from() - 1).text().equals("that") || t.get(sp.from() - 1).text().equals("which"))
                && sp.kind() != Phrase.Kind.PRONOUN) {
            return null;
        }
        int from = inverted ? k : Math.min(relativeStart(t, sp, k), k);
        int to = inverted ? sp.to() : k;
        return new Frame(k, k, w.text(), base, sp, from, to, inverted);
    }

    /**
     * Where a frame whose speaker precedes its verb starts: at the relative pronoun when the speaker is its
     * antecedent ("the ministry, which said": the frame is "which said", the clause before it is narration), else
     * at the speaker.
     */
    private static int relativeStart(List<Tok> t, Phrase sp, int k) {
        int i = sp.to() + 1;
        if (i < k && t.get(i).punct(",-")) {
            i++;
        }
        Tok x = i < k ? t.get(i) : null;
        boolean relative = x != null && x.word()
                && (x.text().equals("which") || x.text().equals("who") || x.text().equals("whose"));
        return relative ? i : sp.from();
    }

    /**
     * Phrases that cannot speak: a preposition before a gerund ("In emphasizing …"), one opening with a wh-word
     * ("how experts say …", "what lawmakers called …" are embedded clauses), or "it's worth noting".
     */
    private boolean notSpeaker(List<Tok> t, Phrase sp, int k) {
        Tok first = t.get(sp.from());
        String w = first.text().toLowerCase(Locale.ROOT);
        if (sp.kind() == Phrase.Kind.PRONOUN || !first.word()) {
            return k > 0 && t.get(k - 1).word() && t.get(k - 1).text().equals("worth");
        }
        if (WH_WORDS.contains(w)) {
            return true;
        }
        // "In emphasizing …", "by filing …, asking": a preposition and a gerund; "After saying …, she" still speaks
        boolean gerund = sp.from() == sp.to() || t.get(sp.from() + 1).text().endsWith("ing");
        if (lex.is("preposition", w) && gerund && !lex.is("subordinator", w)) {
            return true;
        }
        return k > 0 && t.get(k - 1).word() && t.get(k - 1).text().equals("worth");
    }

    /** "Former White House Doctor Says Clinton …": a capitalised -s or -ed speech verb between capitalised words. */
    private boolean headlineVerb(List<Tok> t, int k) {
        String w = t.get(k).text();
        // ", Says Mayor Ruiz" closes a title-case headline with the speaker after the verb
        boolean before = k > 0 && (t.get(k - 1).capitalised()
                || t.get(k - 1).punct(",") && k > 1 && (t.get(k - 2).capitalised() || t.get(k - 2).isQuote()));
        boolean next = k + 1 < t.size() && t.get(k + 1).capitalised()
                // "…, Lindsey Graham Says.": the verb closes the headline after a name that follows a comma
                || (k + 1 == t.size() || t.get(k + 1).punct(".")) && k > 1 && t.get(k - 1).capitalised()
                && commaBeforeName(t, k - 1);
        return before && next && HEADLINE_VERBS.contains(w);
    }

    private boolean commaBeforeName(List<Tok> t, int j) {
        Phrase name = nameEndingAt(t, j, 0);
        return name != null && name.from() > 0 && t.get(name.from() - 1).punct(",");
    }

    /**
     * "Mayor Ruiz: ‘We Will Rebuild’", "Ruiz Tells Crews: ‘…’": a title-case headline of at most eight words before a
     * colon and a quotation is spoken by the name that opens it.
     */
    private Phrase headlineSpeaker(List<Tok> t, int colon) {
        for (int i = 0; i < colon; i++) {
            if (t.get(i).word() && !t.get(i).capitalised()) {
                return null;
            }
        }
        Phrase sp = npForward(t, 0);
        return sp != null && sp.kind() == Phrase.Kind.NAME && sp.to() < colon ? sp : null;
    }

    /** A capitalised word that opens a sentence without being part of a name ("In", "But", "Monday", "Recently"). */
    private boolean notName(Tok x) {
        String w = x.text();
        return lex.is("discourse", w) || lex.is("preposition", w) || lex.is("time", w) || lex.is("month", w)
                || w.length() > 4 && w.endsWith("ly") || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && w.chars().allMatch(Character::isLetter) && w.length() > 4;
    }

    /** "“…,” she said of …": a pronoun or name of at most three words between a quotation and the verb. */
    private static boolean npBeforeAfterQuote(List<Tok> t, int k) {
        for (int i = k - 1; i >= Math.max(0, k - 4); i--) {
            if (t.get(i).isQuote()) {
                return i < k - 1;
            }
            if (!t.get(i).word()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Donald Trump’s claim that …", "his warning that …", "Tulsa police’s earlier claim that …": the possessor
     * before a cue noun, skipping one modifier ("earlier", "repeated").
     */
    private Phrase possessor(List<Tok> t, int j) {
        if (j > 0 && t.get(j).lower() && !lex.is("possessive", t.get(j).text()) && !t.get(j).text().endsWith("’s")
                && !t.get(j).text().endsWith("'s")) {
            j--;
        }
        Tok x = t.get(j);
        String w = x.text();
        if (x.lower() && lex.is("possessive", w)) {
            return phrase(t, j, j, Phrase.Kind.PRONOUN);
        }
        if (!(w.endsWith("’s") || w.endsWith("'s")) || w.length() < 4) {
            return null;
        }
        if (x.capitalised()) {
            Phrase name = nameEndingAt(t, j, clauseStart(t, j));
            return name;
        }
        return lex.titleHead(w.substring(0, w.length() - 2)) || lex.groupHead(w.substring(0, w.length() - 2))
                ? commonEndingAt(t, j, clauseStart(t, j)) : null;
    }

    /** A single capital: the initial in "Donald J. Trump". */
    private static boolean initial(Tok x) {
        return x.word() && x.text().length() == 1 && Character.isUpperCase(x.text().charAt(0));
    }

    private static boolean quoteAfter(List<Tok> t, int k) {
        for (int i = k + 1; i < t.size(); i++) {
            if (t.get(i).isQuote()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last token of a multi-word cue starting at {@code k}, or -1. */
    private int cuePhrase(List<Tok> t, int k) {
        for (String[] ws : lex.cuePhraseWords()) {
            if (k + ws.length > t.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < ws.length && ok; i++) {
                Tok x = t.get(k + i);
                ok = x.word() && x.text().equalsIgnoreCase(ws[i]);
            }
            if (ok) {
                return k + ws.length - 1;
            }
        }
        return -1;
    }

    /** Any words up to a comma or the end of the clause, as an unnamed source ("according to exit polls"). */
    private Phrase phraseUntilComma(List<Tok> t, int i) {
        int j = i;
        while (j < t.size() && j < i + 12 && t.get(j).word() && !t.get(j).text().equals("that")
                && !t.get(j).text().equals("who")) {
            j++;
        }
        return j > i && (j == t.size() || !t.get(j).word()) ? phrase(t, i, j - 1, Phrase.Kind.GROUP) : null;
    }

    /** The speaker phrase ending just before the cue at {@code k}. */
    Phrase npBefore(List<Tok> t, int k) {
        int j = k - 1;
        while (j >= 0) {
            if (t.get(j).lower() && skippable(t.get(j).text())) {
                j--;
            } else if (j >= 1 && timeAdjunct(t, j - 1, j)) {
                j -= 2;
            } else if (raising(t, j)) {
                j -= t.get(j - 1).text().equals("on") ? 3 : 2;
            } else {
                break;
            }
        }
        if (j > 0 && t.get(j).punct(")")) {
            int open = j - 1;
            while (open >= 0 && open > j - 8 && !t.get(open).punct("(")) {
                open--;
            }
            if (open >= 0 && t.get(open).punct("(")) {
                j = open - 1;
            }
        }
        if (j < 0) {
            return null;
        }
        int lo = clauseStart(t, j);
        Tok w = t.get(j);
        Phrase anon = anonymousBefore(t, lo, j);
        if (anon != null) {
            return anon;
        }
        if (w.word() && lex.is("pronoun", w.text()) && (w.lower() || w.text().equals("I") || j == lo)) {
            return phrase(t, j, j, Phrase.Kind.PRONOUN);
        }
        if (w.word() && (w.text().equals("which") || w.text().equalsIgnoreCase("who"))) {
            return relativeAntecedent(t, j, lo);
        }
        int whose = whoseBefore(t, j, lo);
        if (whose >= 0) {
            return whoseSpeaker(t, whose, j, lo);
        }
        if (w.capitalised()) {
            return nameEndingAt(t, j, lo);
        }
        if (w.lower() && (lex.titleHead(w.text()) || lex.groupHead(w.text()))) {
            return commonEndingAt(t, j, lo);
        }
        if (w.lower() && lex.speechVerb(w.text()) == null && !lex.is("preposition", w.text())) {
            Phrase common = determinedPhrase(t, j, lo);
            if (common == null) {
                common = bareSubject(t, j, lo);
            }
            if (common == null) {
                common = postmodifiedSubject(t, j, lo);
            }
            if (common != null) {
                return common;
            }
        }
        if (w.word() && (w.text().equals("and") || w.text().equals("but"))) {
            // "Cruz exhorted Republicans to “vote your conscience” and said …": the subject may precede a quotation
            if (relativeBefore(t, lo, j)) {
                return null;
            }
            Phrase subject = j > lo ? firstPhrase(t, lo, j) : null;
            int start = sentenceStart(t, j);
            return subject != null || start >= lo ? subject : firstPhrase(t, start, j);
        }
        if (w.punct(",") && j > lo) {
            Phrase appositive = nameEndingAt(t, j - 1, lo);
            if (appositive != null && appositive.from() > lo && t.get(appositive.from() - 1).punct(",")) {
                return appositive;
            }
            if (t.get(j - 1).lower() && isHead(t.get(j - 1).text())) {
                Phrase named = commonEndingAt(t, j - 1, lo);
                if (named.kind() == Phrase.Kind.NAME) {
                    return named;
                }
            }
            return firstPhrase(t, lo, j);
        }
        return null;
    }

    /**
     * "the ministry, which said", "Peskov, who told", "officials who said": a relative pronoun speaks for its
     * antecedent, the name or headed noun phrase just before it (and its comma), reported with the pronoun as its
     * mention. Only a named or headed antecedent speaks, not "cancer, which …"; with none, "which" gives no speaker
     * and "who" stays a person pronoun, resolved like "he".
     */
    private Phrase relativeAntecedent(List<Tok> t, int j, int lo) {
        int a = j - 1;
        while (a > lo && t.get(a).punct(",-")) {
            a--;
        }
        Phrase antecedent = a < j && a >= lo ? antecedentAt(t, a, lo) : null;
        if (antecedent != null) {
            return antecedent.through(t.get(j).end());
        }
        // "listeners to his radio program who said": no antecedent in reach, "who" still names a person
        return t.get(j).text().equalsIgnoreCase("who") ? phrase(t, j, j, Phrase.Kind.PRONOUN) : null;
    }

    /** The name or headed noun phrase ending at token {@code a} ("the transport ministry", "the minister of transport"). */
    private Phrase antecedentAt(List<Tok> t, int a, int lo) {
        Tok ant = t.get(a);
        if (ant.capitalised()) {
            return nameEndingAt(t, a, lo);
        }
        if (ant.lower() && isHead(ant.text())) {
            return commonEndingAt(t, a, lo);
        }
        if (ant.word() && a - 2 >= lo && t.get(a - 1).word() && t.get(a - 1).text().equals("of") && t.get(a - 2).lower()
                && isHead(t.get(a - 2).text())) {
            // "the minister of transport, who …": the head with its "of" complement
            Phrase head = commonEndingAt(t, a - 2, lo);
            return phrase(t, head.from(), a, Phrase.Kind.GROUP);
        }
        return null;
    }

    /** Index of "whose" opening the noun phrase that ends at {@code j} after a comma ("…, whose spokesman"), or -1. */
    private static int whoseBefore(List<Tok> t, int j, int lo) {
        for (int i = j - 1; i >= Math.max(lo + 2, j - 3); i--) {
            Tok x = t.get(i);
            if (!x.word()) {
                return -1;
            }
            if (x.text().equals("whose")) {
                return t.get(i - 1).punct(",") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "the ministry, whose spokesman said": a spokesperson speaks for the antecedent, so the antecedent is the speaker;
     * anyone else ("Ortiz, whose lawyer said") is named by the whole phrase from the antecedent to the head.
     */
    private Phrase whoseSpeaker(List<Tok> t, int whose, int j, int lo) {
        Phrase antecedent = whose - 2 >= lo ? antecedentAt(t, whose - 2, lo) : null;
        if (antecedent == null) {
            return null;
        }
        return lex.is("spokesperson", t.get(j).text()) ? antecedent.through(t.get(j).end())
                : phrase(t, antecedent.from(), j, Phrase.Kind.GROUP);
    }

    /** "The bank", "the ad's narrator": a determiner opening the clause, then at most three more words. */
    private Phrase determinedPhrase(List<Tok> t, int j, int lo) {
        for (int i = j - 1; i >= Math.max(lo, j - 3); i--) {
            Tok x = t.get(i);
            if (!x.word() || lex.is("preposition", x.text()) || lex.speechVerb(x.text()) != null) {
                return null;
            }
            if (lex.is("determiner", x.text()) || lex.is("possessive", x.text()) || possessiveName(x)) {
                int k = i - 1;
                while (k >= lo && (t.get(k).punct(",") || t.get(k).word() && lex.is("discourse", t.get(k).text()))) {
                    k--;
                }
                boolean afterComma = i > lo && t.get(i - 1).punct(",");
                return k < lo || afterComma && (openingAdverbial(t, lo, i - 1) || closingCue(t, j + 1))
                        ? phrase(t, i, j, Phrase.Kind.GROUP) : null;
            }
        }
        return null;
    }

    /** "Connecticut’s tax commissioner": a capitalised possessive opens a noun phrase like a determiner. */
    private static boolean possessiveName(Tok x) {
        String w = x.text();
        return x.capitalised() && w.length() > 3 && (w.endsWith("’s") || w.endsWith("'s"));
    }

    /**
     * "At a forum on Monday, …", "As a phone rang, …": the clause from {@code lo} to the comma at {@code comma}
     * opens with a preposition, a subordinator or a time word, so it is an adverbial and not the subject.
     */
    private boolean openingAdverbial(List<Tok> t, int lo, int comma) {
        Tok first = t.get(lo);
        if (!first.word() || comma - lo > 12) {
            return false;
        }
        String w = first.text().toLowerCase(Locale.ROOT);
        return lex.is("preposition", w) || lex.is("time", w) || lex.is("discourse", w) || lex.is("subordinator", w);
    }

    /** Whether the cue ends its clause ("…, one slide says."): only a full stop, or nothing, follows it. */
    private static boolean closingCue(List<Tok> t, int cue) {
        return cue + 1 >= t.size() || t.get(cue + 1).punct(".!?");
    }

    /** "Civil rights activists say …": a short plural noun phrase that is the whole clause before the cue. */
    private Phrase bareSubject(List<Tok> t, int j, int lo) {
        int i = j;
        // the subject of the last coordinated clause: "…, and human rights groups warned"
        while (i > lo && !t.get(i - 1).punct(",")) {
            i--;
        }
        while (i < j && (t.get(i).punct(",") || t.get(i).word() && lex.is("discourse", t.get(i).text()))) {
            i++;
        }
        String head = t.get(j).text();
        if (j - i > 3 || !head.endsWith("s") || head.endsWith("ss") || head.length() < 4) {
            return null;
        }
        for (int k = i; k <= j; k++) {
            Tok x = t.get(k);
            if (!x.word() || lex.is("preposition", x.text()) || lex.is("pronoun", x.text()) || lex.is("adverb", x.text())
                    || lex.speechVerb(x.text()) != null || x.text().equals("that") || x.text().equals("who")) {
                return null;
            }
        }
        return phrase(t, i, j, Phrase.Kind.GROUP);
    }

    /**
     * "Experts on trade policy said", "Those close to him say", "Mr. Ortiz of the port authority said": a short
     * noun phrase with a prepositional tail that is the whole clause (after its last comma) before the cue. The
     * tail must hold no verb-like word, so "the growth in jobs has said" style clauses and "that"/"who" clauses stay
     * out; a capitalised head is the name, anything else the whole phrase as a group.
     */
    private Phrase postmodifiedSubject(List<Tok> t, int j, int lo) {
        int i = j;
        while (i > lo && !t.get(i - 1).punct(",")) {
            i--;
        }
        while (i < j && t.get(i).word() && lex.is("discourse", t.get(i).text())) {
            i++;
        }
        if (j - i > 8 || j - i < 2 || !t.get(i).word() || lex.is("preposition", t.get(i).text())
                || lex.is("pronoun", t.get(i).text())) {
            return null;
        }
        int prep = -1;
        for (int k = i; k <= j; k++) {
            Tok x = t.get(k);
            String s = x.text();
            if (!x.word() && !x.punct(".") || lex.is("adverb", s) || lex.speechVerb(s) != null || s.equals("that")
                    || s.equals("who") || s.equals("which") || s.endsWith("ed") && x.lower() && k > i) {
                return null;
            }
            if (prep < 0 && k > i && x.lower() && lex.is("preposition", s)) {
                prep = k;
            }
        }
        if (prep < 0 || prep - i > 4 || prep == j) {
            return null;
        }
        Tok head = t.get(prep - 1);
        boolean plural = head.text().endsWith("s") && !head.text().endsWith("ss") && head.text().length() > 3;
        if (head.capitalised() && !(plural && prep - 1 == i)) {
            // a sentence-initial plural ("Experts on …") is a common noun, not a name
            Phrase name = nameEndingAt(t, prep - 1, i);
            return name != null && name.from() == i ? name : null;
        }
        Tok first = t.get(i);
        boolean determined = lex.is("determiner", first.text()) || lex.is("possessive", first.text());
        return determined || plural || first.capitalised() ? phrase(t, i, j, Phrase.Kind.GROUP) : null;
    }

    /** The first speaker phrase of the clause that starts at {@code lo}, before {@code hi}. */
    private Phrase firstPhrase(List<Tok> t, int lo, int hi) {
        int i = lo;
        while (i < hi && (t.get(i).punct(",") || t.get(i).word() && (lex.is("discourse", t.get(i).text())
                || t.get(i).text().equals("with")))) {
            i++;
        }
        if (i >= hi) {
            return null;
        }
        if (t.get(i).word() && lex.is("preposition", t.get(i).text())) {
            // an opening adverbial ("In August, …", "During the debate, …") is skipped up to its comma when a
            // name or pronoun follows it; otherwise the phrase at the start stands, as a weaker guess
            for (int c = i + 1; c < hi; c++) {
                if (t.get(c).punct(",")) {
                    Phrase after = firstPhrase(t, c + 1, hi);
                    if (after != null && (after.kind() == Phrase.Kind.NAME || after.kind() == Phrase.Kind.PRONOUN)) {
                        return after;
                    }
                    break;
                }
            }
        }
        Phrase p = npForward(t, i);
        if (p != null && p.kind() != Phrase.Kind.NAME && p.to() + 1 < hi && t.get(p.to() + 1).punct(",")) {
            return firstPhrase(t, p.to() + 2, hi);
        }
        return p != null && p.to() < hi ? p : null;
    }

    private Phrase nameEndingAt(List<Tok> t, int j, int lo) {
        if (j < lo || !t.get(j).capitalised()) {
            return null;
        }
        int i = j;
        while (i - 1 >= lo) {
            Tok p = t.get(i - 1);
            if (p.capitalised() || p.punct(".") && i - 2 >= lo && (lex.is("abbreviation", t.get(i - 2).text())
                    || initial(t.get(i - 2)))) {
                i--;
            } else if (p.word() && lex.is("connector", p.text()) && i - 2 >= lo && t.get(i - 2).capitalised()) {
                i -= 2;
            } else {
                break;
            }
        }
        while (i < j && notName(t.get(i))) {
            i++;
        }
        if (i == j && notName(t.get(j))) {
            return null;
        }
        while (i < j && t.get(i).text().equalsIgnoreCase("the")) {
            i++;
        }
        if (i - 1 >= lo && t.get(i - 1).lower() && lex.titleHead(t.get(i - 1).text())) {
            Phrase title = commonEndingAt(t, i - 1, lo);
            if (title.kind() != Phrase.Kind.NAME) {
                return phrase(t, title.from(), j, Phrase.Kind.NAME);
            }
        }
        return phrase(t, i, j, Phrase.Kind.NAME);
    }

    private Phrase commonEndingAt(List<Tok> t, int j, int lo) {
        int i = j;
        int n = 0;
        while (i - 1 >= lo && n < 6) {
            Tok p = t.get(i - 1);
            if (!p.word()) {
                break;
            }
            String s = p.text();
            if (lex.is("determiner", s) || lex.is("possessive", s)) {
                i--;
                break;
            }
            if (lex.is("discourse", s) || s.equals("and") || s.equals("or")) {
                break;
            }
            if (p.capitalised() || p.lower() && !lex.is("preposition", s) && !lex.is("adverb", s)
                    && !lex.is("pronoun", s) && lex.speechVerb(s) == null && !s.equals("and") && !s.equals("that")) {
                i--;
                n++;
            } else {
                break;
            }
        }
        if (i - 1 >= lo && t.get(i - 1).punct(",") && i - 2 >= lo && t.get(i - 2).capitalised()) {
            // An appositive: "Alexander Grushko, Russia's deputy foreign minister, calling ..."; not "On Monday, the …"
            Phrase appositive = nameEndingAt(t, i - 2, lo);
            if (appositive != null) {
                return appositive;
            }
        }
        String first = t.get(i).text().toLowerCase(Locale.ROOT);
        boolean definite = first.equals("the") || lex.is("possessive", first) || first.endsWith("'s") || first.endsWith("’s")
                || t.get(i).capitalised() && !first.equals("a") && !first.equals("an");
        Phrase.Kind kind = lex.titleHead(t.get(j).text()) && definite ? Phrase.Kind.TITLE : Phrase.Kind.GROUP;
        return phrase(t, i, j, kind);
    }

    private Phrase anonymousBefore(List<Tok> t, int lo, int j) {
        int s = t.get(lo).start();
        if (!t.get(j).word() || !t.get(j).lower() || j - lo < 2) {
            return null;
        }
        // cheap test before the anchored expression, which would otherwise try every start position
        String clause = text.substring(s, t.get(j).end());
        if (!(clause.contains(" with ") || clause.contains(" to ") || clause.contains(" on ") || clause.contains("who "))) {
            return null;
        }
        Matcher m = lex.anonymousTail().matcher(text).region(s, t.get(j).end());
        if (!m.find()) {
            return null;
        }
        int h = lo;
        while (h + 1 <= j && t.get(h + 1).start() < m.start()) {
            h++;
        }
        Tok head = t.get(h);
        if (!head.word()) {
            return null;
        }
        Phrase core = head.capitalised() ? nameEndingAt(t, h, lo) : commonEndingAt(t, h, lo);
        if (core == null) {
            core = phrase(t, h, h, Phrase.Kind.GROUP);
        }
        return core.kind() == Phrase.Kind.NAME ? null : phrase(t, core.from(), j, Phrase.Kind.GROUP);
    }

    /** The speaker phrase starting at {@code i} ("Smith", "the people familiar with the matter", "he"). */
    Phrase npForward(List<Tok> t, int i) {
        if (i >= t.size() || !t.get(i).word()) {
            return null;
        }
        Tok w = t.get(i);
        if (lex.is("pronoun", w.text())) {
            return phrase(t, i, i, Phrase.Kind.PRONOUN);
        }
        if (lex.is("time", w.text()) || lex.is("month", w.text())) {
            return null;
        }
        int j = i;
        boolean det = lex.is("determiner", w.text()) || lex.is("possessive", w.text());
        if (w.capitalised() && !det) {
            while (j + 1 < t.size()) {
                Tok n = t.get(j + 1);
                if (n.capitalised() || n.punct(".") && (lex.is("abbreviation", t.get(j).text()) || initial(t.get(j)))
                        && j + 2 < t.size()
                        && t.get(j + 2).capitalised()) {
                    j++;
                } else if (n.word() && lex.is("connector", n.text()) && j + 2 < t.size() && t.get(j + 2).capitalised()) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (!(j + 1 < t.size() && t.get(j + 1).lower() && t.get(j + 1).word() && !lex.is("preposition", t.get(j + 1).text())
                    && lex.speechVerb(t.get(j + 1).text()) == null && headWithin(t, j + 1))) {
                return phrase(t, i, j, Phrase.Kind.NAME);
            }
        }
        // a common-noun phrase: modifiers up to a head noun, perhaps with an unnamed-source tail
        int limit = Math.min(t.size(), i + 7);
        for (j = i; j < limit; j++) {
            Tok x = t.get(j);
            if (!x.word() || j > i && (lex.is("preposition", x.text()) || x.text().equals("who"))) {
                break;
            }
            if (x.lower() && isHead(x.text())) {
                int end = j;
                if (lex.titleHead(x.text()) && j + 1 < t.size() && t.get(j + 1).capitalised()) {
                    int k = j + 1;
                    while (k + 1 < t.size() && t.get(k + 1).capitalised()) {
                        k++;
                    }
                    return phrase(t, i, k, Phrase.Kind.NAME);
                }
                while (end + 1 < limit && t.get(end + 1).lower() && isHead(t.get(end + 1).text())) {
                    end++;
                }
                Matcher m = lex.anonymousAt().matcher(text).region(skipSpace(t.get(end).end()), text.length());
                Phrase.Kind kind = lex.titleHead(t.get(end).text()) && w.text().equalsIgnoreCase("the")
                        ? Phrase.Kind.TITLE : Phrase.Kind.GROUP;
                if (m.lookingAt()) {
                    int stop = end;
                    while (stop + 1 < t.size() && t.get(stop + 1).end() <= m.end() && t.get(stop + 1).word()) {
                        stop++;
                    }
                    return phrase(t, i, stop, Phrase.Kind.GROUP);
                }
                return phrase(t, i, end, kind);
            }
        }
        return null;
    }

    /** A head noun within three lowercase words from {@code i} ("defence minister"). */
    private boolean headWithin(List<Tok> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 3); k++) {
            if (!t.get(k).lower()) {
                return false;
            }
            if (isHead(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean isHead(String s) {
        return lex.titleHead(s) || lex.groupHead(s);
    }

    private int skipSpace(int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** "appeared to suggest", "continues to insist", "went on to explain": {@code j} is the "to" of such a chain. */
    private boolean raising(List<Tok> t, int j) {
        if (j < 1 || !t.get(j).text().equals("to") || !t.get(j - 1).lower()) {
            return false;
        }
        String v = t.get(j - 1).text();
        if (v.equals("on")) {
            return j >= 2 && t.get(j - 2).text().matches("went|goes|go|going");
        }
        return lex.is("raising", v);
    }

    /** "on Tuesday", "in 2010", "this month", "last week": a time adjunct between a subject and its verb. */
    private boolean timeAdjunct(List<Tok> t, int a, int b) {
        Tok x = t.get(a);
        Tok y = t.get(b);
        if (!x.lower() || !y.word()) {
            return false;
        }
        String p = x.text();
        String w = y.text().toLowerCase(Locale.ROOT);
        boolean when = lex.is("time", w) || lex.is("month", w) || w.matches("(?:19|20)\\d\\d")
                || w.equals("week") || w.equals("month") || w.equals("year") || w.equals("weekend");
        return when && (p.equals("on") || p.equals("in") || p.equals("this") || p.equals("last") || p.equals("earlier"));
    }

    private boolean skippable(String s) {
        return lex.is("adverb", s) || s.length() > 4 && s.endsWith("ly");
    }

    /**
     * "… a conversation that humanizes people and demands respect": when the last "that", "which" or "who" before
     * the coordinated verb opens a relative clause (no speech verb in the three words before it: "said this week
     * that" is reported speech), the verb is that clause's.
     */
    private boolean relativeBefore(List<Tok> t, int lo, int j) {
        for (int i = j - 1; i >= lo; i--) {
            Tok x = t.get(i);
            if (x.word() && (x.text().equals("that") || x.text().equals("which") || x.text().equals("who"))) {
                // "explained that …" opens a reported clause; "a conversation that …" a relative one
                for (int b = i - 1; b >= Math.max(lo, i - 3); b--) {
                    if (t.get(b).word() && t.get(b).lower() && lex.speechVerb(t.get(b).text()) != null) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Where the sentence part holding token {@code j} starts: after the last colon, semicolon or dash. */
    private static int sentenceStart(List<Tok> t, int j) {
        int i = j;
        while (i > 0 && !t.get(i - 1).punct(":;―—–(")) {
            i--;
        }
        return i;
    }

    /** Where the clause holding token {@code j} starts: after the last quotation, colon or semicolon. */
    private static int clauseStart(List<Tok> t, int j) {
        int i = j;
        while (i > 0) {
            Tok p = t.get(i - 1);
            if (p.isQuote() || p.punct(":;―—–(")) {
                break;
            }
            i--;
        }
        return i;
    }

    private static Phrase phrase(List<Tok> t, int from, int to, Phrase.Kind kind) {
        // "…, whereas Spain's government said": the conjunction opens the clause, it is not part of the speaker
        while (from < to && CLAUSE_OPENERS.contains(t.get(from).text())) {
            from++;
        }
        return new Phrase(from, to, t.get(from).start(), t.get(to).end(), kind);
    }
}
