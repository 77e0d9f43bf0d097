package dev.sitrep.quotes;

import dev.sitrep.model.Entity;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proposes the speakers a statement could have and describes each by features, for the {@link SpeakerRanker}.
 *
 * <p>Candidates: the phrase the rules chose (the cue's subject, or the previous statement's speaker for a
 * quotation that continues it), every entity mention from two paragraphs before the statement to the unit after
 * it (outside the statement's own words), and the previous statement's speaker mention. Features say where a
 * candidate stands (units and paragraphs away, before or after, words between), what it is (entity type, the rules'
 * phrase kind, a lone capitalised word nothing knows), what it does (first words of its sentence, after a
 * preposition, a possessive, next to a speech verb), whether it spoke before, and how the statement is laid out (a
 * paragraph that is only a quotation, no cue of its own). Every feature is also given in the statement's context
 * (with or without a cue of its own), so that one weight can count differently in each.
 */
final class SpeakerCandidates {
    /** The feature of a rules' phrase that names no one: kept only if nothing better is found, then dropped. */
    static final String NOT_A_SPEAKER = "rule.not-a-speaker";
    /** How many paragraphs before the statement's own a candidate may stand. */
    private static final int PARAGRAPHS_BACK = 2;

    private record Span(int start, int end, Entity entity) {
    }

    private final String text;
    private final List<Unit> units;
    private final Lexicon lex;
    private final List<Span> spans = new ArrayList<>();
    /** The quotations of the text, {start, end} of their words, in text order. */
    private final List<int[]> quotations = new ArrayList<>();

    SpeakerCandidates(String text, List<Unit> units, List<Entity> entities, Lexicon lex) {
        this.text = text;
        this.units = units;
        this.lex = lex;
        for (Unit u : units) {
            for (Tok t : u.toks()) {
                if (t.isQuote() && t.quote().closed()) {
                    quotations.add(new int[] {t.quote().contentStart(), t.quote().contentEnd()});
                }
            }
        }
        for (Entity e : entities) {
            for (Mention m : e.spans()) {
                if (m.end() <= text.length() && m.start() < m.end()) {
                    spans.add(new Span(m.start(), m.end(), e));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
    }

    /**
     * The choices for each statement found by the rules.
     *
     * @param quotes  the statements, in text order
     * @param phrases for each, the phrase the rules took its speaker from, or null
     * @param followOn for each, whether it continues an earlier statement without a cue of its own
     */
    List<SpeakerChoice> choices(List<Quote> quotes, List<Phrase> phrases, List<Boolean> followOn) {
        List<SpeakerChoice> out = new ArrayList<>();
        Map<String, Integer> spoke = new HashMap<>();
        Quote previous = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.inTitle() || q.parts().isEmpty()) {
                continue;
            }
            out.add(new SpeakerChoice(i, candidates(q, phrases.get(i), followOn.get(i), previous, spoke)));
            if (q.speaker() != null) {
                spoke.merge(key(q.speaker(), q.speakerId()), 1, Integer::sum);
            }
            previous = q;
        }
        return out;
    }

    /**
     * One statement while its candidates are gathered: where it stands, its context prefix ("R|" a cue of its own,
     * "F|" a continuation, "N|" none), its layout, the window candidates come from, and what was said before it.
     */
    private record Statement(Quote q, int unit, int paragraph, boolean ruled, String ctx, boolean quoteOnly,
            int windowStart, int windowEnd, Quote previous, Map<String, Integer> spoke) {
        /** Whether {@code [start, end)} overlaps the rules' speaker mention. */
        boolean overlapsRule(int start, int end) {
            return ruled && start < q.speakerEnd() && q.speakerStart() < end;
        }
    }

    private List<SpeakerChoice.Candidate> candidates(Quote q, Phrase phrase, boolean followOn, Quote previous,
            Map<String, Integer> spoke) {
        int qu = unitAt(q.start());
        boolean ruled = q.speaker() != null && q.speakerStart() >= 0;
        int from = firstUnitOfParagraph(units.get(qu).paragraph() - PARAGRAPHS_BACK);
        Statement st = new Statement(q, qu, units.get(qu).paragraph(), ruled, ruled ? (followOn ? "F|" : "R|") : "N|",
                quoteOnly(units.get(qu)), units.get(from).start(),
                units.get(Math.min(units.size() - 1, unitAt(q.end()) + 1)).end(), previous, spoke);
        List<SpeakerChoice.Candidate> out = new ArrayList<>();
        Span ruleMention = ruled ? spanOver(q.speakerStart(), q.speakerEnd()) : null;
        if (ruled) {
            out.add(ruleCandidate(st, phrase, followOn, ruleMention));
        }
        mentions(st, ruleMention == null ? -1 : ruleMention.start(), out);
        pronouns(st, from, out);
        previousSpeaker(st, out);
        return out;
    }

    /** The speaker the rules chose, with what kind of phrase it was and whether it names anyone at all. */
    private SpeakerChoice.Candidate ruleCandidate(Statement st, Phrase phrase, boolean followOn, Span m) {
        Quote q = st.q();
        List<String> f = new ArrayList<>();
        f.add("rule");
        f.add("rule.kind=" + (phrase == null ? "none" : phrase.kind()));
        f.add("rule.follow=" + followOn);
        f.add("rule.type=" + (m == null ? "none" : m.entity().type()));
        String words = text.substring(q.speakerStart(), Math.min(text.length(), q.speakerEnd()));
        boolean unknownName = m == null && phrase != null && phrase.kind() == Phrase.Kind.NAME;
        if (unknownName && words.indexOf(' ') < 0) {
            f.add("rule.lone-word");
        }
        if (unknownName && lex.is("discourse", firstWord(words))) {
            f.add("rule.discourse-word");
        }
        if (m == null && notASpeaker(words)) {
            f.add(NOT_A_SPEAKER);
        }
        describe(f, st, q.speakerStart(), q.speakerEnd(), m == null ? null : m.entity());
        return new SpeakerChoice.Candidate(q.speakerStart(), q.speakerEnd(), q.speaker(), q.speakerId(), true,
                context(f, st));
    }

    /** Every entity mention in the window, outside the statement's words and the rules' own mention. */
    private void mentions(Statement st, int ruleEntityStart, List<SpeakerChoice.Candidate> out) {
        Quote q = st.q();
        Entity nearestPerson = nearestPersonBefore(q.start(), st.windowStart());
        for (int k = firstSpanFrom(st.windowStart()); k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.start() >= st.windowEnd()) {
                break;
            }
            if (inside(q, s.start()) || s.start() == ruleEntityStart || st.overlapsRule(s.start(), s.end())) {
                continue;
            }
            List<String> f = new ArrayList<>();
            f.add("mention");
            f.add("type=" + s.entity().type());
            if (s.entity() == nearestPerson) {
                f.add("nearest-person");
            }
            if (st.ruled() && s.entity().id().equals(q.speakerId())) {
                f.add("same-as-rule");
            }
            describe(f, st, s.start(), s.end(), s.entity());
            out.add(new SpeakerChoice.Candidate(s.start(), s.end(), s.entity().name(), s.entity().id(), false,
                    context(f, st)));
        }
    }

    /** Every pronoun in the window that stands for someone named before it (the last person, or organisation). */
    private void pronouns(Statement st, int fromUnit, List<SpeakerChoice.Candidate> out) {
        Quote q = st.q();
        for (int u = fromUnit; u < units.size() && units.get(u).start() < st.windowEnd(); u++) {
            for (Tok t : units.get(u).toks()) {
                if (!t.word() || !lex.is("pronoun", t.text()) || inside(q, t.start()) || st.overlapsRule(t.start(), t.end())) {
                    continue;
                }
                String w = t.text().toLowerCase(Locale.ROOT);
                Entity antecedent = antecedent(t.start(), st.windowStart(), !w.equals("they") && !w.equals("it"));
                if (antecedent == null || w.equals("we")) {
                    continue;
                }
                List<String> f = new ArrayList<>();
                f.add("pronoun=" + w);
                if (st.ruled() && antecedent.id().equals(q.speakerId())) {
                    f.add("same-as-rule");
                }
                describe(f, st, t.start(), t.end(), antecedent);
                out.add(new SpeakerChoice.Candidate(t.start(), t.end(), antecedent.name(), antecedent.id(), false,
                        context(f, st)));
            }
        }
    }

    /** The previous statement's speaker mention, when it is in the window and not a candidate already. */
    private void previousSpeaker(Statement st, List<SpeakerChoice.Candidate> out) {
        Quote q = st.q();
        Quote previous = st.previous();
        if (previous == null || previous.speaker() == null || previous.speakerStart() < st.windowStart()
                || st.ruled() && previous.speaker().equals(q.speaker())) {
            return;
        }
        for (SpeakerChoice.Candidate c : out) {
            if (c.start() == previous.speakerStart()) {
                return;
            }
        }
        List<String> f = new ArrayList<>();
        f.add("previous-speaker");
        describe(f, st, previous.speakerStart(), previous.speakerEnd(), null);
        out.add(new SpeakerChoice.Candidate(previous.speakerStart(), previous.speakerEnd(), previous.speaker(),
                previous.speakerId(), false, context(f, st)));
    }

    /**
     * A phrase that names no one: a document or manner ("in a statement", "the report"), a time ("Christmas Day") or
     * the first word of a clause taken for a name ("When", "It's"), by its first, second or last word.
     */
    private boolean notASpeaker(String phrase) {
        String[] w = phrase.split("\\s+");
        if (w.length == 0) {
            return false;
        }
        String first = w[0].replace('’', '\'');
        return w.length == 1 && lex.is("clause-word", first) || lex.is("non-speaker", first) || lex.is("preposition", first)
                || w.length > 1 && lex.is("determiner", first) && lex.is("non-speaker", w[1])
                || lex.is("non-speaker", w[w.length - 1]) || lex.is("month", w[w.length - 1]);
    }

    /** The features every candidate has: where it stands, what it does, whether it spoke. */
    private void describe(List<String> f, Statement st, int start, int end, Entity e) {
        Quote q = st.q();
        int qu = st.unit();
        int para = st.paragraph();
        Quote previous = st.previous();
        Map<String, Integer> spoke = st.spoke();
        int cu = unitAt(start);
        int du = Math.max(-3, Math.min(1, cu - qu));
        int dp = Math.min(2, para - units.get(cu).paragraph());
        f.add("du=" + du);
        f.add("dp=" + dp);
        boolean before = start < q.start();
        f.add(before ? "before" : "after");
        if (cu == qu || cu == unitAt(q.end())) {
            f.add("gap=" + bucket(wordsBetween(q, start, end)));
        }
        if (firstInUnit(cu, start)) {
            f.add("sentence-subject");
        }
        String prev = wordBefore(start);
        if (prev != null && lex.is("preposition", prev)) {
            f.add("after-preposition");
        }
        String after = text.substring(end, Math.min(text.length(), end + 2));
        if (after.startsWith("'s") || after.startsWith("’s") || after.startsWith("'") && end > 0 && text.charAt(end - 1) == 's') {
            f.add("possessive");
        }
        String next = wordAfter(end);
        if (next != null && lex.speechVerb(next) != null || prev != null && lex.speechVerb(prev) != null) {
            f.add("next-to-speech-verb");
        }
        if (inQuotation(start)) {
            // "“If the board wanted any other skipper’s logbook, …”": a name in someone's quoted words
            f.add("in-quotation");
        }
        String name = e != null ? e.name() : text.substring(start, end);
        String id = e != null ? e.id() : null;
        if (previous != null && previous.speaker() != null && (id != null && id.equals(previous.speakerId())
                || previous.speaker().equals(name))) {
            f.add("previous-speaker-again");
        }
        Integer times = spoke.get(key(name, id));
        f.add("spoke=" + (times == null ? 0 : Math.min(times, 3)));
        if (e != null) {
            f.add("mentions=" + bucket(e.mentions()));
        }
    }

    /** Each feature alone, in the statement's context, and (for where it stands) with the statement's layout. */
    private static List<String> context(List<String> f, Statement st) {
        String ctx = st.ctx();
        boolean quoteOnly = st.quoteOnly();
        List<String> out = new ArrayList<>(f.size() * 2 + 4);
        for (String x : f) {
            out.add(x);
            out.add(ctx + x);
            if (quoteOnly && (x.startsWith("du=") || x.startsWith("dp=") || x.startsWith("type=") || x.startsWith("spoke="))) {
                out.add("quote-only|" + x);
            }
        }
        return out;
    }

    private static int bucket(int n) {
        return n <= 0 ? 0 : n <= 2 ? 2 : n <= 5 ? 5 : n <= 10 ? 10 : 11;
    }

    private static String key(String name, String id) {
        return id != null ? id : name.toLowerCase(Locale.ROOT);
    }

    /** Whether the statement's unit is only its quotations, opening a paragraph. */
    private static boolean quoteOnly(Unit u) {
        if (!u.startsParagraph() || !u.toks().get(0).isQuote()) {
            return false;
        }
        for (Tok t : u.toks()) {
            if (t.word()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code pos} stands in the words of a quotation of the text. */
    private boolean inQuotation(int pos) {
        for (int[] r : quotations) {
            if (pos >= r[0] && pos < r[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(Quote q, int pos) {
        for (Quote.Part p : q.parts()) {
            if (pos >= p.start() && pos < p.end()) {
                return true;
            }
        }
        return false;
    }

    private int wordsBetween(Quote q, int start, int end) {
        int a;
        int b;
        if (start < q.start()) {
            a = end;
            b = q.start();
        } else {
            int last = q.start();
            for (Quote.Part p : q.parts()) {
                if (p.end() <= start) {
                    last = Math.max(last, p.end());
                }
            }
            a = last;
            b = start;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = Math.max(0, a); i < Math.min(b, text.length()); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            n += w && !inWord ? 1 : 0;
            inWord = w;
        }
        return n;
    }

    /** Whether only punctuation, determiners and lower-case title words come before {@code start} in its unit. */
    private boolean firstInUnit(int unit, int start) {
        for (Tok t : units.get(unit).toks()) {
            if (t.start() >= start) {
                return true;
            }
            if (t.word() && !(lex.is("determiner", t.text()) || t.lower() && lex.titleHead(t.text()) || t.capitalised())) {
                return false;
            }
            if (t.isQuote()) {
                return false;
            }
        }
        return true;
    }

    private String wordBefore(int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int e = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < e ? text.substring(i, e) : null;
    }

    private String wordAfter(int pos) {
        int i = pos;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > s ? text.substring(s, i) : null;
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    /** What a pronoun at {@code pos} most likely stands for: the last person (or organisation) mentioned before it. */
    private Entity antecedent(int pos, int from, boolean person) {
        Entity best = null;
        for (int k = firstSpanFrom(from); k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.end() > pos) {
                break;
            }
            dev.sitrep.model.EntityType type = s.entity().type();
            if (person ? type == dev.sitrep.model.EntityType.PERSON : type == dev.sitrep.model.EntityType.ORG) {
                best = s.entity();
            }
        }
        return best;
    }

    private Entity nearestPersonBefore(int pos, int from) {
        Entity best = null;
        for (int k = firstSpanFrom(from); k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.end() > pos) {
                break;
            }
            if (s.start() >= from && s.entity().type() == dev.sitrep.model.EntityType.PERSON) {
                best = s.entity();
            }
        }
        return best;
    }

    private Span spanOver(int start, int end) {
        Span found = null;
        // mentions are short: only those starting a little before {@code start} can reach it
        for (int k = firstSpanFrom(start - 200); k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.start() >= end) {
                break;
            }
            if (s.end() > start) {
                found = s;
            }
        }
        return found;
    }

    /** The index of the unit holding {@code pos} (the last one starting at or before it). */
    private int unitAt(int pos) {
        int lo = 0;
        int hi = units.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (units.get(mid).start() <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The first unit of paragraph {@code paragraph} or later (units come in paragraph order), or the last unit. */
    private int firstUnitOfParagraph(int paragraph) {
        return Math.min(units.size() - 1, firstAtLeast(units.size(), i -> units.get(i).paragraph(), paragraph));
    }

    /** The index of the first mention starting at or after {@code pos}. */
    private int firstSpanFrom(int pos) {
        return firstAtLeast(spans.size(), i -> spans.get(i).start(), pos);
    }

    /** The first index below {@code n} whose key (not decreasing with the index) is at least {@code value}, else n. */
    private static int firstAtLeast(int n, java.util.function.IntUnaryOperator key, int value) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(mid) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
