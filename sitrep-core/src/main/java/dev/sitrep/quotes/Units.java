package dev.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenises an article around its quotations and cuts it into {@link Unit units}. A sentence ends at a paragraph
 * break, or at a full stop, question or exclamation mark followed by a capital or a quotation, never inside a
 * quotation and never after an abbreviation ("Mr.", "U.S."). A quotation ending in a full stop ends its sentence
 * unless a speech verb follows within a few words ("“… peace.” Rutte said").
 */
final class Units {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[’'\\-.&][\\p{L}\\p{N}]+|(?<=\\p{N})/\\p{N}+)*|[^\\s\\p{L}\\p{N}\\u00a0\\u2007\\u202f]");

    private Units() {
    }

    static List<Tok> tokens(String text, List<Quoted> quotes) {
        List<Tok> out = new ArrayList<>();
        int pos = 0;
        for (Quoted q : quotes) {
            words(text, pos, q.open(), out);
            out.add(new Tok(q.open(), q.close(), text.substring(q.open(), q.close()), Tok.Type.QUOTE, q));
            pos = q.close();
        }
        words(text, pos, text.length(), out);
        return out;
    }

    private static void words(String text, int from, int to, List<Tok> out) {
        Matcher m = TOKEN.matcher(text).region(from, to);
        int last = from;
        while (m.find()) {
            if (!out.isEmpty() && hasNewline(text, last, m.start())) {
                out.add(new Tok(last, last, "\n", Tok.Type.BREAK, null));
            }
            String g = m.group();
            boolean word = Character.isLetterOrDigit(g.charAt(0));
            out.add(new Tok(m.start(), m.end(), g, word ? Tok.Type.WORD : Tok.Type.PUNCT, null));
            last = m.end();
        }
        if (hasNewline(text, last, to)) {
            out.add(new Tok(last, last, "\n", Tok.Type.BREAK, null));
        }
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    static List<Unit> split(String text, List<Quoted> quotes, Lexicon lex) {
        List<Tok> toks = tokens(text, quotes);
        List<Unit> units = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        int paragraph = 0;
        int unitParagraph = 0;
        boolean first = true;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.type() == Tok.Type.BREAK) {
                if (!cur.isEmpty()) {
                    units.add(new Unit(List.copyOf(cur), unitParagraph, first, true));
                    cur.clear();
                }
                first = true;
                paragraph++;
                continue;
            }
            if (cur.isEmpty()) {
                unitParagraph = paragraph;
            }
            cur.add(t);
            if (t.isQuote()) {
                paragraph += countBreaks(text, t.start(), t.end());
            }
            if (endsSentence(text, toks, i, lex)) {
                boolean endsPara = i + 1 >= toks.size() || toks.get(i + 1).type() == Tok.Type.BREAK;
                units.add(new Unit(List.copyOf(cur), unitParagraph, first, endsPara));
                cur.clear();
                first = false;
            }
        }
        if (!cur.isEmpty()) {
            units.add(new Unit(List.copyOf(cur), unitParagraph, first, true));
        }
        return units;
    }

    private static int countBreaks(String text, int s, int e) {
        int n = 0;
        boolean prevNl = false;
        for (int i = s; i < e; i++) {
            boolean nl = text.charAt(i) == '\n';
            if (nl && !prevNl) {
                n++;
            }
            prevNl = nl;
        }
        return n;
    }

    /** Words that open a sentence after a dotted abbreviation ("U.S."), never a name's next part. */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("He", "She", "They", "We", "It",
            "But", "The", "This", "There");

    private static boolean endsSentence(String text, List<Tok> toks, int i, Lexicon lex) {
        if (i + 1 >= toks.size()) {
            return false;
        }
        Tok t = toks.get(i);
        Tok next = toks.get(i + 1);
        if (next.type() == Tok.Type.BREAK) {
            return false;
        }
        boolean nextStarts = next.isQuote() || next.type() == Tok.Type.WORD && Character.isUpperCase(next.text().charAt(0))
                || next.punct("(");
        if (!nextStarts) {
            return false;
        }
        if (t.punct(".!?")) {
            if (t.text().equals(".") && i > 0) {
                Tok prev = toks.get(i - 1);
                if (prev.word() && (lex.is("abbreviation", prev.text())
                        || prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0)))) {
                    // "… in the U.S. He says …": a subject pronoun after the dotted capital opens a sentence
                    return prev.text().length() == 1 && i > 1 && toks.get(i - 2).punct(".") && next.word()
                            && SENTENCE_OPENERS.contains(next.text());
                }
            }
            return true;
        }
        if (t.isQuote() && t.quote().closed()) {
            int ce = t.quote().contentEnd();
            char last = ce > 0 ? text.charAt(ce - 1) : ' ';
            return ".!?…".indexOf(last) >= 0 && !frameFollows(toks, i + 1, lex);
        }
        return false;
    }

    /** A speech verb closing the next few words: the sentence continues with its attribution. */
    private static boolean frameFollows(List<Tok> toks, int from, Lexicon lex) {
        for (int j = from; j < Math.min(toks.size(), from + 5); j++) {
            Tok t = toks.get(j);
            if (!t.word()) {
                return false;
            }
            if (t.lower() && lex.speechVerb(t.text()) != null) {
                // "… peace.” Rutte said." continues; "… peace.” She says Trump is …" starts a new sentence
                return j + 1 >= toks.size() || toks.get(j + 1).type() != Tok.Type.WORD
                        || lex.is("time", toks.get(j + 1).text()) || lex.is("preposition", toks.get(j + 1).text());
            }
        }
        return false;
    }
}
