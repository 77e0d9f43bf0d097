package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a unit and its frames into a statement: which frame reports what, and where the reported words are.
 *
 * <ul>
 *   <li>Quotations next to the frame with nothing else on their side are the statement, kind DIRECT; quotations
 *       on both sides of the frame ("“A,” he said, “B.”") are one statement in two parts.</li>
 *   <li>Otherwise the statement is the clause the frame reports: after the cue ("said (that) …", skipping the
 *       listener of "told"), up to a clause break, or before a frame that closes the sentence ("…, officials
 *       said."). It is MIXED when it holds a quotation, INDIRECT when not, and needs three words at least.</li>
 * </ul>
 * A frame next to a quotation wins over one further away.
 */
final class Attributor {
    private static final Set<String> BREAK_WORDS = Set.of("but", "while", "with", "which", "whereas", "although", "though");
    /** Verbs whose reported clause may follow a prepositional adjunct without "that" ("said after the vote he …"). */
    private static final Set<String> ADJUNCT_VERBS = Set.of("say", "tell", "add", "write", "insist", "argue", "warn",
            "claim", "explain", "note");
    /** Conjunctions that open an adverbial clause, not a reported one ("said as he entered", unlike "said when …"). */
    private static final Set<String> ADVERBIAL = Set.of("as", "while", "before", "after", "until", "because", "since");
    /** Concessive conjunctions: after a comma they end the reported clause even when it is short. */
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "whereas");
    private static final Set<String> WH = Set.of("how", "what", "whether", "why", "when", "where", "if");
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "warn", "urge", "ask", "promise", "remind", "assure");
    /** Verbs whose content may be a gerund clause ("proposed dropping the levy"), unlike "said during …". */
    /** Who is told, when no "that" follows: "told reporters the …", "told him it …". */
    private static final Set<String> RECIPIENTS = Set.of("him", "her", "them", "us", "me", "reporters", "journalists");
    private static final Set<String> GERUND_VERBS = Set.of("propose", "suggest", "recommend", "advocate");
    private final String text;
    private final Lexicon lex;

    Attributor(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
    }

    /** Every statement the unit reports, in order: after one statement, frames past its words may report more. */
    List<Found> attributeAll(Unit u, int index, List<Frame> frames) {
        List<Found> out = new ArrayList<>();
        List<Frame> rest = frames;
        while (!rest.isEmpty()) {
            Found f = attribute(u, index, rest);
            if (f == null) {
                break;
            }
            if (out.isEmpty() || !out.get(out.size() - 1).parts().equals(f.parts())) {
                out.add(f);
            }
            int end = f.parts().isEmpty() ? Integer.MAX_VALUE : Math.max(f.parts().get(f.parts().size() - 1).end(),
                    f.speaker().end());
            for (Frame fr : rest) {
                if (fr.speaker().equals(f.speaker()) && fr.cue().equals(f.cue())) {
                    end = Math.max(end, u.toks().get(fr.cueTo()).end());
                }
            }
            List<Frame> next = new ArrayList<>();
            for (Frame fr : rest) {
                if (u.toks().get(fr.cueFrom()).start() >= end) {
                    next.add(fr);
                }
            }
            if (next.size() >= rest.size()) {
                break;
            }
            rest = next;
        }
        return out;
    }

    /** The statement the unit reports, or null. */
    Found attribute(Unit u, int index, List<Frame> frames) {
        if (frames.isEmpty()) {
            return null;
        }
        List<Frame> ordered = new ArrayList<>();
        for (Frame f : frames) {
            if (adjacentToQuote(u.toks(), f)) {
                ordered.add(f);
            }
        }
        for (Frame f : frames) {
            if (!ordered.contains(f)) {
                ordered.add(f);
            }
        }
        for (Frame f : ordered) {
            Found found = statement(u, index, f);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Found statement(Unit u, int index, Frame f) {
        List<Tok> t = u.toks();
        boolean participle = participle(t, f);
        List<Quoted> before = new ArrayList<>();
        int wordsBefore = 0;
        int modifier = speakerModifier(t, f);
        for (int i = 0; i < modifier && !participle; i++) {
            Tok x = t.get(i);
            if (x.isQuote() && !namedTitle(x, f)) {
                before.add(x.quote());
            } else if (x.word() && !lex.is("discourse", x.text())) {
                wordsBefore++;
            }
        }
        int firstAfter = -1;
        int wordsBetween = 0;
        for (int i = f.to() + 1; i < t.size(); i++) {
            if (t.get(i).isQuote()) {
                firstAfter = i;
                break;
            }
            if (t.get(i).word() && !t.get(i).text().equals("that")) {
                wordsBetween++;
            }
        }
        List<Quoted> after = new ArrayList<>();
        if (firstAfter >= 0) {
            for (int i = firstAfter; i < t.size(); i++) {
                if (t.get(i).isQuote()) {
                    after.add(t.get(i).quote());
                }
            }
        }
        if (!before.isEmpty() && (wordsBefore <= 1 || introductoryOnly(t, f))) {
            List<Quoted> qs = new ArrayList<>(before);
            if (!after.isEmpty() && (wordsBetween == 0 || asideBefore(t, f, firstAfter))) {
                qs.addAll(after);
            }
            return direct(qs, f, index);
        }
        if (!after.isEmpty() && (wordsBetween == 0 && !thatThenMore(t, f, firstAfter) || leadIn(t, f, firstAfter))
                && (before.isEmpty() || wordsBefore > 1)) {
            return direct(after, f, index);
        }
        Found around = participle ? null : parenthetical(t, f, index);
        if (around != null) {
            return around;
        }
        boolean closing = !participle && closesSentence(t, f) && (wordsBefore >= 3 || !before.isEmpty());
        int[] span = closing ? contentBefore(t, f) : contentAfter(t, f);
        if (span == null) {
            boolean intro = !closing && u.endsParagraph() && t.get(t.size() - 1).punct(":") && !f.inverted();
            return intro ? new Found(List.of(), QuoteKind.BLOCK, f.cue(), f.speaker(), index, List.of()) : null;
        }
        List<Quoted> inside = new ArrayList<>();
        for (Tok x : t) {
            if (x.isQuote() && x.quote().contentStart() >= span[0] && x.quote().contentEnd() <= span[1]) {
                inside.add(x.quote());
            }
        }
        QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED;
        return new Found(List.of(new Quote.Part(span[0], span[1])), kind, f.cue(), f.speaker(), index, inside);
    }

    /** "In his book, ''Make Your Kid a Millionaire,'' McKinley suggested": a title beside a verb cue is not its statement. */
    private boolean namedTitle(Tok x, Frame f) {
        return f.verb() != null && Character.isLowerCase(f.cue().charAt(0)) && x.quote().titleCase(text);
    }

    /** "…, the mayor said, adding that …": a participle cue after a comma reports what follows it, not what precedes. */
    private static boolean participle(List<Tok> t, Frame f) {
        return f.verb() != null && !f.inverted() && f.cue().endsWith("ing") && f.cueFrom() > 0
                && (t.get(f.cueFrom() - 1).punct(",") || t.get(f.cueFrom() - 1).isQuote()) && f.speaker().to() < f.cueFrom() - 1;
    }

    /**
     * "“…,” Trump lawyer Marc Kasowitz said": where the narration before the frame ends. Words between a
     * quotation and the frame that only describe the speaker (at most five, no verb-like or clause words) belong to
     * the frame, so the quotation still stands alone before it.
     */
    private int speakerModifier(List<Tok> t, Frame f) {
        int i = f.from() - 1;
        int words = 0;
        while (i >= 0 && (t.get(i).word() || abbreviationDot(t, i)) && words < 5) {
            if (!t.get(i).word()) {
                i--;
                continue;
            }
            String w = t.get(i).text();
            if (lex.is("pronoun", w) || lex.is("adverb", w) || lex.is("discourse", w) || lex.speechVerb(w) != null
                    || w.equals("that") || w.equals("which") || w.equals("the") && i > 0 && t.get(i - 1).isQuote()) {
                return f.from();
            }
            words++;
            i--;
        }
        return i >= 0 && i < f.from() - 1 && t.get(i).isQuote() ? i + 1 : f.from();
    }

    /** The full stop of "Mr." or "Sen." inside a name. */
    private boolean abbreviationDot(List<Tok> t, int i) {
        return t.get(i).punct(".") && i > 0 && t.get(i - 1).word() && lex.is("abbreviation", t.get(i - 1).text());
    }

    /**
     * "says of Clinton, “…”", "said in a statement: “…”": a short phrase without a verb between the cue and a
     * quotation it introduces, closed by a comma or colon.
     */
    private boolean leadIn(List<Tok> t, Frame f, int firstAfter) {
        if (firstAfter - f.to() > 7 || !t.get(firstAfter - 1).punct(",:") || f.verb() == null) {
            return false;
        }
        Tok first = t.get(f.to() + 1);
        return first.word() && lex.is("preposition", first.text()) && plainWords(t, f.to() + 1, firstAfter - 1);
    }

    /** Whether tokens {@code from} (inclusive) to {@code to} (exclusive) are words, none a speech verb or "that". */
    private boolean plainWords(List<Tok> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Tok x = t.get(i);
            if (!x.word() || lex.speechVerb(x.text()) != null || x.text().equals("that")) {
                return false;
            }
        }
        return true;
    }

    /** Outside the quotations before the frame, only an opening phrase closed by a comma ("As for taxes, “…,” he said"). */
    private static boolean introductoryOnly(List<Tok> t, Frame f) {
        int first = -1;
        for (int i = 0; i < f.from(); i++) {
            if (t.get(i).isQuote()) {
                first = i;
                break;
            }
        }
        if (first < 1 || !t.get(first - 1).punct(",:")) {
            return false;
        }
        for (int i = first; i < f.from(); i++) {
            if (t.get(i).word()) {
                return false;
            }
        }
        return true;
    }

    /** "“…,” Schiff told Capital Download on Wednesday, “…”": a few words without a verb, then a comma. */
    private boolean asideBefore(List<Tok> t, Frame f, int firstAfter) {
        return firstAfter - f.to() <= 8 && t.get(firstAfter - 1).punct(",") && plainWords(t, f.to() + 1, firstAfter - 1);
    }

    /** "Back in Virginia, Mr. Clarke said, he decided …": the frame between commas, words on both sides. */
    private Found parenthetical(List<Tok> t, Frame f, int index) {
        int b = f.from() - 1;
        int a = f.to() + 1;
        if (b < 1 || a + 1 >= t.size() || !t.get(b).punct(",") || !t.get(a).punct(",") || f.verb() == null) {
            return null;
        }
        int s = 0;
        while (s < b && (t.get(s).word() && lex.is("discourse", t.get(s).text()) || t.get(s).punct(","))) {
            s++;
        }
        int e = a + 1;
        while (e + 1 < t.size() && !t.get(e + 1).punct(".!?;―—–")) {
            e++;
        }
        if (s >= b || words(t, a + 1, e) + quotedWords(t, a + 1, e) < 3) {
            return null;
        }
        List<Quote.Part> parts = List.of(new Quote.Part(t.get(s).start(), contentEnd(t.get(b - 1))),
                new Quote.Part(t.get(a + 1).isQuote() ? t.get(a + 1).quote().contentStart() : t.get(a + 1).start(),
                        contentEnd(t.get(e))));
        List<Quoted> inside = new ArrayList<>();
        for (Tok x : t) {
            if (x.isQuote() && (x.start() < t.get(b).start() || x.start() > t.get(a).start())) {
                inside.add(x.quote());
            }
        }
        QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED;
        if (!inside.isEmpty() && words(t, s, b - 1) == 0) {
            return null;
        }
        return new Found(parts, kind, f.cue(), f.speaker(), index, inside);
    }

    private static Found direct(List<Quoted> qs, Frame f, int index) {
        List<Quote.Part> parts = new ArrayList<>();
        qs.forEach(q -> parts.addAll(q.parts()));
        return new Found(parts, QuoteKind.DIRECT, f.cue(), f.speaker(), index, qs);
    }

    /** Whether only adjuncts ("on Friday", "in an interview") follow the frame, and a comma precedes it. */
    private boolean closesSentence(List<Tok> t, Frame f) {
        int start = frameStart(t, f);
        if (start == 0) {
            return false;
        }
        Tok prev = t.get(start - 1);
        boolean phrase = f.inverted() && f.verb() == null && !f.cue().isBlank() && Character.isLetter(f.cue().charAt(0));
        if (!(prev.punct(",") || prev.isQuote() || phrase && prev.punct("―—–"))) {
            return false;
        }
        if (f.inverted() && (f.verb() != null || phrase)) {
            // "…, said Smith", "…, according to a poll released last week": whatever follows describes the speaker
            return true;
        }
        for (int i = f.to() + 1; i < t.size(); i++) {
            Tok x = t.get(i);
            if (x.isQuote() || x.word() && x.text().equals("that") || x.punct(":")) {
                return false;
            }
        }
        int next = f.to() + 1;
        if (next >= t.size() || t.get(next).punct(".!?,")) {
            return true;
        }
        Tok n = t.get(next);
        return n.word() && (lex.is("preposition", n.text()) || lex.is("time", n.text()));
    }

    /** The frame's first token, with the article a name phrase leaves out ("…, the Tax Foundation said"). */
    private static int frameStart(List<Tok> t, Frame f) {
        int i = f.from();
        if (!f.inverted() && i > 0 && t.get(i - 1).word() && t.get(i - 1).text().equalsIgnoreCase("the")) {
            i--;
        }
        return i;
    }

    private int[] contentBefore(List<Tok> t, Frame f) {
        int s = 0;
        while (s < f.from() && (t.get(s).word() && lex.is("discourse", t.get(s).text()) || t.get(s).punct(","))) {
            s++;
        }
        int e = frameStart(t, f) - 1;
        while (e > s && t.get(e).type() == Tok.Type.PUNCT) {
            e--;
        }
        if (e < s || words(t, s, e) < 3 && !hasQuote(t, s, e)) {
            return null;
        }
        return new int[] {t.get(s).start(), contentEnd(t.get(e))};
    }

    private int[] contentAfter(List<Tok> t, Frame f) {
        int s = f.to() + 1;
        if (f.from() > 0 && f.inverted() && f.verb() == null && !(f.from() <= 1)) {
            return null;
        }
        while (s < t.size() && t.get(s).punct(":,")) {
            s++;
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
                if (t.get(i).word() && i > s && WH.contains(t.get(i).text())) {
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
            if (t.get(i).word() && t.get(i).text().equals("that") && (noClauseBetween(t, s, i) || adjunct && adjunctOnly(t, s, i))) {
                // "said that was not her view": "that" followed by a verb is the subject, not the conjunction
                s = i + 1 < t.size() && t.get(i + 1).word() && lex.is("copula", t.get(i + 1).text()) ? i : i + 1;
                that = true;
                break;
            }
        }
        while (s < t.size() && t.get(s).word() && lex.is("time", t.get(s).text()) && Character.isUpperCase(t.get(s).text().charAt(0))) {
            s++;
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
        boolean relative = f.from() > 0 && t.get(f.from() - 1).word() && t.get(f.from() - 1).text().matches("which|that|who");
        if (!that && !relative && first.lower()
                && (lex.is("copula", first.text()) || first.text().equals("and") || first.text().equals("or"))) {
            // "Everything Trump says is a lie", "he said and did": the cue's object is missing, nothing is reported
            return null;
        }
        if (!that && first.lower() && ADVERBIAL.contains(first.text()) && !hasPunct(t, s, t.size() - 1, ",")) {
            // "said as he entered the talks": an adverbial clause with no reported clause after it
            return null;
        }
        if (!that && f.verb() != null && first.word() && lex.is("preposition", first.text()) && !first.text().equals("for")
                && !(first.text().equals("to") && FrameFinder.TO_VERBS.contains(f.verb()))
                && !first.text().equals("about") && !(f.verb().equals("call") && first.text().equals("on"))) {
            return null;
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
        infinitive |= first.word() && first.text().equals("to") && FrameFinder.TO_VERBS.contains(f.verb());
        that |= infinitive;
        if (!that && !hasQuote(t, s, t.size() - 1) && f.verb() != null && (OBJECT_VERBS.contains(f.verb())
                || first.word() && first.text().endsWith("ing") && first.lower() && !GERUND_VERBS.contains(f.verb()))) {
            return null;
        }
        int e = s;
        boolean seenQuote = false;
        boolean embedded = embedded(t, f);
        for (int i = s; i < t.size(); i++) {
            Tok x = t.get(i);
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
            if (i > s + 2 && (x.punct(";―—–") || x.punct(",") && i + 1 < t.size() && t.get(i + 1).word()
                    && BREAK_WORDS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && (seenQuote || i > s + 6 || CONCESSIVE.contains(t.get(i + 1).text())))
                    || i > s && (coordinatedCue(t, i) || participleAfterComma(t, i))) {
                break;
            }
            e = i;
        }
        while (e > s && t.get(e).type() == Tok.Type.PUNCT) {
            e--;
        }
        if (words(t, s, e) < 3 && !hasQuote(t, s, e)) {
            return null;
        }
        return new int[] {first.isQuote() ? first.quote().contentStart() : first.start(), contentEnd(t.get(e))};
    }

    /**
     * "… and said she would …", "…, and human rights groups warned that …": a coordinated clause with a speech verb
     * of its own within four words starts another statement.
     */
    private boolean coordinatedCue(List<Tok> t, int i) {
        int k = t.get(i).punct(",") ? i + 1 : i;
        if (k >= t.size() || !t.get(k).word() || !(t.get(k).text().equals("and") || t.get(k).text().equals("but"))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 5); j++) {
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
            if (x.lower() && lex.is("pronoun", x.text()) && !x.text().equals("it") && i + 1 < t.size() && t.get(i + 1).lower()) {
                return i;
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

    /** Whether a comma closes the quotation's words, before its closing mark(s) ("“…,”", "''…,''"). */
    private boolean commaInside(Quoted q) {
        if (!q.closed()) {
            return false;
        }
        int i = q.close() - 1;
        while (i > q.contentStart() && "'\"’”»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return text.charAt(i) == ',';
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
     * "saying that “race still determines too much” in America, including …": a "that" before the quotation and
     * three or more words of narration after it make one mixed clause, not a bare quotation.
     */
    private static boolean thatThenMore(List<Tok> t, Frame f, int firstAfter) {
        boolean that = false;
        for (int i = f.to() + 1; i < firstAfter; i++) {
            that |= t.get(i).word() && t.get(i).text().equals("that");
        }
        int words = 0;
        for (int i = firstAfter + 1; i < t.size() && !t.get(i).isQuote(); i++) {
            words += t.get(i).word() ? 1 : 0;
        }
        return that && words >= 3;
    }

    /** "…, arguing that …", "…, saying …": a speech participle after a comma reports a statement of its own. */
    private boolean participleAfterComma(List<Tok> t, int i) {
        if (!t.get(i).punct(",") || i + 1 >= t.size()) {
            return false;
        }
        Tok n = t.get(i + 1);
        return n.lower() && n.text().endsWith("ing") && lex.speechVerb(n.text()) != null;
    }

    /** "that" introduces the reported clause only when no other clause comes first. */
    private static boolean noClauseBetween(List<Tok> t, int s, int i) {
        for (int k = s; k < i; k++) {
            if (t.get(k).isQuote() || t.get(k).punct(",;")) {
                return false;
            }
        }
        return true;
    }

    private static int contentEnd(Tok last) {
        return last.isQuote() ? last.quote().contentEnd() : last.end();
    }

    private static int words(List<Tok> t, int s, int e) {
        int n = 0;
        for (int i = s; i <= e && i < t.size(); i++) {
            if (t.get(i).word()) {
                n++;
            }
        }
        return n;
    }

    private int quotedWords(List<Tok> t, int s, int e) {
        int n = 0;
        for (int i = s; i <= e && i < t.size(); i++) {
            n += t.get(i).isQuote() ? t.get(i).quote().words(text) : 0;
        }
        return n;
    }

    private static boolean hasPunct(List<Tok> t, int s, int e, String marks) {
        for (int i = s; i <= e && i < t.size(); i++) {
            if (t.get(i).punct(marks)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(List<Tok> t, int s, int e) {
        for (int i = s; i <= e && i < t.size(); i++) {
            if (t.get(i).isQuote()) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacentToQuote(List<Tok> t, Frame f) {
        int b = f.from() - 1;
        if (b >= 0 && t.get(b).punct(",―—–")) {
            b--;
        }
        int a = f.to() + 1;
        if (a < t.size() && t.get(a).punct(":,")) {
            a++;
        }
        return b >= 0 && t.get(b).isQuote() || a < t.size() && t.get(a).isQuote();
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
        } else if (!RECIPIENTS.contains(t.get(s).text())) {
            return s;
        }
        if (e + 2 >= t.size() || !t.get(e + 1).word()) {
            return s;
        }
        String next = t.get(e + 1).text();
        boolean clause = lex.is("pronoun", next) && t.get(e + 1).lower() || lex.is("determiner", next) && t.get(e + 1).lower();
        return clause ? e + 1 : s;
    }
}
