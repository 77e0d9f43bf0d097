package dev.sitrep.clean;

import java.util.Locale;

/**
 * The longest piece of plain text that every match of a regex must contain, lower-cased, so that a text can be
 * skipped with a fast {@link String#contains} before the regex runs. Java's regex engine scans with every
 * alternative at every position, which dominates when dozens of phrase patterns run over long pages.
 *
 * <p>Only text outside groups counts, and a character made optional by a quantifier ends a piece. An empty hint
 * means "no shortcut, always run the regex".
 */
public final class LiteralHint {
    private LiteralHint() {
    }

    public static String of(String regex) {
        String best = "";
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean plain = depth == 0 && (Character.isLetterOrDigit(c) || c == ' ' || c == ',' || c == '-');
            if (plain) {
                piece.append(c);
                continue;
            }
            if ((c == '?' || c == '*' || c == '{') && !piece.isEmpty()) {
                piece.setLength(piece.length() - 1);
            }
            best = longer(best, piece);
            piece.setLength(0);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return longer(best, piece).strip().toLowerCase(Locale.ROOT);
    }

    private static String longer(String best, CharSequence piece) {
        return piece.toString().strip().length() > best.strip().length() ? piece.toString() : best;
    }
}
