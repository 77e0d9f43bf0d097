package dev.sitrep.quotes;

import dev.sitrep.limits.Deadline;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds statements and their speakers: who said what.
 *
 * <pre>
 *  marks      quotations in every convention, apostrophes told apart, split and unclosed ones   ({@link QuoteMarks})
 *  units      sentences widened to keep quotations whole                                      ({@link Units})
 *  frames     cue and speaker phrase: "Smith said", "said the minister", "according to X"     ({@link FrameFinder})
 *  statement  which words the frame reports: quotations (DIRECT), a clause (INDIRECT), a
 *             clause holding a quotation (MIXED)                                              ({@link Attributor})
 *  blocks     paragraphs after "That is what he said:" (BLOCK)                                ({@link BlockQuotes})
 *  turns      interview paragraphs opening with a person's name and a colon                   ({@link InterviewTurns})
 *  questions  "Asked whether …," "was asked what …": the question, asked by nobody the sentence names ({@link AskedQuestions})
 *  follow-on  a quotation with no frame of its own within two sentences of an attributed one
 *             continues it ("“…,” he said. “…”") or, from a new paragraph, is the same
 *             speaker's next statement
 *  speakers   names, titles and pronouns resolved to the entity stage's entities          ({@link SpeakerResolver})
 *  title      the article's title, in its headline forms; its statements come first, with the
 *             empty span 0..0 since offsets point into the text                               ({@link TitleQuotes})
 * </pre>
 *
 * The sentence opening a paragraph with "Editor’s note:" is the publication's aside, not reporting: it has no
 * statements.
 * A quotation with no frame and no statement before it is dropped when it is short (scare quotes, titles:
 * 'coalition of the willing'); a long one is kept with no speaker. Never throws on strange text.
 */
