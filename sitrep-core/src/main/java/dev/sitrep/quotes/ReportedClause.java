package dev.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause a frame reports after its cue: "said (that) …", skipping the listener of "told" and a short adjunct
 * ("said after the vote he …"), up to a clause break, a coordinated cue or a speech participle of its own. Needs
 * three words, or a quotation; a cue whose object is missing ("says is a lie") reports nothing.
 */
final class ReportedClause {
    private static final Set<String> BREAK_WORDS = Set.of("but", "while", "with", "which", "whereas", "although", "though");
    /** Verbs whose reported clause may follow a prepositional adjunct without "that" ("said after the vote he …"). */
    private static final Set<String> ADJUNCT_VERBS = Set.of("say", "tell", "add", "write", "insist", "argue", "warn",
            "claim", "explain", "note");
    /** Conjunctions that open an adverbial clause, not a reported one ("said as he entered", unlike "said when …"). */
    private static final Set<String> ADVERBIAL = Set.of("as", "while", "before", "after", "until", "because", "since");
    /** Concessive conjunctions: after a comma they end the reported clause even when it is short. */
    /** Words ending in "ing" that are no participle of the speaker's ("including", "according"). */
    private static final Set<String> NOT_PARTICIPLES = Set.of("including", "according", "during", "something",
            "nothing", "anything", "everything", "concerning", "regarding");
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "whereas");
    /** Conjunctions after which a clause with its own speech verb is another statement. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas");
    /** Auxiliaries and modals that show a clause has begun ("it would", "the company has"). */
    private static final Set<String> AUXILIARIES = Set.of("would", "will", "could", "can", "should", "may", "might", "must",
            "has", "had", "have", "is", "was", "are", "were", "did", "does", "plans", "intends", "expects");
    private static final Set<String> WH = Set.of("how", "what", "whether", "why", "when", "where", "if");
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "warn", "urge", "ask", "promise", "remind", "assure");
    /** Who is told, when no "that" follows: "told reporters the …", "told him it …". */
    private static final Set<String> RECIPIENTS = Set.of("him", "her", "them", "us", "me", "reporters", "journalists");
    /** Verbs whose content may be a gerund clause ("proposed dropping the levy"), unlike "said during …". */
    private static final Set<String> GERUND_VERBS = Set.of("propose", "suggest", "recommend", "advocate");
    /**
     * Verbs whose finite forms report a gerund clause of the speaker's own doing ("reported raising $9 million",
     * "denied taking the money", "recalled meeting him"); "report" and "reporting" may be a noun or an adjunct.
     */
    private static final Set<String> GERUND_REPORTS = Set.of("report", "admits", "deny", "acknowledge", "recall");
    /** Verbs whose two-word object is no statement ("said the word", "told the story", "asked the question"). */
    private static final Set<String> NO_NOUN_OBJECT = Set.of("say", "tell", "add", "ask", "write", "call", "report",
            "continue", "answer", "respond", "reply");
    private final String text;
    private final Lexicon lex;

    ReportedClause(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
    }

    /** The offsets {start, end} of the clause the frame reports after its cue, or null when it reports none. */
    int[] contentAfter(List<Tok> t, Frame f) {
        int s = f.to() + 1;
        if (f.from() > 1 && f.inverted() && f.verb() == null && !opensClause(t, f.from())) {
            return null;
        }
        while (s < t.size() && t.get(s).punct(":,")) {
            s++;
        }
        if (s < t.size() && t.get(s).punct(TokSpans.DASHES)) {
            // "said — on the radio, as it happens — that …": the aside between dashes is not the statement
            int close = TokSpans.dashAfter(t, s);
            s = close > s ? close + 1 : s;
        }
        boolean that = false;
        if (f.verb() != null && OBJECT_VERBS.contains(f.verb())) {
            for (int i = s; i < Math.min(t.size(), s + 14); i++) {
                if (t.get(i).isQuote() || t.get(i).punct(".;")) {
                    break;
                }
                if (t.get(i).word() && t.get(i).text().equals("that")) {
                    s = i;
                    that = true;
                    break;
                }
                // "asked whether …" at once, "told them how …" after the listener
                if (t.get(i).word() && (i > s || f.verb().equals("ask")) && WH.contains(t.get(i).text())) {
                    s = i;
                    that = true;
                    break;
                }
            }
        }
        if (!that && "tell".equals(f.verb())) {
            int after = afterRecipient(t, s);
            if (after > s) {
                s = after;
                that = true;
            }
        }
        boolean adjunct = s < t.size() && t.get(s).word() && lex.is("preposition", t.get(s).text());
        for (int i = s; i < Math.min(t.size(), s + (adjunct ? 12 : 8)); i++) {
            // "that" closing the clause ("… to do that.") is a pronoun, not the conjunction
            boolean opens = i + 1 < t.size() && !t.get(i + 1).punct(".!?;");
            if (t.get(i).word() && t.get(i).text().equals("that") && opens
                    && (noClauseBetween(t, s, i) || adjunct && adjunctOnly(t, s, i))) {
                // "said that was not her view": "that" followed by a verb is the subject, not the conjunction
                s = i + 1 < t.size() && t.get(i + 1).word() && lex.is("copula", t.get(i + 1).text()) ? i : i + 1;
                that = true;
                break;
            }
        }
        while (s < t.size() && t.get(s).word() && lex.is("time", t.get(s).text()) && Character.isUpperCase(t.get(s).text().charAt(0))) {
            s++;
        }
        if (!that && s + 2 < t.size() && t.get(s).text().matches("on|in") && t.get(s + 1).capitalised()
                && (lex.is("time", t.get(s + 1).text()) || lex.is("month", t.get(s + 1).text())) && t.get(s + 2).word()) {
            s += 2; // "reported on Wednesday the service had …": a time adjunct before the clause
        }
        if (s >= t.size()) {
            return null;
        }
        if (!that && f.verb() != null && ADJUNCT_VERBS.contains(f.verb()) && t.get(s).word()
                && lex.is("preposition", t.get(s).text())) {
            int clause = pronounAfterAdjunct(t, s);
            if (clause > s) {
                s = clause;
                that = true;
            }
        }
        Tok first = t.get(s);
        // "which officials said will take effect": the relative word is the reported clause's subject
        boolean gap = !f.inverted() && f.verb() != null && RelativeClauses.gapAfterCue(t, f.speaker(), f.cueFrom(), lex);
        boolean relative = f.from() > 0 && t.get(f.from() - 1).word() && t.get(f.from() - 1).text().matches("which|that|who")
                || gap;
        if (!that && !relative && first.lower()
                && (lex.is("copula", first.text()) || first.text().equals("and") || first.text().equals("or"))) {
            // "Everything Trump says is a lie", "he said and did": the cue's object is missing, nothing is reported
            return null;
        }
        if (!that && first.lower() && ADVERBIAL.contains(first.text()) && !TokSpans.hasPunct(t, s, t.size() - 1, ",")) {
            // "said as he entered the talks": an adverbial clause with no reported clause after it
            return null;
        }
        boolean hedge = first.text().equals("at") && s + 1 < t.size() && t.get(s + 1).text().matches("least|most");
        if (!that && !hedge && f.verb() != null && first.word() && lex.is("preposition", first.text()) && !first.text().equals("for")
                && !(first.text().equalsIgnoreCase("to") && FrameFinder.TO_VERBS.contains(f.verb()))
                && !first.text().equals("about") && !(f.verb().equals("call") && first.text().equals("on"))) {
            return null;
        }
        // "called for a moratorium", "calling for his dismissal": what is called for is the statement
        boolean callFor = "call".equals(f.verb()) && first.text().equals("for") && s + 1 < t.size() && t.get(s + 1).word()
                && !TokSpans.hasQuote(t, s, Math.min(t.size() - 1, s + 1));
        if (callFor) {
            s++;
            first = t.get(s);
            that = true;
        }
        boolean infinitive = false;
        for (int i = s; i < Math.min(t.size(), s + 6) && f.verb() != null && OBJECT_VERBS.contains(f.verb()); i++) {
            if (t.get(i).word() && t.get(i).text().equals("to") && i > s) {
                infinitive = true;
                break;
            }
            if (!t.get(i).word()) {
                break;
            }
        }
        // "promising to lift regulations": an intention verb's infinitive is its statement
        infinitive |= first.word() && first.text().equalsIgnoreCase("to") && FrameFinder.TO_VERBS.contains(f.verb());
        that |= infinitive;
        if (!that && !TokSpans.hasQuote(t, s, t.size() - 1) && f.verb() != null && (OBJECT_VERBS.contains(f.verb())
                || first.word() && first.text().endsWith("ing") && first.lower() && !GERUND_VERBS.contains(f.verb())
                && !gerundReport(f) && !gerundSubject(t, s))) {
            return null;
        }
        int e = s;
        boolean seenQuote = false;
        boolean embedded = gap || embedded(t, f);
        // "In a statement announcing the pick, …": the participle's object names the occasion, not a statement
        boolean opening = f.cue().endsWith("ing") && inOpeningPhrase(t, f.cueFrom());
        boolean adverbial = opening || !f.inverted() && inAdverbialClause(t, f.from());
        for (int i = s; i < t.size(); i++) {
            Tok x = t.get(i);
            int aside = x.punct(TokSpans.DASHES) && i > s ? TokSpans.dashAfter(t, i) : -1;
            if (aside > 0 && aside + 1 < t.size() && t.get(aside + 1).lower()) {
                // "to ban all visitors ― a million people a year ― from entering": the clause goes on after the aside
                i = aside;
                continue;
            }
            if (i > s + 2 && elaboration(t, i)) {
                // "say it had successes — for instance, …": the speaker's own example or qualification
                e = t.size() - 1;
                break;
            }
            if (i > s + 1 && (embedded && (x.punct(",") || x.isQuote() && commaInside(x.quote()))
                    || x.punct("-") && i + 1 < t.size() && t.get(i + 1).punct("-"))) {
                e = x.isQuote() ? i : e;
                break;
            }
            if (x.isQuote()) {
                seenQuote = true;
                // “…,” but he said …: the comma inside the quotation closes the clause
                if (i + 1 < t.size() && t.get(i + 1).word() && BREAK_WORDS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))
                        && x.quote().closed() && text.charAt(Math.max(0, x.quote().close() - 2)) == ',') {
                    e = i;
                    break;
                }
            }
            if (i > s && participleAfterQuote(t, i)) {
                e = i; // the quotation is the statement's last words
                break;
            }
            if (i > s + 2 && (x.punct(";―—–") || x.punct(",") && i + 1 < t.size() && t.get(i + 1).word()
                    && BREAK_WORDS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && (seenQuote || i > s + 6 || CONCESSIVE.contains(t.get(i + 1).text())))
                    || i > s && (coordinatedCue(t, i) || participleAfterComma(t, i, lex) || subjectAndCue(t, i)
                            || coordinatedParticiple(t, i, f))
                    || i > s + 2 && newClauseAfterAnd(t, i)
                    || i > s + 1 && adverbial && x.punct(",") && i + 1 < t.size() && t.get(i + 1).word()
                    || i > s + 2 && !(f.verb() != null && ADJUNCT_VERBS.contains(f.verb())) && participleAdjunct(t, i)
                    || i > s + 2 && closingAttribution(t, i) || i > s && comparison(t, i)
                    || i > s && !seenQuote && nextAct(t, i, f)) {
                break;
            }
            e = i;
        }
        while (e > s && t.get(e).type() == Tok.Type.PUNCT) {
            e--;
        }
        if (TokSpans.words(t, s, e) < ((callFor || nounObject(t, s, f)) && !opening ? 2 : 3) && !TokSpans.hasQuote(t, s, e)) {
            return null;
        }
        return new int[] {first.isQuote() ? first.quote().contentStart() : first.start(), TokSpans.contentEnd(t.get(e))};
    }

    /**
     * "But, according to the survey, …", "…: According to the survey, …": only discourse words and commas, or a colon,
     * come before {@code from} in the unit, so a phrase there opens the clause it reports.
     */
    private boolean opensClause(List<Tok> t, int from) {
        if (t.get(from - 1).punct(":;")) {
            return true;
        }
        for (int i = 0; i < from; i++) {
            if (!t.get(i).punct(",") && !(t.get(i).word() && lex.is("discourse", t.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "denied the charges", "announced his candidacy": a determined noun phrase as the object of a verb that reports
     * by naming what was said, which stands as the statement even with two words.
     */
    private boolean nounObject(List<Tok> t, int s, Frame f) {
        Tok first = t.get(s);
        Tok head = s + 1 < t.size() ? t.get(s + 1) : first;
        // "noted this week", "tweeted the following:" name a time or announce what comes, not what was said
        boolean notAThing = lex.is("time", head.text()) || head.text().matches("week|month|year|following");
        return f.verb() != null && !NO_NOUN_OBJECT.contains(f.verb()) && first.lower() && !notAThing
                && (lex.is("determiner", first.text()) || lex.is("possessive", first.text()));
    }

    /** "reported raising …", "denies taking …": a finite form of a verb of {@link #GERUND_REPORTS}. */
    private static boolean gerundReport(Frame f) {
        String cue = f.cue();
        return GERUND_REPORTS.contains(f.verb()) && (cue.endsWith("ed") || cue.endsWith("s") || cue.endsWith("ied"));
    }

    /**
     * "said legalizing it could put …", "says running for president is tough": a gerund that is the subject of the
     * reported clause, its verb (a copula or a modal) following within twelve words and no comma.
     */
    private boolean gerundSubject(List<Tok> t, int s) {
        if (lex.speechVerb(t.get(s).text()) != null || t.get(s).text().endsWith("thing")) {
            return false;
        }
        for (int i = s + 1; i < Math.min(t.size(), s + 13); i++) {
            Tok x = t.get(i);
            if (x.punct(".") && t.get(i - 1).capitalised() && lex.is("abbreviation", t.get(i - 1).text())) {
                continue; // "said having Mr. Ortiz at the table is …"
            }
            if (!x.word()) {
                return false;
            }
            if (x.lower() && lex.is("copula", x.text())) {
                return i > s + 1;
            }
        }
        return false;
    }

    /**
     * "… and said she would …", "…, and human rights groups warned that …", "…, while another says …": a coordinated clause with a speech verb
     * of its own within four words starts another statement.
     */
    private boolean coordinatedCue(List<Tok> t, int i) {
        int k = t.get(i).punct(",") ? i + 1 : i;
        if (k >= t.size() || !t.get(k).word() || !COORDINATORS.contains(t.get(k).text())) {
            return false;
        }
        // "…, and more than four in 10 said …": a share or a determined subject of up to six words
        for (int j = k + 1; j < Math.min(t.size(), k + 8); j++) {
            Tok x = t.get(j);
            if (!x.word() || x.text().matches("that|who|which") || j >= k + 5 && !shareOrDetermined(t, k + 1)) {
                return false;
            }
            if (x.lower() && lex.speechVerb(x.text()) != null && !x.text().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words at {@code i} open a share or a number ("more than four in 10", "55 percent of voters"). */
    private boolean shareOrDetermined(List<Tok> t, int i) {
        for (int j = i; j < Math.min(t.size(), i + 3); j++) {
            String w = t.get(j).text();
            if (w.chars().allMatch(Character::isDigit) || lex.is("number", w) || lex.is("share", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "calling the plan “a disgrace” and threatening to …": after a participle cue, "and" and another participle
     * coordinate with the cue, so what follows is the speaker's next act, not the statement.
     */
    private static boolean coordinatedParticiple(List<Tok> t, int i, Frame f) {
        int k = t.get(i).punct(",") ? i + 1 : i;
        return f.cue().endsWith("ing") && k + 1 < t.size() && t.get(k).word() && t.get(k).text().equals("and")
                && t.get(k + 1).lower() && t.get(k + 1).text().endsWith("ing") && t.get(k + 1).text().length() > 5;
    }

    /**
     * "…, and he railed against …", "…, but the party has …": a comma, "and" or "but", then a subject of its own (a
     * pronoun, a determiner, a name) opens a new sentence of the narration.
     */
    private boolean newClauseAfterAnd(List<Tok> t, int i) {
        if (!t.get(i).punct(",") || i + 2 >= t.size() || !t.get(i + 1).word() || !t.get(i + 1).text().matches("and|but")) {
            return false;
        }
        Tok n = t.get(i + 2);
        if (n.lower() && (ADVERBIAL.contains(n.text()) || WH.contains(n.text()))) {
            return cueAfterSubordinate(t, i + 3);
        }
        return n.word() && (n.capitalised() || lex.is("pronoun", n.text()) || lex.is("determiner", n.text()));
    }

    /**
     * "…, and when pressed on why, the mother of three replied …": a subordinate clause, a comma, then within five
     * words a speech verb of the main clause, which is another statement.
     */
    private boolean cueAfterSubordinate(List<Tok> t, int from) {
        for (int c = from; c < Math.min(t.size(), from + 12); c++) {
            if (t.get(c).punct(".;") || t.get(c).isQuote()) {
                return false;
            }
            if (t.get(c).punct(",")) {
                for (int j = c + 1; j < Math.min(t.size(), c + 7); j++) {
                    Tok x = t.get(j);
                    if (!x.word()) {
                        return false;
                    }
                    if (x.lower() && lex.speechVerb(x.text()) != null && !x.text().endsWith("ing")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "… on cases, Lewandowski said he does not …": after a comma, a short subject (a name, or a determined phrase)
     * and a speech verb of its own start another statement.
     */
    private boolean subjectAndCue(List<Tok> t, int i) {
        if (!t.get(i).punct(",") || i + 2 >= t.size()) {
            return false;
        }
        Tok first = t.get(i + 1);
        if (!first.word() || !(first.capitalised() || lex.is("determiner", first.text()))) {
            return false;
        }
        for (int j = i + 2; j < Math.min(t.size(), i + 6); j++) {
            Tok x = t.get(j);
            if (!x.word() && !x.punct(".") || x.text().matches("that|which|who")) {
                return false;
            }
            if (x.lower() && lex.speechVerb(x.text()) != null) {
                return !x.text().endsWith("ing") && !lex.is("noun-cue", x.text());
            }
        }
        return false;
    }

    /**
     * "said after the convention he would …", "said in an interview they had …": a short prepositional adjunct after
     * the cue, then a subject pronoun opening the reported clause; its index, or {@code s}.
     */
    private int pronounAfterAdjunct(List<Tok> t, int s) {
        for (int i = s + 1; i < Math.min(t.size(), s + 7); i++) {
            Tok x = t.get(i);
            if (!x.word() || lex.speechVerb(x.text()) != null || x.text().equals("that")) {
                return s;
            }
            if (x.lower() && lex.is("pronoun", x.text()) && i + 1 < t.size() && t.get(i + 1).lower()
                    && (!x.text().equals("it") || AUXILIARIES.contains(t.get(i + 1).text()))) {
                return i;
            }
            if (x.lower() && x.text().equals("the") && i > s + 1) {
                // "said in a statement the company would …": a determined subject and its auxiliary
                for (int k = i + 2; k < Math.min(t.size(), i + 5); k++) {
                    if (!t.get(k).word()) {
                        break;
                    }
                    if (AUXILIARIES.contains(t.get(k).text())) {
                        return i;
                    }
                }
            }
            if (lex.is("subordinator", x.text())) {
                return s;
            }
        }
        return s;
    }

    /**
     * Whether the frame sits inside a larger sentence, so the reported clause ends at the next comma: a noun cue
     * after its possessor ("his claim that …, there would be …") or a relative clause ("the EU, which contended
     * that …, is …").
     */
    private boolean embedded(List<Tok> t, Frame f) {
        if (f.speaker().to() < f.cueFrom() && lex.is("noun-cue", f.cue()) && f.cueFrom() > 0 && !t.get(f.cueFrom() - 1).punct(",")) {
            Tok p = t.get(f.cueFrom() - 1);
            return p.text().endsWith("’s") || p.text().endsWith("'s") || lex.is("possessive", p.text())
                    || f.cueFrom() > 1 && (t.get(f.cueFrom() - 2).text().endsWith("’s") || t.get(f.cueFrom() - 2).text().endsWith("'s"));
        }
        for (int i = f.cueFrom() - 1; i >= Math.max(0, f.cueFrom() - 3); i--) {
            Tok x = t.get(i);
            if (x.word() && (x.text().equals("which") || x.text().equals("who"))) {
                return i > 0 && t.get(i - 1).punct(",");
            }
            if (!x.word() || !lex.is("adverb", x.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "While Varga acknowledged that the fare was high, she …": the frame stands in an adverbial clause opening its
     * sentence, whose first comma after the statement returns to the main clause.
     */
    private boolean inAdverbialClause(List<Tok> t, int from) {
        int i = from - 1;
        while (i >= 0 && t.get(i).word() && from - i < 4) {
            i--;
        }
        if (i >= 0 && !t.get(i).punct(",;―—–")) {
            return false;
        }
        Tok first = t.get(i + 1);
        String w = first.text().toLowerCase(Locale.ROOT);
        return i + 1 < from && first.word() && lex.is("subordinator", w) && !w.equals("as") && (i < 0 || first.lower());
    }

    /**
     * "In a statement announcing the pick, the union called …": a participle cue in the prepositional phrase that
     * opens its sentence, whose comma returns to the main clause.
     */
    private boolean inOpeningPhrase(List<Tok> t, int cue) {
        if (cue < 1 || cue > 6) {
            return false;
        }
        for (int i = 0; i < cue; i++) {
            if (!t.get(i).word()) {
                return false;
            }
        }
        return t.get(0).capitalised() && lex.is("preposition", t.get(0).text().toLowerCase(Locale.ROOT));
    }

    /** Whether a comma closes the quotation's words, before its closing mark(s) ("“…,”", "''…,''"). */
    private boolean commaInside(Quoted q) {
        return q.closed() && q.lastInside(text) == ',';
    }

    /** "at a campaign stop in Toledo, Ohio, that …": only words and commas, no verb of speech, before "that". */
    private boolean adjunctOnly(List<Tok> t, int s, int i) {
        for (int k = s; k < i; k++) {
            Tok x = t.get(k);
            if (!(x.word() || x.punct(",")) || x.word() && (lex.speechVerb(x.text()) != null || lex.is("pronoun", x.text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, the people said.", "…, said a diplomat.", "…, according to two officials.": a comma, then a short frame of its
     * own that closes the sentence. It names who reported the statement and is not part of it.
     */
    private boolean closingAttribution(List<Tok> t, int i) {
        if (!t.get(i).punct(",")) {
            return false;
        }
        int end = t.size();
        while (end > i + 1 && t.get(end - 1).punct(".!?")) {
            end--;
        }
        int words = end - i - 1;
        if (words < 2 || words > 7) {
            return false;
        }
        boolean cue = t.get(i + 1).text().equalsIgnoreCase("according") && t.get(i + 2).text().equals("to");
        for (int k = i + 1; k < end; k++) {
            Tok x = t.get(k);
            if (!x.word()) {
                return false;
            }
            cue |= x.lower() && lex.speechVerb(x.text()) != null && !x.text().endsWith("ing") && !lex.is("noun-cue", x.text());
        }
        return cue;
    }

    /**
     * "called the plan a disgrace and accused the board of …", "denied the charges and threatened to sue": after the
     * object of a verb that names what was said (not one that reports a clause, like "say"), "and" and a verb in the
     * past tense are the speaker's next act.
     */
    private static boolean nextAct(List<Tok> t, int i, Frame f) {
        if (f.verb() == null || FrameFinder.CLAUSE_VERBS.contains(f.verb()) || !t.get(i).word()
                || !t.get(i).text().equals("and") || i + 1 >= t.size()) {
            return false;
        }
        Tok n = t.get(i + 1);
        Tok p = t.get(i - 1);
        // "have aided and abetted": two verbs of the same clause
        return n.word() && n.lower() && n.text().endsWith("ed") && n.text().length() > 4
                && !(p.word() && p.lower() && p.text().endsWith("ed"));
    }

    /**
     * A dash, and no other after it, before words that give an example or a qualification ("— for instance", "— like",
     * "— if for no other reason", "— only that"): the statement goes on to the end of its sentence.
     */
    private static boolean elaboration(List<Tok> t, int i) {
        if (!t.get(i).punct(TokSpans.DASHES) || i + 1 >= t.size() || !t.get(i + 1).word()) {
            return false;
        }
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).punct(TokSpans.DASHES) || t.get(k).isQuote()) {
                return false;
            }
        }
        return t.get(i + 1).text().matches("for|like|if|only|such|including|especially|even|particularly");
    }

    /**
     * "… said they would vote for her, compared with 40 percent who …": after a comma, "compared with" or "compared
     * to" sets the statement beside another finding; it is the narration's, not the speaker's.
     */
    private static boolean comparison(List<Tok> t, int i) {
        return t.get(i).punct(",") && i + 2 < t.size() && t.get(i + 1).text().equals("compared")
                && t.get(i + 2).text().matches("with|to");
    }

    /** "…, arguing that …", "…, saying …": a speech participle after a comma reports a statement of its own. */
    static boolean participleAfterComma(List<Tok> t, int i, Lexicon lex) {
        if (!t.get(i).punct(",") || i + 1 >= t.size()) {
            return false;
        }
        Tok n = t.get(i + 1);
        return n.lower() && n.text().endsWith("ing") && lex.speechVerb(n.text()) != null;
    }

    /**
     * "denied the accusations, saying …", "called Trump his friend, meeting with him in July": after the object of a
     * cue that reports no clause of its own (unlike "say", "tell", "argue"), a participle after a comma is the
     * speaker's next act.
     */
    private static boolean participleAdjunct(List<Tok> t, int i) {
        if (!t.get(i).punct(",") || i + 1 >= t.size()) {
            return false;
        }
        Tok n = t.get(i + 1);
        return n.lower() && n.text().endsWith("ing") && n.text().length() > 5 && !NOT_PARTICIPLES.contains(n.text());
    }

    /** "… “a real choice,” adding that …": a speech participle after a quotation closing on a comma. */
    private boolean participleAfterQuote(List<Tok> t, int i) {
        if (!t.get(i).isQuote() || !commaInside(t.get(i).quote()) || i + 1 >= t.size()) {
            return false;
        }
        Tok n = t.get(i + 1);
        return n.lower() && n.text().endsWith("ing") && lex.speechVerb(n.text()) != null;
    }

    /**
     * "that" introduces the reported clause only when no other clause comes first: "said Fiorina was involved in all
     * that discussion" has its verb before it.
     */
    private boolean noClauseBetween(List<Tok> t, int s, int i) {
        for (int k = s; k < i; k++) {
            if (t.get(k).isQuote() || t.get(k).punct(",;") || t.get(k).lower() && lex.is("copula", t.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "told reporters the fee was high", "told Radio Lindow it is clear": the index of the clause after the
     * recipient, or {@code s} when no recipient (an object pronoun, "reporters", a short capitalised name) is
     * followed there by the opening of a clause (a pronoun, a determiner or a capitalised word).
     */
    private int afterRecipient(List<Tok> t, int s) {
        if (s >= t.size() || !t.get(s).word()) {
            return s;
        }
        int e = s;
        if (t.get(s).capitalised()) {
            while (e + 1 < t.size() && e - s < 3 && t.get(e + 1).capitalised()) {
                e++;
            }
        } else if (t.get(s).lower() && (t.get(s).text().equals("the") || lex.is("possessive", t.get(s).text()))
                && s + 1 < t.size() && t.get(s + 1).word()) {
            // "told the Gazette her …", "told his audience they …": a determined listener of one or two words
            e = s + 1;
            if (e + 1 < t.size() && t.get(e + 1).capitalised() && t.get(e).capitalised()) {
                e++;
            }
        } else if (!RECIPIENTS.contains(t.get(s).text())) {
            return s;
        }
        if (e + 2 >= t.size() || !t.get(e + 1).word()) {
            return s;
        }
        String next = t.get(e + 1).text().replaceFirst("['’](s|re|ll|d|ve|m)$", "");
        boolean clause = lex.is("pronoun", next) && t.get(e + 1).lower() || lex.is("determiner", next) && t.get(e + 1).lower()
                || lex.is("possessive", next) && t.get(e + 1).lower();
        return clause ? e + 1 : s;
    }
}
