package dev.sitrep.quotes;

import java.util.List;
import java.util.Locale;

/**
 * Finds the speaker phrase that ends before a cue, as its subject: a name or pronoun, a determined or bare noun
 * phrase ("The bank", "Civil rights activists"), an unnamed source, the antecedent of a relative pronoun, the subject
 * of a coordinated clause, with adverbs, time adjuncts and raising verbs ("appeared to suggest") skipped.
 */
final class Subjects {
    private final Lexicon lex;
    private final NounPhrases np;
    private final RelativeClauses relatives;

    Subjects(Lexicon lex, NounPhrases np) {
        this.lex = lex;
        this.np = np;
        this.relatives = new RelativeClauses(lex, np);
    }

    /** The speaker phrase ending just before the cue at {@code k}. */
    Phrase npBefore(List<Tok> t, int k) {
        int j = asideBefore(t, k - 1);
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
        if (j > 0 && t.get(j).punct(".") && t.get(j - 1).capitalised() && lex.is("abbreviation", t.get(j - 1).text())) {
            // "Joseph R. Biden Jr. said", "Acme Corp. says": the full stop of an abbreviation closing the name
            Phrase name = np.nameEndingAt(t, j - 1, NounPhrases.clauseStart(t, j));
            if (name != null) {
                return stateBodyOf(t, name, NounPhrases.clauseStart(t, j));
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
        } else if (j > 0 && t.get(j).punct(TokSpans.DASHES)) {
            // "Jason Brandt — a skipper from Leith — says": the aside between dashes describes the subject before it
            int open = TokSpans.dashBefore(t, j);
            if (open > 0 && t.get(open - 1).word()) {
                j = open - 1;
            }
        }
        if (j < 0) {
            return null;
        }
        int lo = NounPhrases.clauseStart(t, j);
        Tok w = t.get(j);
        Phrase anon = np.anonymousBefore(t, lo, j);
        if (anon != null) {
            return anon;
        }
        if (w.word() && lex.is("pronoun", w.text()) && (w.lower() || w.text().equals("I") || j == lo)) {
            return NounPhrases.phrase(t, j, j, Phrase.Kind.PRONOUN);
        }
        if (w.word() && (w.text().equals("which") || w.text().equals("who") || w.text().equals("Who"))) {
            return relatives.relativeAntecedent(t, j, lo);
        }
        int whose = relatives.whoseBefore(t, j, lo);
        if (whose >= 0) {
            return relatives.whoseSpeaker(t, whose, j, lo);
        }
        Phrase share = share(t, j, lo);
        if (share != null) {
            return share;
        }
        if (quantifierSubject(t, j)) {
            return NounPhrases.phrase(t, j, j, Phrase.Kind.GROUP);
        }
        if (w.capitalised()) {
            Phrase name = np.nameEndingAt(t, j, lo);
            return name == null ? null : stateBodyOf(t, name, lo);
        }
        if (w.lower() && (lex.titleHead(w.text()) || lex.groupHead(w.text()))) {
            Phrase common = np.commonEndingAt(t, j, lo);
            if (common.to() < j && k + 1 < t.size() && t.get(k + 1).punct(",")) {
                // "Mr. Obama, officials said, has …": a frame between commas, not a name with its appositive
                return NounPhrases.phrase(t, common.to() + 2, j, Phrase.Kind.GROUP);
            }
            return common;
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
            int start = NounPhrases.sentenceStart(t, j);
            return subject != null || start >= lo ? subject : firstPhrase(t, start, j);
        }
        if (w.punct(",") && j > lo) {
            Phrase appositive = np.nameEndingAt(t, j - 1, lo);
            if (appositive != null && appositive.from() > lo && t.get(appositive.from() - 1).punct(",")) {
                return appositive;
            }
            if (t.get(j - 1).lower() && np.isHead(t.get(j - 1).text())) {
                Phrase named = np.commonEndingAt(t, j - 1, lo);
                if (named.kind() == Phrase.Kind.NAME) {
                    return named;
                }
            }
            Phrase described = nameBeforeDescription(t, j, lo);
            return described != null ? described : firstPhrase(t, lo, j);
        }
        return null;
    }

    /**
     * "Ana Ruiz, 67, said", "The harbour board, in a statement, called": an age, or a short adjunct opening with a
     * preposition, between commas right before the cue stands aside; the subject ends before its first comma. Returns
     * the index the subject ends at ({@code j} when there is no aside).
     */
    private int asideBefore(List<Tok> t, int j) {
        if (j < 2 || !t.get(j).punct(",")) {
            return j;
        }
        if (t.get(j - 1).word() && t.get(j - 1).text().matches("\\d{1,3}") && t.get(j - 2).punct(",") && j >= 3
                && t.get(j - 3).capitalised()) {
            return j - 3;
        }
        for (int c = j - 2; c >= Math.max(1, j - 7); c--) {
            if (t.get(c).punct(",")) {
                Tok first = t.get(c + 1);
                boolean adjunct = first.lower() && lex.is("preposition", first.text()) && !first.text().equals("of");
                return adjunct && TokSpans.words(t, c + 1, j - 1) == j - 1 - c && t.get(c - 1).word() ? c - 1 : j;
            }
            if (!t.get(c).word()) {
                return j;
            }
        }
        return j;
    }

    /**
     * "At the club, Ilse Varga, the club's president and general manager, suggested …": the comma at {@code j} closes
     * a description that opens with an article or a possessive after a name; the name is the subject.
     */
    private Phrase nameBeforeDescription(List<Tok> t, int j, int lo) {
        int c = j - 1;
        while (c > lo && c > j - 14 && !t.get(c).punct(",")) {
            c--;
        }
        if (c <= lo || !t.get(c).punct(",") || c + 2 >= j) {
            return null;
        }
        Tok d = t.get(c + 1);
        if (!d.lower() || !(lex.is("determiner", d.text()) || lex.is("possessive", d.text()))) {
            return null;
        }
        for (int i = c + 1; i < j; i++) {
            Tok x = t.get(i);
            String w = x.text();
            if (!x.word() && !x.punct("-'’") || x.lower() && (lex.is("copula", w) || lex.speechVerb(w) != null
                    || lex.is("pronoun", w) || w.matches("that|which|who|whom|where|when"))) {
                return null;
            }
        }
        Phrase name = np.nameEndingAt(t, c - 1, lo);
        return name != null && name.from() > lo && t.get(name.from() - 1).punct(",") ? name : null;
    }

    /**
     * "Donald Trump’s claim that …", "his warning that …", "Tulsa police’s earlier claim that …": the possessor
     * before a cue noun, skipping one modifier ("earlier", "repeated").
     */
    Phrase possessor(List<Tok> t, int j) {
        if (j > 0 && t.get(j).lower() && !lex.is("possessive", t.get(j).text()) && !t.get(j).text().endsWith("’s")
                && !t.get(j).text().endsWith("'s")) {
            j--;
        }
        Tok x = t.get(j);
        String w = x.text();
        if (x.lower() && lex.is("possessive", w)) {
            return NounPhrases.phrase(t, j, j, Phrase.Kind.PRONOUN);
        }
        if (!(w.endsWith("’s") || w.endsWith("'s")) || w.length() < 4) {
            return null;
        }
        if (x.capitalised()) {
            Phrase name = np.nameEndingAt(t, j, NounPhrases.clauseStart(t, j));
            return name;
        }
        return lex.titleHead(w.substring(0, w.length() - 2)) || lex.groupHead(w.substring(0, w.length() - 2))
                ? np.commonEndingAt(t, j, NounPhrases.clauseStart(t, j)) : null;
    }

    /**
     * "Six in 10 say …", "Nearly half said …", "a third said …", "majorities in all five say …": the share of those
     * polled that answered, after any hedge ("about", "more than", "at least").
     */
    private Phrase share(List<Tok> t, int j, int lo) {
        Tok w = t.get(j);
        int i = j;
        if (w.word() && j - 2 >= lo && t.get(j - 1).text().equals("in") && number(t.get(j)) && number(t.get(j - 2))) {
            i = j - 2;
        } else if (w.word() && j - 3 >= lo && t.get(j - 1).text().equals("of") && t.get(j - 2).text().equals("out")
                && number(t.get(j)) && number(t.get(j - 3))) {
            i = j - 3; // "nine out of 10"
        } else if (!(w.lower() && lex.is("share", w.text()))) {
            int in = j - 2;
            // "majorities in all five", "half of voters in each state": the share, then what it is of
            while (in > lo && in > j - 5 && !(t.get(in).word() && lex.is("share", t.get(in).text()))) {
                in--;
            }
            if (in <= lo && !(in == lo && t.get(in).word() && lex.is("share", t.get(in).text()))
                    || !t.get(in + 1).text().matches("in|of")) {
                return null;
            }
            i = in;
        }
        if (i > lo && lex.is("share", t.get(i).text()) && number(t.get(i - 1))) {
            i--; // "56 percent of those polled", "Fifty-six percent"
        }
        int h = i;
        while (h > lo && t.get(h - 1).word() && lex.is("hedge", t.get(h - 1).text())) {
            h--;
        }
        // the phrase leaves the hedge out: "About" or "At least" opening it would read as an adjunct
        Tok before = h > lo ? t.get(h - 1) : null;
        return before == null || before.punct(",") || before.word() && (lex.is("subordinator", before.text())
                || lex.is("discourse", before.text())) ? NounPhrases.phrase(t, i, j, Phrase.Kind.GROUP) : null;
    }

    private boolean number(Tok x) {
        return x.word() && (x.text().chars().allMatch(Character::isDigit) || lex.is("number", x.text())
                || x.text().matches("\\p{L}+-\\p{L}+") && lex.is("number", x.text().substring(x.text().indexOf('-') + 1)));
    }

    /**
     * "Some say …", "One said …, while another said …": a quantifier standing for people as the whole subject, at the
     * start of its clause or after a comma or a conjunction.
     */
    boolean quantifierSubject(List<Tok> t, int j) {
        if (j < 0 || !t.get(j).word() || !lex.is("quantifier-pronoun", t.get(j).text())) {
            return false;
        }
        int lo = NounPhrases.clauseStart(t, j);
        int i = j - 1;
        while (i >= lo && t.get(i).word() && lex.is("discourse", t.get(i).text())) {
            i--;
        }
        return i < lo || t.get(i).punct(",") || t.get(i).word() && (lex.is("subordinator", t.get(i).text())
                || t.get(i).text().equals("whereas"));
    }

    /**
     * "The bank", "the ad's narrator", "The billionaire real estate magnate": a determiner opening the clause, then
     * at most three more words, or five when the determiner opens the clause.
     */
    private Phrase determinedPhrase(List<Tok> t, int j, int lo) {
        int reach = t.get(lo).word() && lex.is("determiner", t.get(lo).text()) ? 5 : 3;
        for (int i = j - 1; i >= Math.max(lo, j - reach); i--) {
            Tok x = t.get(i);
            if (!x.word() || lex.is("preposition", x.text()) || lex.speechVerb(x.text()) != null
                    || x.text().equals("that") || x.text().equals("who") || x.text().equals("which")) {
                return null;
            }
            if (lex.is("determiner", x.text()) || lex.is("possessive", x.text()) || NounPhrases.possessiveName(x)
                    || i == lo && x.text().equals("That")) {
                if (NounPhrases.possessiveName(x)) {
                    // "Mrs. Clinton's advisers", "Gov. Ortiz's office": the possessor's whole name opens the phrase
                    Phrase owner = np.nameEndingAt(t, i, lo);
                    i = owner == null ? i : owner.from();
                }
                int k = i - 1;
                while (k >= lo && (t.get(k).punct(",") || t.get(k).word() && lex.is("discourse", t.get(k).text()))) {
                    k--;
                }
                boolean afterComma = i > lo && t.get(i - 1).punct(",");
                return k < lo || afterComma && (openingAdverbial(t, lo, i - 1) || closingCue(t, j + 1))
                        ? NounPhrases.phrase(t, i, j, Phrase.Kind.GROUP) : null;
            }
        }
        return null;
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

    /** Whether the cue ends its clause ("…, one slide says.", "…, the airline said Thursday."): a time word at most follows it. */
    private boolean closingCue(List<Tok> t, int cue) {
        int i = cue + 1;
        while (i < t.size() && i <= cue + 2 && t.get(i).word() && (lex.is("time", t.get(i).text()) || t.get(i).text().equals("on"))) {
            i++;
        }
        return i >= t.size() || t.get(i).punct(".!?");
    }

    /** "Civil rights activists say …": a short plural noun phrase that is the whole clause before the cue. */
    private Phrase bareSubject(List<Tok> t, int j, int lo) {
        int i = j;
        // the subject of the last coordinated clause: "…, and human rights groups warned"; of a relative clause: "a
        // charity that prosecutors said was …"
        while (i > lo && !t.get(i - 1).punct(",") && !t.get(i - 1).text().matches("that|which")) {
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
        return NounPhrases.phrase(t, i, j, Phrase.Kind.GROUP);
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
        while (i < j && t.get(i).word() && (lex.is("discourse", t.get(i).text()) || lex.is("subordinator", t.get(i).text())
                || t.get(i).text().equalsIgnoreCase("even"))) {
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
        String by = t.get(prep).text();
        if (head.lower() && lex.is("non-speaker", head.text()) && (by.equals("from") || by.equals("by")) && prep < j) {
            // "A statement from the province said", "a letter by Ms. Varga says": the document's author speaks
            Phrase name = t.get(j).capitalised() ? np.nameEndingAt(t, j, prep + 1) : null;
            return name != null ? name : NounPhrases.phrase(t, prep + 1, j, Phrase.Kind.GROUP);
        }
        boolean plural = head.text().endsWith("s") && !head.text().endsWith("ss") && head.text().length() > 3;
        if (head.capitalised() && !(plural && prep - 1 == i)) {
            // a sentence-initial plural ("Experts on …") is a common noun, not a name
            Phrase name = np.nameEndingAt(t, prep - 1, i);
            return name != null && name.from() == i ? name : null;
        }
        Tok first = t.get(i);
        boolean determined = lex.is("determiner", first.text()) || lex.is("possessive", first.text());
        return determined || plural || first.capitalised() ? NounPhrases.phrase(t, i, j, Phrase.Kind.GROUP) : null;
    }

    /** "the government of Spain": a name after "of" and a state-body noun belongs to that noun's phrase. */
    private Phrase stateBodyOf(List<Tok> t, Phrase name, int lo) {
        int of = name.from() - 1;
        if (of - 1 < lo || !t.get(of).text().equals("of") || !t.get(of - 1).lower() || !lex.is("state-body", t.get(of - 1).text())) {
            return name;
        }
        Phrase body = np.commonEndingAt(t, of - 1, lo);
        return NounPhrases.phrase(t, body.from(), name.to(), Phrase.Kind.GROUP);
    }

    /** The first speaker phrase of the clause that starts at {@code lo}, before {@code hi}. */
    Phrase firstPhrase(List<Tok> t, int lo, int hi) {
        int i = lo;
        while (i < hi && (t.get(i).punct(",") || t.get(i).word() && (lex.is("discourse", t.get(i).text())
                || t.get(i).text().equals("with")))) {
            i++;
        }
        if (i >= hi) {
            return null;
        }
        if (t.get(i).word() && (lex.is("time", t.get(i).text()) || lex.is("month", t.get(i).text()))) {
            // "Last week, the campaign …": an opening time adjunct is skipped up to its comma
            for (int c = i + 1; c < Math.min(hi, i + 5); c++) {
                if (t.get(c).punct(",")) {
                    return firstPhrase(t, c + 1, hi);
                }
            }
        }
        // "Recalling that moment, …", "Just before the flight took off, …": a participle, or a word and a preposition,
        // open an adverbial; no name does
        boolean opener = t.get(i).capitalised() && i + 1 < hi && t.get(i + 1).lower()
                && (t.get(i).text().endsWith("ing") || lex.is("preposition", t.get(i + 1).text())
                || lex.is("subordinator", t.get(i + 1).text()));
        if (t.get(i).word() && (lex.is("preposition", t.get(i).text()) || opener)) {
            // an opening adverbial ("In August, …", "During the debate, …") is skipped up to its comma when a
            // name or pronoun follows it, or any phrase after an opener; otherwise the phrase at the start stands, as a
            // weaker guess
            for (int c = i + 1; c < hi; c++) {
                if (t.get(c).punct(",")) {
                    Phrase after = firstPhrase(t, c + 1, hi);
                    if (after != null && (opener || after.kind() == Phrase.Kind.NAME || after.kind() == Phrase.Kind.PRONOUN)) {
                        return after;
                    }
                    break;
                }
            }
        }
        Phrase p = np.npForward(t, i);
        if (p == null) {
            p = determinedBeforeVerb(t, i, hi);
        }
        if (p != null && p.kind() != Phrase.Kind.NAME && p.to() + 1 < hi && t.get(p.to() + 1).punct(",")
                && !(p.to() + 2 < hi && t.get(p.to() + 2).text().matches("who|whose|which"))) {
            // "On Monday, the minister …" skips the opening phrase; "A White House official, who asked …," is the subject
            return firstPhrase(t, p.to() + 2, hi);
        }
        return p != null && p.to() < hi ? p : null;
    }

    /**
     * "The organisers rushed …", "the council asked …": a determiner and at most three plain words, then a verb in -ed
     * or of speech, when no head noun the lexicon knows makes it a phrase.
     */
    private Phrase determinedBeforeVerb(List<Tok> t, int i, int hi) {
        if (!t.get(i).word() || !lex.is("determiner", t.get(i).text()) && !lex.is("possessive", t.get(i).text())) {
            return null;
        }
        int m = i + 1;
        while (m < hi && m <= i + 3 && t.get(m).lower() && !verbLike(t.get(m).text()) && !lex.is("preposition", t.get(m).text())
                && !lex.is("determiner", t.get(m).text()) && !lex.is("pronoun", t.get(m).text())) {
            m++;
        }
        return m > i + 1 && m < hi && t.get(m).lower() && verbLike(t.get(m).text())
                ? NounPhrases.phrase(t, i, m - 1, Phrase.Kind.GROUP) : null;
    }

    private boolean verbLike(String w) {
        return w.endsWith("ed") || lex.speechVerb(w) != null || lex.is("copula", w);
    }

    /** "appeared to suggest", "continues to insist", "went on to explain": {@code j} is the "to" of such a chain. */
    boolean raising(List<Tok> t, int j) {
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
            if (x.punct(",") && i == j - 1) {
                // "…, which let him go in 2015, and said …": the comma before "and" closes the relative clause
                return false;
            }
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
}