public final class QuoteStage implements Stage {
    /** A quotation with no cue needs this many words to be kept as an unattributed statement. */
    static final int UNATTRIBUTED_MIN_WORDS = 8;
    /** A quotation with no cue needs this many words (or to be a full sentence) to continue the previous statement. */
    static final int FOLLOW_ON_MIN_WORDS = 4;
    /** "Editor’s note:", "EDITOR'S NOTE —": the opening of a paragraph the publication adds to the article. */
    private static final java.util.regex.Pattern EDITORS_NOTE = java.util.regex.Pattern.compile(
            "editors?['’]?s?\\s+note\\s*[:—–-]", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String OPENING_MARKS = "“\"‘'«„(";
    private static final String CLOSING_MARKS = "”\"’'»)";

    private final Lexicon lex;
    private final TitleQuotes titles;
    private final SpeakerRanker ranker;

    /**
     * The statements the rules found, and for each the speakers it could have.
     *
     * @param quotes  the statements with the rules' speakers, in text order
     * @param choices the candidate speakers of each statement of the text
     */
    public record Analysis(List<Quote> quotes, List<SpeakerChoice> choices) {
    }

    public QuoteStage() {
        this(Lexicon.defaults(), SpeakerRanker.defaults());
    }

    public QuoteStage(Lexicon lex) {
        this(lex, SpeakerRanker.defaults());
    }

    /** A stage whose speakers the given model chooses ({@link SpeakerRanker#rulesOnly()}: the rules alone). */
    public QuoteStage(Lexicon lex, SpeakerRanker ranker) {
        this.lex = lex;
        this.titles = new TitleQuotes(lex);
        this.ranker = ranker;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Draft apply(Draft draft) {
        Article a = draft.article();
        List<Quote> body = a.text().isBlank() ? List.of() : find(a.text(), a.entities());
        List<Quote> quotes = new ArrayList<>(titles.find(a.title(), a.entities(), body));
        quotes.addAll(body);
        return draft.withArticle(a.toBuilder().quotes(quotes).build());
    }

    /** The statements of {@code text}, speakers resolved against {@code entities}. */
    public List<Quote> find(String text, List<Entity> entities) {
        Analysis a = analyse(text, entities);
        List<Quote> ranked = new ArrayList<>(ranker.apply(a.quotes(), a.choices()));
        for (int i = 0; i < ranked.size(); i++) {
            Quote rule = a.quotes().get(i);
            if (rule.cue() != null && rule.speakerStart() < 0 && "ask".equals(lex.speechVerb(rule.cue()))) {
                // a question whose asker the sentence does not name: the one asked, near it, did not ask it
                ranked.set(i, rule);
            }
        }
        return ranked;
    }

    /** The statements of {@code text} as the rules find them, each with the speakers it could have. */
    public Analysis analyse(String text, List<Entity> entities) {
        List<Quoted> quoted = QuoteMarks.find(text);
        List<Unit> units = Units.split(text, quoted, lex);
        FrameFinder frames = new FrameFinder(text, lex);
        Attributor attributor = new Attributor(text, lex);
        BlockQuotes blocks = new BlockQuotes(text, lex, frames);
        SpeakerResolver resolver = new SpeakerResolver(text, entities, units, lex);
        InterviewTurns turns = new InterviewTurns(text, entities);
        BalancedSpans balanced = new BalancedSpans(text, quoted);
        AskedQuestions questions = new AskedQuestions(text, lex);
        List<Quote> out = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<Boolean> followOn = new ArrayList<>();
        Set<Quoted> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Found pending = null;
        Found last = null;
        Quote lastQuote = null;
        for (int ui = 0; ui < units.size(); ui++) {
            Deadline.check();
            Unit u = units.get(ui);
            if (u.startsParagraph() && EDITORS_NOTE.matcher(text).region(u.start(), text.length()).lookingAt()) {
                // the sentence of an editor's note is the publication's aside on the article, not a report
                pending = null;
                continue;
            }
            if (pending != null && u.startsParagraph()) {
                Found intro = pending;
                pending = null;
                if (!u.toks().get(0).isQuote()) {
                    int[] next = new int[1];
                    List<Quote.Part> parts = blocks.collect(units, ui, next);
                    if (!parts.isEmpty()) {
                        Found block = new Found(parts, QuoteKind.BLOCK, intro.cue(), intro.speaker(), next[0] - 1, List.of());
                        lastQuote = emit(text, block, resolver, out);
                        phrases.add(block.speaker());
                        followOn.add(false);
                        last = block;
                        ui = next[0] - 1;
                        continue;
                    }
                } else {
                    last = new Found(List.of(), QuoteKind.DIRECT, intro.cue(), intro.speaker(), ui - 1, List.of());
                    lastQuote = null;
                }
            }
            pending = null;
            InterviewTurns.Turn turn = u.hasQuote() ? null : turns.at(units, ui);
            if (turn != null) {
                Quote q = quote(text, List.of(new Quote.Part(turn.start(), turn.end())), turn.person().name(),
                        turn.person().id(), ":", QuoteKind.DIRECT, turn.label().start(), turn.label().end());
                out.add(q);
                phrases.add(turn.label());
                followOn.add(false);
                last = new Found(q.parts(), QuoteKind.DIRECT, ":", turn.label(), turn.lastUnit(), List.of());
                lastQuote = q;
                ui = turn.lastUnit();
                continue;
            }
            List<Found> all = attributor.attributeAll(u, ui, frames.find(u));
            if (all.size() == 1 && all.get(0).parts().isEmpty()) {
                pending = all.get(0);
                continue;
            }
            if (all.isEmpty()) {
                pending = blocks.intro(u, ui);
                if (pending != null) {
                    continue;
                }
            }
            int unitFirst = out.size();
            for (Found reported : all) {
                if (reported.parts().isEmpty()) {
                    continue;
                }
                Found found = balanced.balance(reported);
                used.addAll(found.quotes());
                lastQuote = emit(text, found, resolver, out);
                phrases.add(found.speaker());
                followOn.add(false);
                last = found;
            }
            for (AskedQuestions.Asked q : questions.find(u, all)) {
                // in text order among the unit's statements: "Asked whether …, Varga said …" puts the question first
                int at = out.size();
                while (at > unitFirst && out.get(at - 1).start() > q.part().start()) {
                    at--;
                }
                Speaker s = q.asker() == null ? new Speaker(null, null) : resolver.resolve(q.asker());
                out.add(at, quote(text, List.of(q.part()), s.name(), s.id(), q.cue(), QuoteKind.INDIRECT,
                        q.asker() == null ? -1 : q.asker().start(), q.asker() == null ? -1 : q.asker().mentionEnd()));
                phrases.add(at, q.asker());
                followOn.add(at, false);
            }
            for (Tok t : u.toks()) {
                if (!t.isQuote() || used.contains(t.quote())) {
                    continue;
                }
                Quoted q = t.quote();
                if (q.titleCase(text)) {
                    continue;
                }
                int words = q.words(text);
                boolean sentence = words >= FOLLOW_ON_MIN_WORDS
                        || words >= 2 && ".!?".indexOf(text.charAt(q.contentEnd() - 1)) >= 0;
                boolean follows = last != null && ui - last.unit() <= 2 && sentence
                        && Character.isUpperCase(text.charAt(q.contentStart())) && mostlyQuote(u, text);
                if (follows) {
                    used.add(q);
                    Unit prevUnit = units.get(Math.max(0, ui - 1)); // both quotations can sit in the first unit
                    // a quotation before the last statement's words ("thinking, ''…,'' adding, ''…''") is its own
                    if (lastQuote != null && last.kind() == QuoteKind.DIRECT && prevUnit.paragraph() == u.paragraph()
                            && !u.startsParagraph() && q.parts().get(0).start() >= lastQuote.end()) {
                        out.remove(out.size() - 1);
                        List<Quote.Part> parts = new ArrayList<>(lastQuote.parts());
                        parts.addAll(q.parts());
                        lastQuote = quote(text, parts, lastQuote.speaker(), lastQuote.speakerId(), lastQuote.cue(),
                                QuoteKind.DIRECT, lastQuote.speakerStart(), lastQuote.speakerEnd());
                        out.add(lastQuote);
                    } else {
                        Phrase sp = last.speaker();
                        Speaker s = lastQuote != null ? new Speaker(lastQuote.speaker(), lastQuote.speakerId())
                                : resolver.resolve(sp);
                        lastQuote = quote(text, q.parts(), s.name(), s.id(), last.cue(), QuoteKind.DIRECT, sp.start(), sp.mentionEnd());
                        out.add(lastQuote);
                        phrases.add(sp);
                        followOn.add(true);
                    }
                    last = new Found(lastQuote.parts(), QuoteKind.DIRECT, last.cue(), last.speaker(), ui, List.of(q));
                } else if (words >= UNATTRIBUTED_MIN_WORDS && mostlyQuote(u, text)) {
                    used.add(q);
                    out.add(quote(text, q.parts(), null, null, null, QuoteKind.DIRECT, -1, -1));
                    phrases.add(null);
                    followOn.add(false);
                }
            }
        }
        List<SpeakerChoice> choices = new SpeakerCandidates(text, units, entities, lex).choices(out, phrases, followOn);
        return new Analysis(out, choices);
    }

    /** A unit that is mostly its quotations: two words of narration, or a third of the quoted words. */
    private static boolean mostlyQuote(Unit u, String text) {
        int words = 0;
        int quoted = 0;
        for (Tok t : u.toks()) {
            words += t.word() ? 1 : 0;
            quoted += t.isQuote() ? t.quote().words(text) : 0;
        }
        return words <= Math.max(2, quoted / 3);
    }

    private Quote emit(String text, Found f, SpeakerResolver resolver, List<Quote> out) {
        Speaker s = resolver.resolve(f.speaker());
        Quote q = quote(text, f.parts(), s.name(), s.id(), f.cue(), f.kind(), f.speaker().start(),
                f.speaker().mentionEnd());
        out.add(q);
        return q;
    }

    /**
     * The statement made of {@code parts}: their words joined by a blank line across paragraphs, else by a space,
     * with a full stop where the narration between them ends a sentence and the words before it do not (a quotation
     * gives up its closing comma) ("“We will stay,” she said. “The port is ours.”" reads
     * "We will stay. The port is ours.").
     */
    static Quote quote(String text, List<Quote.Part> parts, String speaker, String id, String cue, QuoteKind kind,
            int ss, int se) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Quote.Part p = parts.get(i);
            if (i > 0) {
                String gap = text.substring(Math.min(parts.get(i - 1).end(), p.start()), p.start());
                if (sentenceEnds(gap) && !endsSentence(sb)) {
                    sb.append('.');
                }
                sb.append(gap.indexOf('\n') >= 0 ? "\n\n" : " ");
            }
            sb.append(text, p.start(), p.end());
        }
        Quote.Part first = parts.get(0);
        Quote.Part lastPart = parts.get(parts.size() - 1);
        return new Quote(sb.toString(), speaker, id, cue, kind, first.start(), lastPart.end(), ss, se, parts);
    }

    /** Whether the narration between two parts closes a sentence: it ends on . ! ? before the next opening mark. */
    private static boolean sentenceEnds(String gap) {
        int i = gap.length();
        while (i > 0 && (Character.isWhitespace(gap.charAt(i - 1)) || OPENING_MARKS.indexOf(gap.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i > 0 && ".!?".indexOf(gap.charAt(i - 1)) >= 0;
    }

    /** Whether the words so far end on a sentence end, closing marks and brackets after it allowed. */
    private static boolean endsSentence(CharSequence s) {
        int i = s.length();
        while (i > 0 && CLOSING_MARKS.indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…:;".indexOf(s.charAt(i - 1)) >= 0;
    }
}
