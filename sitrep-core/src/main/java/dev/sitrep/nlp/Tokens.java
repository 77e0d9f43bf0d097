package dev.sitrep.nlp;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text with their offsets and folded keys: the common ground on which knowledge-base aliases,
 * recognizer spans and titles are matched.
 *
 * <p>A token is a run of letters and digits; everything else separates tokens, so "U.S." is "U" "S",
 * "Russia's" is "Russia" "s" and "Secretary-General" is "Secretary" "General", in aliases and text alike.
 * The key of a token is lower case without diacritics ("Élysée" and "Elysee" share "elysee"). Immutable.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;

    private Tokens(String text, int[] starts, int[] ends, String[] keys) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
    }

    /** Tokenises {@code text}. */
    public static Tokens of(String text) {
        int cap = Math.max(16, text.length() / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && wordChar(text.charAt(i))) {
                i++;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = start;
            e[n] = i;
            n++;
        }
        String[] k = new String[n];
        for (int t = 0; t < n; t++) {
            k[t] = fold(text, s[t], e[t]);
        }
        return new Tokens(text, Arrays.copyOf(s, n), Arrays.copyOf(e, n), k);
    }

    /**
     * Letters, digits and combining marks; surrogate halves count as letters so that supplementary letters stay
     * inside their word (and the odd emoji becomes a word nobody looks up).
     */
    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The folded key of a whole string that is one word or several ("Zelenskyy" gives "zelenskyy"). */
    public static String fold(String word) {
        return fold(word, 0, word.length());
    }

    private static String fold(String text, int from, int to) {
        char[] lower = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return foldUnicode(text.substring(from, to));
            }
            lower[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(lower);
    }

    private static String foldUnicode(String w) {
        String d = Normalizer.normalize(w, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // Letters that carry their mark inside the glyph, so NFD does not split them.
            switch (c) {
                case 'ł', 'Ł' -> sb.append('l');
                case 'ø', 'Ø' -> sb.append('o');
                case 'đ', 'Đ' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case 'ß' -> sb.append("ss");
                case 'æ', 'Æ' -> sb.append("ae");
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    public String text() {
        return text;
    }

    public int size() {
        return keys.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public String key(int token) {
        return keys[token];
    }

    /** The token as written. */
    public String word(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean capitalised(int token) {
        return Character.isUpperCase(text.codePointAt(starts[token]));
    }

    /** Whether every letter of the token is upper case and it has at least two. */
    public boolean allCaps(int token) {
        return allCaps(text, starts[token], ends[token]);
    }

    static boolean allCaps(String s, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The characters between token {@code token - 1} and {@code token} (from the text start for token 0). */
    public String gapBefore(int token) {
        int from = token == 0 ? 0 : ends[token - 1];
        return text.substring(from, starts[token]);
    }

    /** Whether a line break separates token {@code token} from the one before. */
    public boolean lineBreakBefore(int token) {
        int from = token == 0 ? 0 : ends[token - 1];
        for (int i = from; i < starts[token]; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether only spaces (no line break, no punctuation) separate token {@code token} from the one before. */
    public boolean joinedToPrevious(int token) {
        if (token == 0) {
            return false;
        }
        for (int i = ends[token - 1]; i < starts[token]; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a mention ending with token {@code token} ends: after the token, or after its dot when it closes an
     * abbreviation written with dots ("U.S.", "U.K.").
     */
    public int abbreviationEnd(int token) {
        int end = ends[token];
        boolean dotted = keys[token].length() == 1 && token > 0 && gapBefore(token).equals(".");
        return dotted && end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
    }

    /** Whether the token opens a paragraph: only white space, and a line break or the text start, before it. */
    public boolean startsParagraph(int token) {
        int from = token == 0 ? 0 : ends[token - 1];
        for (int i = from; i < starts[token]; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return token == 0 || text.lastIndexOf('\n', starts[token]) >= from;
    }

    /** Whether only white space within one paragraph (one line break at most) comes before the token. */
    public boolean sameParagraphAsPrevious(int token) {
        if (token == 0) {
            return false;
        }
        int breaks = 0;
        for (int i = ends[token - 1]; i < starts[token]; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c) && c != '\u00a0') {
                return false;
            }
        }
        return breaks <= 1;
    }

    /**
     * Whether token {@code token} continues the phrase before it: {@link #joinedToPrevious} or, after an
     * abbreviation written with dots ("U.K. Foreign Secretary", "Mr. Hegseth"), a dot and one space.
     */
    public boolean attachedToPrevious(int token) {
        if (joinedToPrevious(token)) {
            return true;
        }
        if (token == 0 || !gapBefore(token).equals(". ")) {
            return false;
        }
        int prev = token - 1;
        return keys[prev].length() == 1 && capitalised(prev) && prev > 0 && gapBefore(prev).equals(".");
    }

    /** The first token that ends after {@code offset}, or {@link #size()}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text of tokens {@code [from, to)}, as written between the first start and the last end. */
    public String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }
}
