package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Questions reported without their asker: "Asked whether the port would close, Varga said …", "when asked about the
 * strike", "Brandt was asked what the plan would cost". The question is a statement of its own (cue "asked"); its
 * speaker is the agent of "asked by …" when the sentence names one, else nobody, since the one asked did not ask.
 */
final class AskedQuestions {
    /** Words before a participle "asked" that leave its asker unsaid ("when asked", "after being asked"). */
    private static final Set<String> OPENERS = Set.of("when", "whenever", "after", "if", "once", "while", "before",
            "was", "were", "been", "being", "is", "are", "be", "get", "got");
    /** Words that open what was asked. */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "about", "what", "why", "how", "who",
            "which", "when", "where", "to");
    private final Lexicon lex;
    private final NounPhrases np;

    AskedQuestions(String text, Lexicon lex) {
        this.lex = lex;
        this.np = new NounPhrases(text, lex);
    }

    /**
     * A question and who asked it.
     *
     * @param part  the words asked ("whether the port would close")
     * @param cue   "asked" as it appears
     * @param asker the agent of "asked by …", or null when the sentence names none
     */
    record Asked(Quote.Part part, String cue, Phrase asker) {
    }

    /** The questions the unit reports outside {@code taken}'s spans, in text order. */
    List<Asked> find(Unit u, List<Found> taken) {
        List<Tok> t = u.toks();
        List<Asked> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (!t.get(k).word() || !t.get(k).text().equalsIgnoreCase("asked") || !unsaidAsker(t, k)) {
                continue;
            }
            int s = k + 1;
            Phrase asker = null;
            if (s + 1 < t.size() && t.get(s).word() && t.get(s).text().equals("by")) {
                asker = np.npForward(t, s + 1);
                s = asker == null ? s : asker.to() + 1;
            }
            while (s < t.size() && t.get(s).lower() && (lex.is("adverb", t.get(s).text()) || t.get(s).text().endsWith("ly"))) {
                s++; // "asked specifically what …"
            }
            s = afterAdjunct(t, s);
            if (s >= t.size() || !t.get(s).lower() || !QUESTION_WORDS.contains(t.get(s).text()) && !namedQuestion(t, s)) {
                continue;
            }
            int e = s;
            while (e + 1 < t.size() && !t.get(e + 1).punct(",;:.!?―—–")) {
                e++;
            }
            Quote.Part part = new Quote.Part(t.get(s).start(), TokSpans.contentEnd(t.get(e)));
            // "Asked about Brandt, …": a topic of two words is a question too
            int least = t.get(s).text().equals("about") ? 2 : 3;
            if (TokSpans.words(t, s, e) >= least && taken.stream().flatMap(f -> f.parts().stream())
                    .noneMatch(p -> p.start() < part.end() && part.start() < p.end())) {
                out.add(new Asked(part, t.get(k).text(), asker));
            }
            k = e;
        }
        return out;
    }

    /** "asked a simple question about the fares": a determiner opening a phrase headed by "question" within four words. */
    private boolean namedQuestion(List<Tok> t, int s) {
        if (!lex.is("determiner", t.get(s).text())) {
            return false;
        }
        for (int i = s + 1; i < Math.min(t.size(), s + 5) && t.get(i).word(); i++) {
            if (t.get(i).text().equals("question") || t.get(i).text().equals("questions")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Asked on Monday whether …", "asked at a briefing in Washington about …": where the question starts after a
     * prepositional or time adjunct of up to eight words; {@code s} itself when none comes first.
     */
    private int afterAdjunct(List<Tok> t, int s) {
        if (s >= t.size() || !t.get(s).word() || QUESTION_WORDS.contains(t.get(s).text())
                || !(lex.is("preposition", t.get(s).text()) || lex.is("time", t.get(s).text().toLowerCase(java.util.Locale.ROOT)))) {
            return s;
        }
        for (int i = s + 1; i < Math.min(t.size(), s + 9); i++) {
            Tok x = t.get(i);
            if (!x.word() && !x.isQuote()) {
                return s;
            }
            if (x.lower() && QUESTION_WORDS.contains(x.text()) && !x.text().equals("to")) {
                return i;
            }
        }
        return s;
    }

    /** "Asked …," at the start of a clause, "when asked", "was asked": a participle or passive with no asker before it. */
    private boolean unsaidAsker(List<Tok> t, int k) {
        int p = k - 1;
        while (p >= 0 && t.get(p).lower() && lex.is("adverb", t.get(p).text()) && !OPENERS.contains(t.get(p).text())) {
            p--;
        }
        return p < 0 || t.get(p).punct(",;―—–(") || t.get(p).word() && OPENERS.contains(t.get(p).text().toLowerCase(java.util.Locale.ROOT));
    }
}
