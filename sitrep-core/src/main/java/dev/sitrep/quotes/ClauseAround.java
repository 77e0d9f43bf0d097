package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a frame reports from before or around it: the clause before a frame that closes the sentence ("…, officials
 * said."), and the two halves around a frame between commas ("Back in Virginia, Mr. Clarke said, he decided …").
 */
final class ClauseAround {
    /** Verbs whose object is the listener, not the statement ("…, the president told her."). */
    private static final Set<String> LISTENER_VERBS = Set.of("tell", "inform", "assure", "remind", "warn", "ask");
    private final String text;
    private final Lexicon lex;

    ClauseAround(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
    }

    /**
     * "Back in Virginia, Mr. Clarke said, he decided …", "The fix, the engineer told them, was simple", "In addition,
     * according to the department, nine million …": the frame
     * (with its listener) between commas, words on both sides; not when a speech participle follows ("…, she said,
     * adding …" reports what comes after) or a relative clause about the speaker ("…, say some Democrats, who …").
     */
    Found parenthetical(List<Tok> t, Frame f, int index) {
        int b = f.from() - 1;
        int a = afterListener(t, f);
        boolean phrase = f.verb() == null && f.inverted() && Character.isLetter(f.cue().charAt(0));
        if (b < 1 || a + 1 >= t.size() || !t.get(b).punct(",") || !t.get(a).punct(",") || f.verb() == null && !phrase
                || ReportedClause.participleAfterComma(t, a, lex) || t.get(a + 1).text().matches("who|whose|which")) {
            return null;
        }
        int s = 0;
        while (s < b && (t.get(s).word() && lex.is("discourse", t.get(s).text()) || t.get(s).punct(","))) {
            s++;
        }
        int e = a + 1;
        while (e + 1 < t.size() && (!t.get(e + 1).punct(".!?;―—–") || abbreviationDot(t, e + 1))) {
            e++;
        }
        int afterWords = TokSpans.words(t, a + 1, e) + TokSpans.quotedWords(text, t, a + 1, e);
        if (s >= b || afterWords < 2 || afterWords + TokSpans.words(t, s, b - 1) < 4) {
            return null;
        }
        if (a > f.to() + 1 && (f.verb().equals("ask") || adjunctWord(t.get(s)) || lex.is("subordinator", t.get(s).text()))) {
            // "In a letter to Zucker, Trump asked him, …": the words after the listener are what was asked or told
            return null;
        }
        List<Quote.Part> parts = List.of(new Quote.Part(t.get(s).start(), TokSpans.contentEnd(t.get(b - 1))),
                new Quote.Part(t.get(a + 1).isQuote() ? t.get(a + 1).quote().contentStart() : t.get(a + 1).start(),
                        TokSpans.contentEnd(t.get(e))));
        List<Quoted> inside = new ArrayList<>();
        for (Tok x : t) {
            if (x.isQuote() && (x.start() < t.get(b).start() || x.start() > t.get(a).start())) {
                inside.add(x.quote());
            }
        }
        QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED;
        if (!inside.isEmpty() && TokSpans.words(t, s, b - 1) == 0) {
            return null;
        }
        return new Found(parts, kind, f.cue(), f.speaker(), index, inside);
    }

    /** The full stop of "Mr." or "Sen." inside a sentence, a word after it. */
    private boolean abbreviationDot(List<Tok> t, int i) {
        return t.get(i).punct(".") && t.get(i - 1).word() && lex.is("abbreviation", t.get(i - 1).text()) && i + 1 < t.size()
                && t.get(i + 1).word();
    }

    /** Whether only adjuncts ("on Friday", "in an interview") follow the frame, and a comma precedes it. */
    boolean closesSentence(List<Tok> t, Frame f) {
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
        for (int i = f.to() + 1; i < t.size() && !ReportedClause.participleAfterComma(t, i, lex); i++) {
            Tok x = t.get(i);
            if (x.isQuote() || x.word() && x.text().equals("that") || x.punct(":")) {
                return false;
            }
        }
        int next = afterListener(t, f);
        if (next >= t.size() || t.get(next).punct(".!?,")) {
            return true;
        }
        if (next > f.to() + 1 && !adjunctOnly(t, next)) {
            // "…, told The Star-Ledger last week she would …": a clause follows the listener
            return false;
        }
        Tok n = t.get(next);
        // "…, Jane called for an open primary": what is called for, asked about or warned against is the statement
        boolean object = !"say".equals(f.verb()) && n.text().matches("for|about|against");
        return n.word() && !object && (lex.is("preposition", n.text()) || lex.is("time", n.text()));
    }

    /**
     * The index after the frame and the listener of a verb that takes one ("told her", "told reporters", "told The
     * Star-Ledger"): up to six words, none a preposition, a time word or a verb of speech, before punctuation or an
     * adjunct.
     */
    private int afterListener(List<Tok> t, Frame f) {
        int next = f.to() + 1;
        if (f.inverted() || f.verb() == null || !LISTENER_VERBS.contains(f.verb())) {
            return next;
        }
        int i = next;
        while (i < t.size() && i - next < 6 && listenerWord(t.get(i))) {
            if (i > next && opensClause(t.get(i))) {
                // "…, told the paper her group …": a subject after the listener opens the statement
                return next;
            }
            i++;
        }
        // the listener ends where punctuation or an adjunct begins, else those words are the statement's
        return i < t.size() && t.get(i).word() && !adjunctWord(t.get(i)) ? next : i;
    }

    /** Whether at most six words, none a subject pronoun, run from {@code i} to the end of the unit. */
    private boolean adjunctOnly(List<Tok> t, int i) {
        int words = 0;
        for (int k = i; k < t.size(); k++) {
            Tok x = t.get(k);
            words += x.word() ? 1 : 0;
            if (x.word() && x.lower() && lex.is("pronoun", x.text())) {
                return false;
            }
        }
        return words <= 6;
    }

    /** A lower-case subject pronoun (contracted or not), possessive or determiner: the start of a clause. */
    boolean opensClause(Tok x) {
        if (!x.word() || !x.lower()) {
            return false;
        }
        String w = x.text().replaceFirst("['’](s|re|ll|d|ve|m)$", "");
        return lex.is("pronoun", w) && !w.equals("it") || lex.is("possessive", w) || lex.is("determiner", w);
    }

    private boolean listenerWord(Tok x) {
        return x.word() && !adjunctWord(x) && lex.speechVerb(x.text()) == null && !x.text().equals("that");
    }

    private boolean adjunctWord(Tok x) {
        return lex.is("preposition", x.text()) || lex.is("time", x.text());
    }

    /**
     * The frame's first token, with the article a name phrase leaves out ("…, the Tax Foundation said") or the
     * determined description before the name after a comma ("…, the news site Ostwind Radio reported").
     */
    private int frameStart(List<Tok> t, Frame f) {
        int i = f.from();
        if (f.inverted()) {
            return i;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= 4 && t.get(k).lower() && describing(t.get(k).text())) {
            k--;
        }
        if (k + 1 < i && k >= 0 && t.get(k).punct(",")
                && (lex.is("determiner", t.get(k + 1).text()) || lex.is("possessive", t.get(k + 1).text()))) {
            return k + 1;
        }
        return i > 0 && t.get(i - 1).word() && t.get(i - 1).text().equalsIgnoreCase("the") ? i - 1 : i;
    }

    /** A word that may describe a speaker before the name: no preposition, pronoun, verb-like or clause word. */
    private boolean describing(String w) {
        return !lex.is("preposition", w) && !lex.is("pronoun", w) && !lex.is("copula", w) && lex.speechVerb(w) == null
                && !w.equals("that") && !w.equals("and");
    }

    /**
     * "OTTAWA — Canada will not …", "LEITH, Scotland (Reuters) - …": where the words after a dateline opening the unit
     * start (a place in capitals, perhaps a region, an agency in brackets, then a dash); 0 when there is none.
     */
    private static int datelineEnd(List<Tok> t, int limit) {
        if (t.isEmpty() || !t.get(0).word() || t.get(0).text().length() < 3
                || !t.get(0).text().chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))) {
            return 0;
        }
        for (int i = 1; i < Math.min(limit, 10); i++) {
            Tok x = t.get(i);
            if (x.punct("―—–-")) {
                return i + 1;
            }
            if (!(x.word() && (x.capitalised() || x.text().chars().allMatch(Character::isUpperCase)) || x.punct(",.()"))) {
                return 0;
            }
        }
        return 0;
    }

    /** The offsets {start, end} of the clause before a frame that closes the sentence, or null when too short. */
    int[] contentBefore(List<Tok> t, Frame f) {
        int s = datelineEnd(t, f.from());
        while (s < f.from() && (t.get(s).word() && lex.is("discourse", t.get(s).text()) || t.get(s).punct(","))) {
            s++;
        }
        int e = frameStart(t, f) - 1;
        while (e > s && t.get(e).type() == Tok.Type.PUNCT) {
            e--;
        }
        if (e < s || TokSpans.words(t, s, e) < 3 && !TokSpans.hasQuote(t, s, e)) {
            return null;
        }
        return new int[] {t.get(s).start(), TokSpans.contentEnd(t.get(e))};
    }
}
