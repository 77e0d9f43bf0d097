package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Block quotes: paragraphs of a speaker's words after an introduction ending in a colon ("That is what he said:",
 * "… and here are early comments from X:"). The block runs over the following paragraphs and stops before a
 * heading (a short line with no closing punctuation), a paragraph opening with a quotation, a paragraph that
 * reports speech itself, a link or image line, or after {@value #MAX_PARAGRAPHS} paragraphs.
 */
final class BlockQuotes {
    static final int MAX_PARAGRAPHS = 8;
    private static final Pattern LINK = Pattern.compile("^(?:!\\[|https?://|www\\.)");

    private final String text;
    private final Lexicon lex;
    private final FrameFinder frames;

    BlockQuotes(String text, Lexicon lex, FrameFinder frames) {
        this.text = text;
        this.lex = lex;
        this.frames = frames;
    }

    /** A block introduction in a unit with no frame of its own ("here are his comments:"), or null. */
    Found intro(Unit u, int index) {
        List<Tok> t = u.toks();
        if (!u.endsParagraph() || !t.get(t.size() - 1).punct(":")) {
            return null;
        }
        String line = text.substring(u.start(), u.end());
        for (Pattern p : lex.blockIntros()) {
            Matcher m = p.matcher(line);
            if (!m.find()) {
                continue;
            }
            int fromAt = m.start("from") < 0 ? -1 : u.start() + m.start("from");
            Phrase sp = null;
            for (int i = 0; i < t.size() && fromAt >= 0; i++) {
                if (t.get(i).start() >= fromAt) {
                    sp = lastName(frames.npForward(t, i), t);
                    break;
                }
            }
            if (sp != null) {
                return new Found(List.of(), null, m.group("cue"), sp, index, List.of());
            }
        }
        return null;
    }

    /** "from Canadian defence minister Bill Blair": the name at the end wins over the title before it. */
    private static Phrase lastName(Phrase p, List<Tok> t) {
        if (p == null || p.kind() != Phrase.Kind.GROUP && p.kind() != Phrase.Kind.TITLE) {
            return p;
        }
        int j = p.to() + 1;
        int k = j;
        while (k < t.size() && t.get(k).capitalised()) {
            k++;
        }
        return k > j ? new Phrase(j, k - 1, t.get(j).start(), t.get(k - 1).end(), Phrase.Kind.NAME) : p;
    }

    /** The parts of the block starting at unit {@code first}; {@code next[0]} receives the unit after it. */
    List<Quote.Part> collect(List<Unit> units, int first, int[] next) {
        List<Quote.Part> parts = new ArrayList<>();
        int i = first;
        int paragraphs = 0;
        while (i < units.size() && paragraphs < MAX_PARAGRAPHS) {
            int p = units.get(i).paragraph();
            int j = i;
            while (j < units.size() && units.get(j).paragraph() == p) {
                j++;
            }
            Unit head = units.get(i);
            Unit tail = units.get(j - 1);
            if (!wordsOfSpeaker(units.subList(i, j), head, tail)) {
                break;
            }
            parts.add(new Quote.Part(head.start(), tail.end()));
            paragraphs++;
            i = j;
        }
        next[0] = i;
        return parts;
    }

    private boolean wordsOfSpeaker(List<Unit> paragraph, Unit head, Unit tail) {
        List<Tok> ht = head.toks();
        if (ht.get(0).isQuote() || LINK.matcher(text.substring(head.start(), Math.min(text.length(), head.start() + 8))).find()) {
            return false;
        }
        Tok last = tail.toks().get(tail.toks().size() - 1);
        boolean closed = last.punct(".!?…)\"”’'") || last.isQuote();
        int words = 0;
        for (Unit u : paragraph) {
            for (Tok t : u.toks()) {
                words += t.word() ? 1 : 0;
            }
            for (Frame f : frames.find(u)) {
                if (f.speaker().kind() != Phrase.Kind.PRONOUN || !"I we".contains(text.substring(f.speaker().start(), f.speaker().end()))) {
                    return false;
                }
            }
        }
        return closed || words > 25;
    }
}
