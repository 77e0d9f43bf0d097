package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

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
 * A frame next to a quotation wins over one further away. The clause after a cue is {@link ReportedClause}'s, the
 * clause before or around a frame {@link ClauseAround}'s.
 */
final class Attributor {
    private final String text;
    private final Lexicon lex;
    private final ReportedClause reported;
    private final ClauseAround surrounding;

    Attributor(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
        this.reported = new ReportedClause(text, lex);
        this.surrounding = new ClauseAround(text, lex);
    }

    /**
     * Every statement the unit reports, in text order. After one statement, the frames left outside its words may
     * report more, before it as well as after it ("Pence said X but added, “…”": the quotation's frame wins first,
     * then "said" reports X); a statement overlapping one already found is dropped.
     */
    List<Found> attributeAll(Unit u, int index, List<Frame> frames) {
        List<Found> out = new ArrayList<>();
        List<Frame> rest = new ArrayList<>(frames);
        while (!rest.isEmpty()) {
            Frame used = null;
            Found f = null;
            for (Frame fr : ordered(u.toks(), rest)) {
                f = statement(u, index, fr);
                if (f != null) {
                    used = fr;
                    break;
                }
            }
            if (f == null) {
                break;
            }
            if (f.parts().isEmpty()) {
                if (out.isEmpty()) {
                    out.add(f);
                }
                break;
            }
            Found found = f;
            if (out.stream().noneMatch(o -> overlaps(o, found))) {
                out.add(found);
            }
            int start = f.parts().get(0).start();
            int end = f.parts().get(f.parts().size() - 1).end();
            Frame done = used;
            List<Tok> t = u.toks();
            rest.removeIf(fr -> fr.cueFrom() == done.cueFrom()
                    || t.get(fr.cueFrom()).start() >= start && t.get(fr.cueFrom()).start() < end);
        }
        out.sort(java.util.Comparator.comparingInt(o -> o.parts().get(0).start()));
        return out;
    }

    private static boolean overlaps(Found a, Found b) {
        for (Quote.Part p : a.parts()) {
            for (Quote.Part q : b.parts()) {
                if (p.start() < q.end() && q.start() < p.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The frames next to a quotation first: they win over ones further away. */
    private static List<Frame> ordered(List<Tok> t, List<Frame> frames) {
        List<Frame> ordered = new ArrayList<>();
        for (Frame f : frames) {
            if (adjacentToQuote(t, f)) {
                ordered.add(f);
            }
        }
        for (Frame f : frames) {
            if (!ordered.contains(f)) {
                ordered.add(f);
            }
        }
        return ordered;
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
        Found around = participle ? null : surrounding.parenthetical(t, f, index);
        if (around != null) {
            return around;
        }
        // "Railing Against Trump, Sanders Vows To End Tax Breaks": a headline's verb reports the words after it
        boolean headline = f.verb() != null && !f.inverted() && Character.isUpperCase(f.cue().charAt(0))
                && f.cueFrom() > 0 && f.to() + 2 < t.size() && t.get(f.to() + 1).capitalised();
        boolean closing = !participle && !headline && surrounding.closesSentence(t, f) && (wordsBefore >= 3 || !before.isEmpty());
        int[] span = closing ? surrounding.contentBefore(t, f) : reported.contentAfter(t, f);
        if (span != null && reportsNothing(span)) {
            span = null;
        }
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

    /**
     * A clause that reports no words of anyone: an attribution standing alone ("…, as other leaders suggested,
     * according to Healey": the next frame reports the sentence) or the request not to be named ("requested anonymity
     * to discuss …").
     */
    private boolean reportsNothing(int[] span) {
        String t = text.substring(span[0], span[1]).strip().toLowerCase(java.util.Locale.ROOT);
        if (lex.is("not-a-statement", t.split("[^\\p{L}'’-]+", 2)[0])) {
            return true;
        }
        for (String phrase : lex.cuePhrases()) {
            if (t.startsWith(phrase + " ") && t.split("\\s+").length <= phrase.split(" ").length + 3) {
                return true;
            }
        }
        return false;
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
            if (w.equals("the") && i > 0 && t.get(i - 1).isQuote()) {
                // "“…,” the younger Mr. Ortiz said": the article opens the speaker's description
                return i;
            }
            if (lex.is("pronoun", w) || lex.is("adverb", w) || lex.is("discourse", w) || lex.speechVerb(w) != null
                    || w.equals("that") || w.equals("which")) {
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
        return firstAfter - f.to() <= 8 && t.get(firstAfter - 1).punct(",") && plainWords(t, f.to() + 1, firstAfter - 1)
                || longAsideBefore(t, f, firstAfter);
    }

    /**
     * "“…,” Trump said during a rally in Kenansville, N.C., “but …”": a longer aside, with commas and abbreviation
     * stops, before a quotation that goes on in lower case, the same sentence resumed.
     */
    private boolean longAsideBefore(List<Tok> t, Frame f, int firstAfter) {
        Quoted q = t.get(firstAfter).quote();
        if (firstAfter - f.to() > 14 || !t.get(firstAfter - 1).punct(",") || q.contentStart() >= text.length()
                || !Character.isLowerCase(text.charAt(q.contentStart()))) {
            return false;
        }
        for (int i = f.to() + 1; i < firstAfter - 1; i++) {
            Tok x = t.get(i);
            boolean stop = x.punct(".") && i > 0 && t.get(i - 1).word() && t.get(i - 1).text().length() <= 3
                    && Character.isUpperCase(t.get(i - 1).text().charAt(0));
            if (!(x.word() || x.punct(",") || stop) || x.word() && (lex.speechVerb(x.text()) != null || x.text().equals("that"))) {
                return false;
            }
        }
        return true;
    }

    private static Found direct(List<Quoted> qs, Frame f, int index) {
        List<Quote.Part> parts = new ArrayList<>();
        qs.forEach(q -> parts.addAll(q.parts()));
        return new Found(parts, QuoteKind.DIRECT, f.cue(), f.speaker(), index, qs);
    }

    /**
     * "saying that “race still determines too much” in America, including …", "said “it gets me mad” every time he
     * thinks …": a "that" before the quotation, or a quotation that is no sentence of its own after a speech verb, then
     * three or more words of narration before the next comma make one mixed clause, not a bare quotation.
     */
    private boolean thatThenMore(List<Tok> t, Frame f, int firstAfter) {
        boolean that = false;
        for (int i = f.to() + 1; i < firstAfter; i++) {
            that |= t.get(i).word() && t.get(i).text().equals("that");
        }
        Quoted q = t.get(firstAfter).quote();
        // "called it “a disgrace” on Monday" names a thing, "“…” as allies met" narrates: the quotation stays the statement
        boolean fragment = f.verb() != null && !f.verb().equals("call") && q.closed() && ".!?,;:".indexOf(q.lastInside(text)) < 0
                && !(firstAfter + 1 < t.size() && lex.is("headline-narration", t.get(firstAfter + 1).text()));
        int words = 0;
        int clauseWords = 0;
        boolean comma = false;
        for (int i = firstAfter + 1; i < t.size() && !t.get(i).isQuote(); i++) {
            words += t.get(i).word() ? 1 : 0;
            comma |= t.get(i).punct(",;―—–");
            clauseWords += t.get(i).word() && !comma ? 1 : 0;
        }
        return that && words >= 3 || fragment && clauseWords >= 3;
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
}
