package dev.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Reads speaker phrases at a position of a unit: a name ("Julianne Smith", "Mr. Ortiz"), a common-noun phrase
 * with its head ("the defence secretary", "people familiar with the matter"), a pronoun, and the clause bounds they
 * must stay in. The building blocks of {@link Subjects} and {@link FrameFinder}.
 */
final class NounPhrases {
    /** Irregular past forms that end a name's phrase ("Varga met officials"), as "-ed" forms do. */
    private static final java.util.Set<String> PAST_FORMS = java.util.Set.of("met", "led", "won", "lost", "got",
            "made", "took", "gave", "sent", "left", "held", "saw", "ran", "kept", "told", "said", "hit", "put", "set",
            "cut", "struck", "spoke", "wrote", "became", "came", "went", "brought", "bought", "sought", "thought",
            "found", "began", "knew", "meets", "leads", "wins", "sends", "tells", "says", "has", "had", "is", "was");
    /** Lower-case conjunctions that open a clause before its subject. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("while", "whereas", "but", "and",
            "although", "though", "because", "as", "so", "yet");
    private final String text;
    private final Lexicon lex;

    NounPhrases(String text, Lexicon lex) {
        this.text = text;
        this.lex = lex;
    }

    /**
     * "Waving their flags and chanting, the guard marched": a capitalised -ing word opening the sentence, followed by
     * a determiner or possessive, opens a participial clause; it names no one.
     */
    private boolean participialOpening(List<Tok> t, int i) {
        Tok w = t.get(i);
        return i == 0 && w.capitalised() && w.text().length() > 4 && w.text().endsWith("ing") && i + 1 < t.size()
                && t.get(i + 1).lower() && (lex.is("determiner", t.get(i + 1).text()) || lex.is("possessive", t.get(i + 1).text()));
    }

