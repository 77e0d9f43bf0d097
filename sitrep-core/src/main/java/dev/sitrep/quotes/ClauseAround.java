package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a frame reports from before or around it: the clause before a frame that closes the sentence ("…, officials
 * said."), and the two halves around a frame between commas ("Back in Virginia, Mr. Clarke said, he decided …").
 */
final class ClauseAround {
    private final String text;
    private final Lexicon lex;

    ClauseAround(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
    }

    /** "Back in Virginia, Mr. Clarke said, he decided …": the frame between commas, words on both sides. */
    Found parenthetical(List<Tok> t, Frame f, int index) {
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
        if (s >= b || TokSpans.words(t, a + 1, e) + TokSpans.quotedWords(text, t, a + 1, e) < 3) {
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

    /** The offsets {start, end} of the clause before a frame that closes the sentence, or null when too short. */
    int[] contentBefore(List<Tok> t, Frame f) {
        int s = 0;
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
