package dev.sitrep.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence as the positions stage compares them: each word with its light stem (plural, -ing, -ed
 * and a final e removed, so "joins", "joined" and "joining" meet "join"), and the punctuation that ends a clause
 * as tokens of their own, since a negation does not reach past them. Lexicons and issues go through the same
 * function, so a stem only has to be consistent, not a dictionary word.
 */
final class Words {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*(?:['’][\\p{L}]+)*%?|[,;:.!?()\"“”—–]");

    /** One token: its text as written, its stem, and its character offsets in the sentence. */
    record Token(String text, String stem, int start, int end) {
        boolean boundary() {
            return !Character.isLetterOrDigit(text.charAt(0));
        }
    }

    private Words() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), stem(m.group()), m.start(), m.end()));
        }
        return out;
    }

    /** The stems of a phrase, in order. */
    static List<String> stems(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    static String stem(String word) {
        String s = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("n't") || s.length() <= 3 || !Character.isLetter(s.charAt(s.length() - 1))) {
            return s;
        }
        if (s.endsWith("ies") || s.endsWith("ied")) {
            return s.length() > 4 ? s.substring(0, s.length() - 3) + "y" : s;
        }
        if (s.endsWith("sses") || s.endsWith("ches") || s.endsWith("shes") || s.endsWith("xes")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() >= 6) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ed") && s.length() >= 5) {
            s = undouble(s.substring(0, s.length() - 2));
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** "stopp" to "stop", but "fall" and "pass" keep their double letter, as Porter's stemmer does. */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