    /** The speaker phrase starting at {@code i} ("Smith", "the people familiar with the matter", "he"). */
    Phrase npForward(List<Tok> t, int i) {
        if (i >= t.size() || !t.get(i).word()) {
            return null;
        }
        Tok w = t.get(i);
        if (lex.is("pronoun", w.text())) {
            return phrase(t, i, i, Phrase.Kind.PRONOUN);
        }
        if (lex.is("object-pronoun", w.text()) && (i + 1 == t.size() || !t.get(i + 1).word())) {
            // "according to him.": a pronoun the resolver links like "he"; "according to her aides" reads on
            return phrase(t, i, i, Phrase.Kind.PRONOUN);
        }
        if (lex.is("time", w.text()) || lex.is("month", w.text()) || w.lower() && lex.is("preposition", w.text())) {
            // "said in a written statement": an adjunct, not a speaker
            return null;
        }
        if (participialOpening(t, i)) {
            return null;
        }
        int j = i;
        boolean det = lex.is("determiner", w.text()) || lex.is("possessive", w.text());
        if (w.capitalised() && !det) {
            while (j + 1 < t.size()) {
                Tok n = t.get(j + 1);
                if (n.capitalised() || n.punct(".") && (lex.is("abbreviation", t.get(j).text()) || initial(t.get(j)))
                        && j + 2 < t.size()
                        && t.get(j + 2).capitalised()) {
                    j++;
                } else if (n.word() && lex.is("connector", n.text()) && j + 2 < t.size() && t.get(j + 2).capitalised()) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (!(j + 1 < t.size() && t.get(j + 1).lower() && t.get(j + 1).word() && !lex.is("preposition", t.get(j + 1).text())
                    && lex.speechVerb(t.get(j + 1).text()) == null && headWithin(t, j + 1))) {
                return phrase(t, i, j, Phrase.Kind.NAME);
            }
        }
        // a common-noun phrase: modifiers up to a head noun, perhaps with an unnamed-source tail; a verb ends it
        // ("said economic stagnation is the source" names no speaker)
        int limit = Math.min(t.size(), i + 7);
        for (j = i; j < limit; j++) {
            Tok x = t.get(j);
            if (!x.word() || j > i && (lex.is("preposition", x.text()) || x.text().equals("who"))
                    || x.lower() && lex.is("copula", x.text())) {
                break;
            }
            if (x.lower() && isHead(x.text())) {
                int end = j;
                if (lex.titleHead(x.text()) && j + 1 < t.size() && t.get(j + 1).capitalised()) {
                    int k = j + 1;
                    while (k + 1 < t.size() && t.get(k + 1).capitalised()) {
                        k++;
                    }
                    return phrase(t, i, k, Phrase.Kind.NAME);
                }
                while (end + 1 < limit && t.get(end + 1).lower() && isHead(t.get(end + 1).text())) {
                    end++;
                }
                Matcher m = lex.anonymousAt().matcher(text).region(skipSpace(t.get(end).end()), text.length());
                Phrase.Kind kind = lex.titleHead(t.get(end).text()) && w.text().equalsIgnoreCase("the")
                        ? Phrase.Kind.TITLE : Phrase.Kind.GROUP;
                if (m.lookingAt()) {
                    int stop = end;
                    while (stop + 1 < t.size() && t.get(stop + 1).end() <= m.end() && t.get(stop + 1).word()) {
                        stop++;
                    }
                    return phrase(t, i, stop, Phrase.Kind.GROUP);
                }
                return phrase(t, i, end, kind);
            }
        }
        if (det && i + 1 < t.size() && t.get(i + 1).capitalised()) {
            // "said some Democrats", "said the Kremlin": a determiner before capitalised words
            j = i + 1;
            while (j + 1 < t.size() && t.get(j + 1).capitalised()) {
                j++;
            }
            return phrase(t, i, j, w.text().equalsIgnoreCase("the") ? Phrase.Kind.NAME : Phrase.Kind.GROUP);
        }
        return null;
    }

    /** A head noun within three lowercase words from {@code i} ("defence minister"). */
    private boolean headWithin(List<Tok> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 3); k++) {
            if (!t.get(k).lower()) {
                return false;
            }
            if (isHead(t.get(k).text())) {
                return true;
            }
            if (PAST_FORMS.contains(t.get(k).text()) || t.get(k).text().endsWith("ed")) {
                // "President Barack Obama met survivors": a verb between the name and the noun ends the name
                return false;
            }
        }
        return false;
    }

    boolean isHead(String s) {
        return lex.titleHead(s) || lex.groupHead(s);
    }

    private int skipSpace(int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Any words (at most twenty) up to a comma or the end of the clause, as an unnamed source ("according to exit
     * polls"). Opening its sentence, the phrase may hold "that" ("According to the officer in charge that night, …").
     */
    Phrase phraseUntilComma(List<Tok> t, int i, boolean opening) {
        int j = i;
        while (j < t.size() && j < i + 20 && t.get(j).word()
                && (opening || !t.get(j).text().equals("that") && !t.get(j).text().equals("who"))) {
            j++;
        }
        boolean end = j == t.size() || !t.get(j).word() && (!opening || t.get(j).punct(","));
        return j > i && end ? phrase(t, i, j - 1, Phrase.Kind.GROUP) : null;
    }

    Phrase nameEndingAt(List<Tok> t, int j, int lo) {
        if (j < lo || !t.get(j).capitalised()) {
            return null;
        }
        int i = j;
        while (i - 1 >= lo) {
            Tok p = t.get(i - 1);
            if (p.capitalised() || p.punct(".") && i - 2 >= lo && (lex.is("abbreviation", t.get(i - 2).text())
                    || initial(t.get(i - 2)))) {
                i--;
            } else if (p.word() && lex.is("connector", p.text()) && i - 2 >= lo && t.get(i - 2).capitalised()) {
                i -= 2;
            } else {
                break;
            }
        }
        while (i < j && notName(t.get(i)) && !firstNameInLy(t.get(i))) {
            i++;
        }
        // a lone word in -ly right before the cue is a name ("Kelly said"): "Recently said" is no sentence
        // and so is an acronym in capitals before a lowercase word ("the NAACP called"), unlike a dateline ("KYIV —")
        boolean acronym = j + 1 < t.size() && t.get(j + 1).lower() && t.get(j).text().chars().allMatch(Character::isUpperCase);
        if (i == j && notName(t.get(j)) && !acronym && !(j + 1 < t.size() && t.get(j + 1).lower() && t.get(j).text().endsWith("ly")
                && lex.speechVerb(t.get(j + 1).text()) != null && !lex.is("discourse", t.get(j).text()))) {
            return null;
        }
        while (i < j && t.get(i).text().equalsIgnoreCase("the")) {
            i++;
        }
        if (i - 1 >= lo && t.get(i - 1).lower() && lex.titleHead(t.get(i - 1).text())) {
            Phrase title = commonEndingAt(t, i - 1, lo);
            if (title.kind() != Phrase.Kind.NAME) {
                return phrase(t, title.from(), j, Phrase.Kind.NAME);
            }
        }
        return phrase(t, i, j, Phrase.Kind.NAME);
    }

    Phrase commonEndingAt(List<Tok> t, int j, int lo) {
        int i = j;
        int n = 0;
        int beforeAnd = -1;
        while (i - 1 >= lo && n < 6) {
            Tok p = t.get(i - 1);
            if (!p.word()) {
                break;
            }
            String s = p.text();
            if (lex.is("determiner", s) || lex.is("possessive", s)) {
                i--;
                break;
            }
            if ((s.equals("and") || s.equals("or")) && beforeAnd < 0 && i < j && i - 2 >= lo && t.get(i - 2).word()) {
                // "The British and French leaders": coordinated modifiers, kept only if a determiner opens them
                beforeAnd = i;
                i--;
                continue;
            }
            if (lex.is("discourse", s) || s.equals("and") || s.equals("or")) {
                break;
            }
            if (p.capitalised() || p.lower() && !lex.is("preposition", s) && !lex.is("adverb", s)
                    && !lex.is("pronoun", s) && lex.speechVerb(s) == null && !s.equals("and") && !s.equals("that")
                    && !s.equals("which")) {
                i--;
                n++;
            } else {
                break;
            }
        }
        if (beforeAnd >= 0 && !(lex.is("determiner", t.get(i).text()) || lex.is("possessive", t.get(i).text()))) {
            i = beforeAnd;
        }
        if (i - 1 >= lo && t.get(i - 1).punct(",") && i - 2 >= lo && t.get(i - 2).capitalised()
                && j + 1 < t.size() && t.get(j + 1).punct(",")) {
            // An appositive between commas: "Alexander Grushko, Russia's deputy foreign minister, calling ..."; not
            // "On Monday, the …", nor a statement closing on a name before its frame ("… to Geneva, officials said")
            Phrase appositive = nameEndingAt(t, i - 2, lo);
            if (appositive != null) {
                return appositive;
            }
        }
        String first = t.get(i).text().toLowerCase(Locale.ROOT);
        boolean definite = first.equals("the") || lex.is("possessive", first) || first.endsWith("'s") || first.endsWith("’s")
                || t.get(i).capitalised() && !first.equals("a") && !first.equals("an");
        Phrase.Kind kind = lex.titleHead(t.get(j).text()) && definite ? Phrase.Kind.TITLE : Phrase.Kind.GROUP;
        return phrase(t, i, j, kind);
    }

    /** A capitalised word that opens a sentence without being part of a name ("In", "But", "Monday", "Recently"). */
    private boolean notName(Tok x) {
        String w = x.text();
        return lex.is("discourse", w) || lex.is("preposition", w) || lex.is("time", w) || lex.is("month", w)
                || w.length() > 4 && w.endsWith("ly") || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && w.chars().allMatch(Character::isLetter) && w.length() > 4;
    }

    /**
     * "Carly Fiorina", "Billy Bush": a short word in -ly opening a name is a first name, unlike a sentence adverb
     * ("Recently", "Finally"), which is longer or a "discourse" word ("Only", "Early").
     */
    private boolean firstNameInLy(Tok x) {
        String w = x.text();
        return w.length() == 5 && w.endsWith("ly") && !lex.is("discourse", w) && !lex.is("adverb", w);
    }

    /** A single capital: the initial in "Donald J. Trump". */
    private static boolean initial(Tok x) {
        return x.word() && x.text().length() == 1 && Character.isUpperCase(x.text().charAt(0));
    }

    Phrase anonymousBefore(List<Tok> t, int lo, int j) {
        int s = t.get(lo).start();
        if (!t.get(j).word() || !t.get(j).lower() || j - lo < 2) {
            return null;
        }
        // cheap test before the anchored expression, which would otherwise try every start position
        String clause = text.substring(s, t.get(j).end());
        if (!(clause.contains(" with ") || clause.contains(" to ") || clause.contains(" on ") || clause.contains("who "))) {
            return null;
        }
        Matcher m = lex.anonymousTail().matcher(text).region(s, t.get(j).end());
        if (!m.find()) {
            return null;
        }
        int h = lo;
        while (h + 1 <= j && t.get(h + 1).start() < m.start()) {
            h++;
        }
        Tok head = t.get(h);
        if (!head.word()) {
            return null;
        }
        Phrase core = head.capitalised() ? nameEndingAt(t, h, lo) : commonEndingAt(t, h, lo);
        if (core == null) {
            core = phrase(t, h, h, Phrase.Kind.GROUP);
        }
        return core.kind() == Phrase.Kind.NAME ? null : phrase(t, core.from(), j, Phrase.Kind.GROUP);
    }

    /** "Connecticut’s tax commissioner": a capitalised possessive opens a noun phrase like a determiner. */
    static boolean possessiveName(Tok x) {
        String w = x.text();
        return x.capitalised() && w.length() > 3 && (w.endsWith("’s") || w.endsWith("'s"));
    }

    /** Where the sentence part holding token {@code j} starts: after the last colon, semicolon or dash. */
    static int sentenceStart(List<Tok> t, int j) {
        int i = j;
        while (i > 0 && !t.get(i - 1).punct(":;―—–(") && !datelineDash(t, i - 1)) {
            i = i - 1 > 0 && t.get(i - 1).punct(")") ? overParentheses(t, i - 1) : i - 1;
        }
        return i;
    }

    /**
     * "Sen. Bernie Sanders (I-Vt.) repeated …": from the closing bracket at {@code close}, the index of its opening
     * one, so that a walk back to a clause's start passes over the brackets; {@code close} itself when none is near.
     */
    private static int overParentheses(List<Tok> t, int close) {
        for (int o = close - 1; o >= Math.max(0, close - 8); o--) {
            if (t.get(o).punct("(")) {
                return o;
            }
            if (t.get(o).punct(")") || t.get(o).isQuote()) {
                break;
            }
        }
        return close;
    }

    /** "ORLANDO, Fla. (Reuters) - President …": the hyphen after a dateline's agency ends the dateline. */
    private static boolean datelineDash(List<Tok> t, int i) {
        return t.get(i).punct("-") && i > 0 && t.get(i - 1).punct(")");
    }

    /** Where the clause holding token {@code j} starts: after the last quotation, colon or semicolon. */
    static int clauseStart(List<Tok> t, int j) {
        int i = j;
        while (i > 0) {
            Tok p = t.get(i - 1);
            if (p.isQuote() || p.punct(":;―—–(") || datelineDash(t, i - 1)) {
                break;
            }
            i = p.punct(")") ? overParentheses(t, i - 1) : i - 1;
        }
        return i;
    }

    static Phrase phrase(List<Tok> t, int from, int to, Phrase.Kind kind) {
        // "…, whereas Spain's government said": the conjunction opens the clause, it is not part of the speaker
        while (from < to && CLAUSE_OPENERS.contains(t.get(from).text())) {
            from++;
        }
        return new Phrase(from, to, t.get(from).start(), t.get(to).end(), kind);
    }
}
