package dev.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    /** Words after "call" that make it cancel, summon, or a noun ("called off", "call centres"). */
    private static final Set<String> CALL_PARTICLES = Set.of("off", "up", "back", "center", "centers", "centre",
            "centres", "sheet", "sheets", "log", "logs", "record", "records", "sign", "signs");
    /** Words after "called to" that summon ("called to active duty", "called to testify"). */
    private static final Set<String> SUMMONED_TO = Set.of("service", "duty", "active", "account", "order", "testify",
            "appear", "the");
    /** Words after the one called that make the call a telephone call ("called Varga shortly after …"). */
    private static final Set<String> AFTER_A_CALL = Set.of("shortly", "after", "before", "twice", "again", "onto", "into");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    /** Lower-case words that cannot stand in a description before a name ("said 9/11 widow Terry Strada"). */
    private static final Set<String> NOT_A_MODIFIER = Set.of("and", "or", "but", "who", "that", "which", "as", "not", "also");
    /** Capitalised verbs of title-case headlines ("Former Doctor Says Clinton …"). */
    private static final java.util.Set<String> HEADLINE_VERBS = java.util.Set.of("Says", "Said", "Tells", "Warns",
            "Insists", "Claims", "Urges", "Vows", "Admits", "Denies", "Calls", "Reveals", "Asks", "Suggests", "Predicts",
            "Promises", "Pledges", "Demands", "Argues", "Announces", "Declares", "Confirms", "Explains", "Writes");

    /** Words opening an embedded question or a determiner phrase that names nobody ("which officials said …"). */
    private static final java.util.Set<String> WH_WORDS = java.util.Set.of("how", "what", "why", "whatever", "which",
            "whose");

    /** Verbs that report an intention with "to" ("vowed to form", "threatened to make"). */
    static final java.util.Set<String> TO_VERBS = java.util.Set.of("vow", "pledge", "promise", "threaten", "urge",
            "demand", "propose", "ask", "call");
    /** Verbs that report a clause rather than name a thing ("Some argue …", unlike "another called i360 …"). */
    static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("say", "tell", "add", "argue", "insist",
            "warn", "note", "explain", "contend", "predict", "acknowledge", "concede", "complain", "suggest", "claim");
    private final String text;
    private final Lexicon lex;
    private final NounPhrases np;
    private final Subjects subjects;

    FrameFinder(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
        this.np = new NounPhrases(text, lex);
        this.subjects = new Subjects(lex, np);
    }

    /** The speaker phrase starting at {@code i} ("Smith", "the people familiar with the matter", "he"). */
    Phrase npForward(List<Tok> t, int i) {
        return np.npForward(t, i);
    }

    List<Frame> find(Unit u) {
        List<Tok> t = u.toks();
        List<Frame> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Tok w = t.get(k);
            if (w.type() == Tok.Type.PUNCT && "―—–".contains(w.text()) && k > 0 && t.get(k - 1).isQuote()) {
                Phrase sp = np.npForward(t, k + 1);
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
                Phrase sp = np.npForward(t, phraseEnd + 1);
                if (sp == null) {
                    sp = np.phraseUntilComma(t, phraseEnd + 1, k == 0);
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
        if (base == null || base.equals("call") && nonSpeechCall(t, k)) {
            return null;
        }
        if (base.equals("add") && k + 1 < t.size() && (t.get(k + 1).punct("$€£")
                || t.get(k + 1).word() && Character.isDigit(t.get(k + 1).text().charAt(0)))) {
            // "would add $84 billion over 10 years", "added 200,000 jobs": a sum, not words
            return null;
        }
        Tok prev = k > 0 ? t.get(k - 1) : null;
        Tok next = k + 1 < t.size() ? t.get(k + 1) : null;
        if (prev != null && prev.word() && lex.is("noun-cue", w.text()) && next != null && next.word()
                && next.text().equals("that")) {
            Phrase owner = subjects.possessor(t, k - 1);
            if (owner != null) {
                return new Frame(k, k, w.text(), base, owner, owner.from(), k, false);
            }
        }
        if (prev != null && prev.capitalised() && k > 1 && t.get(k - 2).lower() && lex.is("noun-cue", w.text())
                && w.text().endsWith("s") && (lex.is("preposition", t.get(k - 2).text()) || lex.is("determiner", t.get(k - 2).text()))) {
            // "11% of Democratic claims", "so many Republican claims": a noun with its adjective, not a verb
            return null;
        }
        if (prev != null && prev.word()) {
            String p = prev.text().toLowerCase(Locale.ROOT);
            // "Some say", "another said": a quantifier is the subject of a verb that reports a clause, not the
            // determiner of a noun ("some reports", "many calls")
            boolean quantified = subjects.quantifierSubject(t, k - 1) && (CLAUSE_VERBS.contains(base) || next != null && next.isQuote())
                    && !lex.is("noun-cue", w.text())
                    // "Two in three said": a number before a verb form that is no plural noun ("two reports")
                    || lex.is("number", p) && !w.text().endsWith("s");
            if (lex.is("determiner", p) && !quantified || lex.is("possessive", p) || p.endsWith("'s") || p.endsWith("’s") || p.equals("that")
                    || p.equals("was") || p.equals("were") || p.equals("been") || p.equals("being") || p.equals("be")
                    || p.equals("is") && w.text().endsWith("ed") || p.equals("are") && w.text().endsWith("ed")
                    || p.equals("to") && !subjects.raising(t, k - 1)
                    // "did not say what steps …", "never said": a denied or withheld statement reports nothing
                    || p.equals("not") || p.equals("never") || p.endsWith("n't") || p.endsWith("n’t")) {
                return null;
            }
        }
        // "“…,” Burman, director of the center, said of the plan": a unit opening with a quotation also counts
        boolean quoteBefore = prev != null && (prev.isQuote() || k > 1 && t.get(k - 2).isQuote() || npBeforeAfterQuote(t, k)
                || t.get(0).isQuote());
        if (next != null && next.word() && (next.text().equals("of") && !quoteAfter(t, k) && !quoteBefore
                || next.text().equals("to") && !base.equals("say")
                && !base.equals("tell") && !TO_VERBS.contains(base))) {
            return null;
        }
        // "continued: “…”", "“…,” he continued": a colon-only verb needs a quotation beside it
        if (lex.colonOnly(base) && !(next != null && (next.punct(":") || next.isQuote()) || prev != null && prev.isQuote()
                || npBeforeAfterQuote(t, k) || prev != null && prev.punct(",") && k > 1 && t.get(k - 2).isQuote())) {
            return null;
        }
        if (next != null && next.word() && next.text().equals("anonymity")) {
            // "who requested anonymity", "asked for anonymity" describe a source, they report nothing
            return null;
        }
        boolean afterQuote = prev != null && (prev.isQuote() || prev.punct(",") && k > 1 && t.get(k - 2).isQuote());
        Phrase sp = null;
        boolean inverted = false;
        Phrase namedAfter = afterQuote || prev != null && prev.punct(",") ? descriptionThenName(t, k + 1) : null;
        if (namedAfter != null) {
            sp = namedAfter;
            inverted = true;
        } else if (afterQuote || k == 0) {
            sp = np.npForward(t, k + 1);
            sp = sp != null && afterQuote ? closingName(t, sp) : sp;
            if (sp == null && afterQuote) {
                sp = speakerToPunctuation(t, k + 1);
            }
            inverted = sp != null;
        } else if (prev != null && prev.punct(",")) {
            Phrase after = np.npForward(t, k + 1);
            if (after == null || after.to() + 1 < t.size() && t.get(after.to() + 1).word()) {
                Phrase described = CLAUSE_VERBS.contains(base) && !base.equals("tell") ? postposedDescription(t, k + 1) : null;
                after = described != null ? described : after;
            }
            // "…, noted that the campaign's manager, Jeff Roe, is …": "that" opens the reported clause; "“…,” Ilse
            // Varga, the harbour master, told CBC News.": after "told" stands the listener, never the speaker
            boolean noSpeaker = base.equals("tell") || after != null && t.get(after.from()).text().equals("that");
            if (after != null && !noSpeaker && after.kind() != Phrase.Kind.PRONOUN && !listenerThenThat(t, base, after)
                    && !appositiveSubject(t, k)
                    && (after.to() + 1 >= t.size() || !t.get(after.to() + 1).word()
                    || t.get(after.to() + 1).text().equals("who") || lex.is("preposition", t.get(after.to() + 1).text()))) {
                sp = closingName(t, after);
                inverted = true;
            }
        }
        if (sp == null) {
            sp = subjects.npBefore(t, k);
        }
        if (sp == null && w.text().endsWith("ing")) {
            sp = subjects.firstPhrase(t, NounPhrases.clauseStart(t, k - 1 < 0 ? 0 : k - 1), k);
        }
        if (sp == null) {
            sp = wholeClauseSubject(t, k, base);
        }
        if (sp == null) {
            sp = listSubject(t, k, base);
        }
        if (sp == null || notSpeaker(t, sp, k) || !inverted && thingAddsObject(t, sp, k, base)) {
            return null;
        }
        if (!inverted && sp.from() > 0 && t.get(sp.from() - 1).word()
                && t.get(sp.from() - 1).text().matches("that|which")
                && sp.kind() != Phrase.Kind.PRONOUN && !RelativeClauses.gapAfterCue(t, sp, k, lex)) {
            return null;
        }
        int from = inverted ? k : Math.min(RelativeClauses.relativeStart(t, sp, k), k);
        int to = inverted ? sp.to() : k;
        return new Frame(k, k, w.text(), base, sp, from, to, inverted);
    }

    /**
     * "…, said the firm's chief executive, Ilse Varga.": a description after the cue, then a name between a comma and
     * the sentence's end: the name speaks.
     */
    private Phrase closingName(List<Tok> t, Phrase description) {
        if (description.kind() == Phrase.Kind.NAME || description.kind() == Phrase.Kind.PRONOUN) {
            return description;
        }
        Phrase name = nameClosingAfter(t, description.to() + 1);
        return name != null ? name : description;
    }

    /**
     * "call" that names, cancels, summons or telephones reports nothing: "a group called Harbour First", "called off
     * the strike", "called to active duty", "called Varga shortly after the vote", "called both candidates on Tuesday
     * night". "called Varga a liar", "called the plan “reckless”", "called for a ceasefire" and "called a vote" (a
     * decision announced) still report.
     */
    private boolean nonSpeechCall(List<Tok> t, int k) {
        if (k + 1 >= t.size() || !t.get(k + 1).word()) {
            return false;
        }
        String next = t.get(k + 1).text().toLowerCase(Locale.ROOT);
        if (CALL_PARTICLES.contains(next) || next.equals("to") && k + 2 < t.size() && SUMMONED_TO.contains(t.get(k + 2).text())) {
            return true;
        }
        if (t.get(k).text().equals("called") && t.get(k + 1).capitalised() && namingArticle(t, k)) {
            return true;
        }
        // the one telephoned: a name, or a short determined phrase, then a time, "to" and a verb, or the sentence's end
        int i = k + 1;
        int end = i;
        if (t.get(i).capitalised()) {
            while (end < t.size() && end - i < 3 && t.get(end).capitalised() && !lex.is("time", t.get(end).text())
                    && !lex.is("month", t.get(end).text())) {
                end++;
            }
        } else if (lex.is("determiner", next) && !next.equals("the")) {
            end++;
            while (end < t.size() && end - i < 4 && t.get(end).lower() && !lex.is("time", t.get(end).text())
                    && !lex.is("preposition", t.get(end).text()) && !lex.is("determiner", t.get(end).text())
                    && !t.get(end).text().equals("and")) {
                end++;
            }
        }
        if (end == i || end >= t.size()) {
            return false;
        }
        Tok after = t.get(end);
        String a = after.text().toLowerCase(Locale.ROOT);
        return after.punct(".") && end + 1 == t.size()
                || after.word() && (lex.is("time", a) || AFTER_A_CALL.contains(a)
                || a.equals("to") && end + 1 < t.size() && t.get(end + 1).lower() && !lex.is("determiner", t.get(end + 1).text())
                && !lex.is("possessive", t.get(end + 1).text()))
                || after.word() && a.equals("on") && end + 1 < t.size() && lex.is("time", t.get(end + 1).text());
    }

    /** "a new group called …", "so-called": an article and a noun before "called" that gives a name. */
    private boolean namingArticle(List<Tok> t, int k) {
        if (k >= 1 && t.get(k - 1).text().equalsIgnoreCase("so")) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            Tok x = t.get(j);
            if (x.word() && INDEFINITE.contains(x.text().toLowerCase(Locale.ROOT))) {
                return j < k - 1;
            }
            if (!x.word() || !x.lower() || x.text().endsWith("ly") || lex.is("pronoun", x.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Another pollster, Ilse Varga of the harbour board, said his survey …": the unit up to the cue is a noun phrase
     * and a name between commas, with no verb, so it is the cue's subject, not a statement before an inverted frame.
     */
    private boolean appositiveSubject(List<Tok> t, int k) {
        int c = k - 2;
        while (c >= 0 && (t.get(c).word() || abbreviationDot(t, c))) {
            c--;
        }
        if (c < 1 || k - 1 - c > 9 || !t.get(c).punct(",")) {
            return false;
        }
        if (!t.get(c + 1).capitalised()) {
            return describedName(t, c, k);
        }
        for (int i = 0; i < c; i++) {
            Tok x = t.get(i);
            if (!(x.word() || abbreviationDot(t, i)) || i >= 9) {
                return false;
            }
            String w = x.text().toLowerCase(Locale.ROOT);
            if (x.word() && x.lower() && (lex.is("adverb", w) || lex.is("copula", w) || lex.speechVerb(w) != null
                    || w.endsWith("ed") || w.equals("that") || w.equals("which") || w.equals("who"))) {
                return false;
            }
        }
        return t.get(0).capitalised();
    }

    /**
     * "Ilse Varga, chair of the harbour board, said having …": a name alone before the comma at {@code c}, then a
     * description of at most nine words holding a head noun ("chair", "director"), so the name is the subject.
     */
    private boolean describedName(List<Tok> t, int c, int k) {
        for (int i = 0; i < c; i++) {
            if (!(t.get(i).capitalised() || abbreviationDot(t, i)) || i >= 6) {
                return false;
            }
        }
        if (c < 2 || lex.is("preposition", t.get(0).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean head = false;
        for (int i = c + 1; i < k - 1; i++) {
            Tok x = t.get(i);
            String w = x.text().toLowerCase(Locale.ROOT);
            if (x.word() && x.lower() && (lex.is("copula", w) || lex.speechVerb(w) != null || w.endsWith("ed")
                    || w.matches("that|which|who"))) {
                return false;
            }
            head |= x.lower() && np.isHead(w);
        }
        return head;
    }

    /**
     * "Ortiz, in a statement, told the Gazette on Monday that …": after "told" the phrase is the listener, not an
     * inverted speaker, when "that" follows it within a short adjunct.
     */
    private static boolean listenerThenThat(List<Tok> t, String base, Phrase after) {
        if (!base.equals("tell")) {
            return false;
        }
        for (int i = after.to() + 1; i < Math.min(t.size(), after.to() + 7); i++) {
            if (!t.get(i).word()) {
                return false;
            }
            if (t.get(i).text().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "People briefed on the talks said …", "Several skippers I spoke with last week say …": when no phrase pattern
     * finds the subject of a finite verb that reports a clause, the words from the start of its clause (at most
     * seven after a leading "But" or "And", opening with a capital, a determiner or a quantifier but no adverb,
     * participle or clause word, holding no punctuation but abbreviation stops) are the speaker.
     */
    private Phrase wholeClauseSubject(List<Tok> t, int k, String base) {
        Tok w = t.get(k);
        if (k == 0 || !CLAUSE_VERBS.contains(base) || w.text().endsWith("ing") || lex.is("noun-cue", w.text())
                || !t.get(k - 1).word() || k + 1 >= t.size() || !(t.get(k + 1).word() || t.get(k + 1).isQuote())) {
            return null;
        }
        int lo = k - 1;
        while (lo > 0 && k - lo < 8 && (t.get(lo - 1).word() || abbreviationDot(t, lo - 1))) {
            lo--;
        }
        if (lo > 0 && !t.get(lo - 1).punct(",:;―—–(") && !t.get(lo - 1).isQuote()) {
            return null;
        }
        while (lo < k - 1 && (t.get(lo).text().equals("But") || t.get(lo).text().equals("And"))) {
            lo++; // "But executives who run news organizations say …"
        }
        Tok first = t.get(lo);
        String f = first.text().toLowerCase(Locale.ROOT);
        if (!(first.capitalised() || lex.is("determiner", f)) || lex.is("preposition", f) || WH_WORDS.contains(f)
                || lex.is("subordinator", f) || lex.is("pronoun", f) || lex.is("time", f) || f.equals("it")
                || f.equals("there") || f.equals("that") || f.equals("this") || lex.is("adverb", f)
                || lex.is("discourse", f) || lex.is("clause-word", f) || f.endsWith("ing") || f.endsWith("ly")
                || f.equals("through")) {
            return null; // "Now tell …", "Hearing him say …", "Through claiming …"
        }
        for (int i = lo; i < k; i++) {
            String x = t.get(i).text().toLowerCase(Locale.ROOT);
            if (x.equals("that") || x.equals("which") || lex.speechVerb(x) != null && i > lo) {
                return null;
            }
        }
        return NounPhrases.phrase(t, lo, k - 1, Phrase.Kind.GROUP);
    }

    /**
     * "Ms. Varga, Mr. Brandt and other skippers in both ports said …", "Several skippers, including Varga, said …": a
     * list of names and a last member after "and", or a phrase and the names it includes, opening the sentence and
     * holding no verb, is the subject of a verb that reports a clause.
     */
    private Phrase listSubject(List<Tok> t, int k, String base) {
        if (k < 3 || !CLAUSE_VERBS.contains(base) || t.get(k).text().endsWith("ing")) {
            return null;
        }
        int names = 0;
        int i = k - 1;
        if (t.get(i).punct(",")) {
            // "Several skippers, including Varga, said": the names the phrase includes, between commas
            int j = i - 1;
            while (j > 0 && (t.get(j).capitalised() || abbreviationDot(t, j) || t.get(j).text().equals("and"))) {
                j--;
            }
            if (j < 2 || j == i - 1 || !t.get(j).text().equals("including") || !t.get(j - 1).punct(",")) {
                return null;
            }
            i = j - 2;
            names = 1;
        } else {
            // the last member, up to "and" ("other skippers in both ports")
            int words = 0;
            while (i > 0 && t.get(i).word() && !t.get(i).text().equals("and") && words < 8) {
                words++;
                i--;
            }
            if (i < 1 || !t.get(i).text().equals("and") || words == 0) {
                return null;
            }
            i--;
            if (t.get(i).punct(",")) {
                i--;
            }
            // the names before it, separated by commas
            while (i >= 0) {
                int end = i;
                while (i >= 0 && (t.get(i).capitalised() || abbreviationDot(t, i)) && end - i < 5) {
                    i--;
                }
                if (i == end || !t.get(i + 1).capitalised()) {
                    return null;
                }
                names++;
                if (i < 0 || !t.get(i).punct(",")) {
                    break;
                }
                i--;
            }
            if (names < 2) {
                return null;
            }
        }
        int from = t.get(k - 1).punct(",") ? NounPhrases.clauseStart(t, i) : i + 1;
        if (from != 0 && !t.get(from - 1).punct(":;―—–(") || i - from > 5) {
            return null;
        }
        for (int x = from; x < k; x++) {
            String w = t.get(x).text().toLowerCase(Locale.ROOT);
            if (t.get(x).word() && t.get(x).lower() && (lex.is("copula", w) || lex.speechVerb(w) != null
                    || w.endsWith("ed") || w.matches("that|which|who"))) {
                return null;
            }
        }
        return t.get(from).capitalised() ? NounPhrases.phrase(t, from, k - 1 - (t.get(k - 1).punct(",") ? 1 : 0),
                Phrase.Kind.GROUP) : null;
    }

    /**
     * "“…,” said the younger Mr. Ortiz.", "“…,” said one of those advisers, who …": after a quotation and its verb,
     * the words up to the next punctuation (at most ten, opening with no preposition, holding no verb of speech or
     * "that") name the speaker even when no phrase pattern knows their head; a name closing them stands for them.
     */
    private Phrase speakerToPunctuation(List<Tok> t, int i) {
        int j = i;
        while (j < t.size() && j - i < 10 && (t.get(j).word() && lex.speechVerb(t.get(j).text()) == null
                && !t.get(j).text().matches("that|who|which") || abbreviationDot(t, j))) {
            j++;
        }
        if (j == i || j < t.size() && !t.get(j).punct(",.;") || lex.is("preposition", t.get(i).text())
                || lex.is("time", t.get(i).text())) {
            return null;
        }
        Phrase name = t.get(j - 1).capitalised() ? np.nameEndingAt(t, j - 1, i) : null;
        return name != null ? name : NounPhrases.phrase(t, i, j - 1, Phrase.Kind.GROUP);
    }

    /**
     * "…, said the firm's chief executive." and "…, said the harbour's new owner, Ilse Varga.": after a comma and a
     * cue that reports a clause (not "tweeted their approval"), a determined phrase that no head noun pattern knows,
     * closing the sentence or followed by a name, is the inverted subject.
     */
    private Phrase postposedDescription(List<Tok> t, int i) {
        if (i >= t.size() || !t.get(i).word() || !t.get(i).lower()
                || !(lex.is("determiner", t.get(i).text()) || lex.is("possessive", t.get(i).text()))) {
            return null;
        }
        Phrase sp = speakerToPunctuation(t, i);
        if (sp == null || sp.kind() == Phrase.Kind.NAME || sp.to() - sp.from() > 5 || t.get(i - 1).text().endsWith("ing")) {
            return null;
        }
        for (int k = sp.from() + 1; k <= sp.to(); k++) {
            // "…, said the plan put forward is weak": a verb, a conjunction or an adjunct makes it a clause
            String w = t.get(k).text();
            if (t.get(k).lower() && (lex.is("copula", w) || w.endsWith("ed") || w.equals("and") || lex.is("pronoun", w)
                    || lex.is("preposition", w) && !w.equals("of"))) {
                return null;
            }
        }
        int j = sp.to() + 1;
        if (j + 1 >= t.size() || t.get(j).punct(".") && j + 1 == t.size()) {
            return sp;
        }
        return nameClosingAfter(t, j);
    }

    /** The name between the comma at {@code c} and the unit's end (a full stop allowed), or null. */
    private Phrase nameClosingAfter(List<Tok> t, int c) {
        Phrase name = c + 1 < t.size() && t.get(c).punct(",") ? np.npForward(t, c + 1) : null;
        boolean last = name != null && (name.to() + 1 == t.size() || name.to() + 2 == t.size() && t.get(name.to() + 1).punct("."));
        return last && name.kind() == Phrase.Kind.NAME ? name : null;
    }

    /**
     * "…,” said 9/11 widow Terry Strada." and "…, said Chicago landlord Ilse Varga.": a few modifiers and a
     * lowercase noun that no head-noun list knows, then a name of two or more words closing the clause. The name
     * speaks, with its description; without this the first capitalised modifier ("Chicago") was taken for the
     * speaker, or, after a number, none was found.
     */
    private Phrase descriptionThenName(List<Tok> t, int i) {
        int end = i;
        while (end < t.size() && end - i < 9 && t.get(end).word()) {
            end++;
        }
        if (end < t.size() && (!t.get(end).punct(",.;") || abbreviationDot(t, end))) {
            return null;
        }
        int noun = end - 1;
        while (noun >= i && t.get(noun).capitalised()) {
            noun--;
        }
        String head = noun >= i ? t.get(noun).text() : "";
        if (noun < i || end - noun - 1 < 2 || noun - i > 4 || !t.get(noun).lower()
                || head.endsWith("ed") || head.endsWith("ing") || head.endsWith("ly") || head.endsWith("s")) {
            return null;
        }
        for (int k = i; k <= noun; k++) {
            String w = t.get(k).text();
            if (t.get(k).lower() && (lex.is("preposition", w) || lex.is("copula", w) || lex.is("pronoun", w)
                    || lex.is("time", w) || lex.speechVerb(w) != null || NOT_A_MODIFIER.contains(w)
                    || k > i && (lex.is("determiner", w) || lex.is("possessive", w)))) {
                return null;
            }
        }
        return NounPhrases.phrase(t, i, end - 1, Phrase.Kind.NAME);
    }

    /** The full stop of "Mr." or "J." inside a name, a capitalised word after it. */
    private boolean abbreviationDot(List<Tok> t, int j) {
        return t.get(j).punct(".") && j > 0 && j + 1 < t.size() && t.get(j + 1).capitalised()
                && (lex.is("abbreviation", t.get(j - 1).text()) || t.get(j - 1).text().length() == 1);
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

    /**
     * "The package adds more than a hundred vessels to the list": "add" after a subject that names a thing, not a
     * speaker, and before a noun-phrase object means putting something in, not saying it. "The report adds that …"
     * and "officials added the …" still report.
     */
    private boolean thingAddsObject(List<Tok> t, Phrase sp, int k, String base) {
        if (!base.equals("add") || sp.kind() != Phrase.Kind.GROUP || k + 1 >= t.size()) {
            return false;
        }
        Tok head = t.get(sp.to());
        Tok next = t.get(k + 1);
        boolean thing = head.lower() && !np.isHead(head.text());
        boolean object = next.word() && (next.lower() && (lex.is("determiner", next.text()) || lex.is("quantity", next.text()))
                || next.text().chars().allMatch(Character::isDigit));
        return thing && object;
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
        Phrase name = np.nameEndingAt(t, j, 0);
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
        Phrase sp = np.npForward(t, 0);
        return sp != null && sp.kind() == Phrase.Kind.NAME && sp.to() < colon ? sp : null;
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
}
