package dev.sitrep.quotes;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statements quoted in an article's title, with their speaker.
 *
 * <p>A headline reports speech in a few fixed forms: a name and a colon ("Hegseth: Ukraine joining NATO
 * “unrealistic”", "Mayor Ruiz: ‘We will rebuild’"), a quotation and an inverted cue ("‘We will not retreat,’ says
 * Zelensky") or a speaker and a cue before it ("Rutte says allies “must spend more”"). The cue forms are found by the
 * same frames and attribution as the text's; the colon form is a headline's own. Only statements holding a quotation
 * are taken, and only with a speaker: a title's scare quotes (NATO's “new era”) and its unattributed quotations
 * report nothing, and a label before the colon ("Analysis:", "Live:") is no speaker.
 *
 * <p>A title is not part of {@code Article.text()}, which quote offsets point into, so a title's statement has the
 * empty span {@code 0..0} and no speaker mention: its words are taken from {@code Article.title()} (see
 * {@link Quote#inTitle()}). A speaker named in the title is linked to the article's entity of that name, alias or
 * surname; before a colon, only a person or organisation speaks. A title statement that a quote of the text by the
 * same speaker already holds is left out: the text's quote points to its words.
 */
final class TitleQuotes {
    /** Most tokens before a headline's colon: a name, perhaps with a title ("Defence Secretary Pete Hegseth"). */
    private static final int MAX_COLON = 8;
    private final Lexicon lex;

    TitleQuotes(Lexicon lex) {
        this.lex = lex;
    }

    /** The statements of {@code title}, none when it is null or holds no quotation. */
    List<Quote> find(String title, List<Entity> entities, List<Quote> body) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<Quoted> quoted = QuoteMarks.find(title);
        if (quoted.isEmpty()) {
            return List.of();
        }
        List<Unit> units = Units.split(title, quoted, lex);
        FrameFinder frames = new FrameFinder(title, lex);
        Attributor attributor = new Attributor(title, lex);
        SpeakerResolver resolver = new SpeakerResolver(title, List.of(), units, lex);
        BalancedSpans balanced = new BalancedSpans(title, quoted);
        List<Quote> out = new ArrayList<>();
        for (int ui = 0; ui < units.size(); ui++) {
            Unit u = units.get(ui);
            List<Found> found = new ArrayList<>(attributor.attributeAll(u, ui, frames.find(u)));
            found.removeIf(f -> f.parts().isEmpty() || f.quotes().isEmpty());
            found.replaceAll(f -> balanced.balance(toClauseEnd(f, u)));
            if (found.isEmpty()) {
                Found colon = colonStatement(u, ui, frames, title);
                if (colon != null) {
                    found.add(colon);
                }
            }
            for (Found f : found) {
                boolean colon = f.cue().equals(":");
                if (colon && label(title, f.speaker())) {
                    continue;
                }
                Speaker s = link(resolver.resolve(f.speaker()), entities);
                if (s.name() == null || colon && !colonSpeaker(s, entities)) {
                    continue;
                }
                String words = QuoteStage.quote(title, f.parts(), null, null, null, f.kind(), -1, -1).text();
                if (!saidInText(words, s, body)) {
                    out.add(new Quote(words, s.name(), s.id(), f.cue(), f.kind(), 0, 0, -1, -1, List.of()));
                }
            }
        }
        return out;
    }

    /**
     * "Starmer and Macron say ‘coalition of the willing’ is ready to plan a force": a quotation that the title's
     * clause goes on after is a quoted term inside what the speaker said, not the statement itself. The statement
     * runs from the quotation to the end of the title, MIXED. A quotation before its speaker ("‘We will not
     * retreat,’ says Zelensky") or closing the title stays as found.
     */
    private Found toClauseEnd(Found f, Unit u) {
        if (f.kind() != QuoteKind.DIRECT || f.speaker() == null || f.quotes().isEmpty()) {
            return f;
        }
        List<Tok> t = u.toks();
        int e = t.size() - 1;
        while (e >= 0 && t.get(e).type() == Tok.Type.PUNCT) {
            e--;
        }
        Quoted q = f.quotes().get(0);
        int at = 0;
        while (at < t.size() && !(t.get(at).isQuote() && t.get(at).quote() == q)) {
            at++;
        }
        if (e < 0 || at == t.size()) {
            return f;
        }
        Tok opening = t.get(at);
        if (f.speaker().start() > opening.start() || t.get(e).end() <= opening.end() || narrationAfter(t, at)) {
            return f;
        }
        Tok last = t.get(e);
        int end = last.isQuote() ? last.quote().contentEnd() : last.end();
        return new Found(List.of(new Quote.Part(opening.start(), end)), QuoteKind.MIXED, f.cue(), f.speaker(), f.unit(),
                f.quotes());
    }

    /**
     * Whether the quotation at token {@code q} is followed by the headline's own narration of the occasion
     * ("Kallas: ‘pressure works’ as EU ministers back new sanctions"), which is not the speaker's words.
     */
    private boolean narrationAfter(List<Tok> t, int q) {
        int next = q + 1;
        while (next < t.size() && t.get(next).punct(",")) {
            next++;
        }
        return next < t.size() && t.get(next).word() && lex.is("headline-narration", t.get(next).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "Hegseth: Ukraine joining NATO “unrealistic”": a name filling the words before an early colon speaks what
     * follows it, when that holds a quotation; DIRECT when it is only the quotation, else MIXED.
     */
    private Found colonStatement(Unit u, int index, FrameFinder frames, String title) {
        List<Tok> t = u.toks();
        int colon = -1;
        for (int i = 1; i < Math.min(t.size(), MAX_COLON + 1) && colon < 0; i++) {
            colon = t.get(i).punct(":") ? i : -1;
        }
        Phrase sp = colon > 0 ? frames.npForward(t, 0) : null;
        if (sp == null || sp.to() != colon - 1 || sp.kind() != Phrase.Kind.NAME) {
            return null;
        }
        int e = t.size() - 1;
        while (e > colon && t.get(e).type() == Tok.Type.PUNCT) {
            e--;
        }
        List<Quoted> inside = new ArrayList<>();
        for (int i = colon + 1; i <= e; i++) {
            if (t.get(i).isQuote()) {
                inside.add(t.get(i).quote());
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        Tok first = t.get(colon + 1);
        Tok last = t.get(e);
        if (colon + 1 == e && first.isQuote()) {
            return new Found(first.quote().parts(), QuoteKind.DIRECT, ":", sp, index, inside);
        }
        if (first.isQuote() && narrationAfter(t, colon + 1)) {
            return new Found(first.quote().parts(), QuoteKind.DIRECT, ":", sp, index, List.of(first.quote()));
        }
        int start = first.isQuote() ? first.quote().contentStart() : first.start();
        int end = last.isQuote() ? last.quote().contentEnd() : last.end();
        return new Found(List.of(new Quote.Part(start, end)), QuoteKind.MIXED, ":", sp, index, inside);
    }

    /**
     * The article's entity a title's speaker names: same name or alias, or a person whose name ends in it
     * ("Hegseth" for "Pete Hegseth") or opens it; the most mentioned wins. Unlinked, the speaker stays as the title writes it.
     */
    static Speaker link(Speaker s, List<Entity> entities) {
        if (s.name() == null || s.id() != null) {
            return s;
        }
        String n = s.name();
        Entity best = null;
        for (Entity e : entities) {
            boolean person = e.type() == EntityType.PERSON || e.type() == EntityType.OTHER;
            // "Elizabeth Warren Hammers Wells Fargo CEO": a title-case headline runs the name into its verb
            boolean same = e.name().equalsIgnoreCase(n) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n))
                    || person && (e.name().endsWith(" " + n) || e.name().indexOf(' ') > 0 && n.startsWith(e.name() + " "));
            if (same && (best == null || e.mentions() > best.mentions())) {
                best = e;
            }
        }
        return best == null ? s : new Speaker(best.name(), best.id());
    }

    /** "Analysis: …", "Live: …": a label of the kind of article, not a speaker. */
    private boolean label(String title, Phrase sp) {
        String first = title.substring(sp.start(), sp.end()).split("\\s+")[0];
        return lex.is("headline-label", first);
    }

    /**
     * Whether a name before a title's colon is a speaker, not the topic ("Kupiansk: the “new era” of drones"): a
     * person or organisation of the article, else a name of two words or more with no place word in it.
     */
    private boolean colonSpeaker(Speaker s, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.id().equals(s.id())) {
                if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) {
                    return true;
                }
                if (e.type() != EntityType.OTHER) {
                    return false;
                }
            }
        }
        String[] words = s.name().split("\\s+");
        for (String w : words) {
            if (lex.is("place-word", w)) {
                return false;
            }
        }
        return words.length > 1;
    }

    /** Whether a quote of the text by the same speaker holds these words. */
    private static boolean saidInText(String words, Speaker s, List<Quote> body) {
        String w = normal(words);
        for (Quote q : body) {
            boolean same = s.id() != null ? s.id().equals(q.speakerId()) : s.name().equals(q.speaker());
            if (same && normal(q.text()).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower case: quote marks and spacing differ between a title and its text. */
    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
