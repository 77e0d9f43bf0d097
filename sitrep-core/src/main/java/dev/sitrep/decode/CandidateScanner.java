package dev.sitrep.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, in one left-to-right pass, every run of characters that one code page maps back to a well-formed
 * UTF-8 sequence. Written by hand because no library decodes "text that was UTF-8 once"; it looks at each
 * character at most a few times, so the scan is linear in the text.
 */
final class CandidateScanner {
    /** Combining marks that, after a space, are the compatibility decomposition of a Latin-1 sign. */
    private static final String SPACING_ACCENTS = "\u0308\u0301\u0304\u0327";
    /** The bytes of those signs: ¨ ´ ¯ ¸. */
    private static final int[] SPACING_BYTES = {0xA8, 0xB4, 0xAF, 0xB8};

    private CandidateScanner() {
    }

    static List<Candidate> scan(String s, CodePage page) {
        List<Candidate> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                i++;
                continue;
            }
            int lead = page.byteOf(c);
            Candidate k = lead >= 0xC2 && lead <= 0xF4 ? match(s, i, lead, page) : null;
            if (k != null) {
                out.add(k);
                i = k.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static Candidate match(String s, int i, int lead, CodePage page) {
        int n = s.length();
        int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        int[] cont = new int[need];
        int j = i + 1;
        Candidate.Kind kind = Candidate.Kind.EXACT;
        for (int k = 0; k < need; k++) {
            if (j >= n) {
                return null;
            }
            char d = s.charAt(j);
            int b = d < 0x80 ? -1 : page.byteOf(d);
            int spacing = d == ' ' && j + 1 < n ? SPACING_ACCENTS.indexOf(s.charAt(j + 1)) : -1;
            if (b >= 0x80 && b <= 0xBF) {
                cont[k] = b;
            } else if (spacing >= 0) {
                // "SÃ©golÃ ̈ne": compatibility normalisation split the sign ¨ (0xA8) into a space and a mark.
                cont[k] = SPACING_BYTES[spacing];
                j++;
            } else if (d == '\uFFFD') {
                kind = Candidate.Kind.LOSSY;
                cont[k] = 0x80;
            } else if (d == '?' && (lead == 0xC2 || lead == 0xC3 || lead == 0xE2) && "ÂÃâ".indexOf(s.charAt(i)) >= 0) {
                // "â€?": a byte that a lossy decoder turned into a question mark; only after the commonest leads.
                kind = Candidate.Kind.LOSSY;
                cont[k] = 0x80;
            } else if (d == ' ' && lead == 0xC3 && need == 1 && aGrave(s, i) != null) {
                return aGrave(s, i);
            } else if (d == ' ' && (k == need - 1 || need == 2) && kind == Candidate.Kind.EXACT
                    && Character.isLetter(s.charAt(i)) && (need == 1 || lead == 0xE0 || lead == 0xE2)) {
                // Three-byte runs lose their 0xA0 only in Thai and Indic (E0) and symbols (E2): "Tomáš " is Czech.
                kind = Candidate.Kind.SPACE_FOR_NBSP;
                cont[k] = 0xA0;
            } else {
                return null;
            }
            j++;
        }
        if (kind == Candidate.Kind.LOSSY) {
            return new Candidate(i, j, "\uFFFD", 0xFFFD, kind);
        }
        int cp = decode(lead, cont);
        if (cp < 0) {
            return null;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            return cesuPair(s, i, j, cp, page);
        }
        if (cp >= 0xDC00 && cp <= 0xDFFF || kind == Candidate.Kind.SPACE_FOR_NBSP && cp == 0x2020) {
            return null;
        }
        return new Candidate(i, j, Character.toString(cp), cp, kind);
    }

    /** The code point of a sequence, or -1 when it is overlong or out of range. */
    private static int decode(int lead, int[] cont) {
        return switch (cont.length) {
            case 1 -> ((lead & 0x1F) << 6) | (cont[0] & 0x3F);
            case 2 -> {
                if (lead == 0xE0 && cont[0] < 0xA0) {
                    yield -1;
                }
                yield ((lead & 0x0F) << 12) | ((cont[0] & 0x3F) << 6) | (cont[1] & 0x3F);
            }
            default -> {
                if (lead == 0xF0 && cont[0] < 0x90 || lead == 0xF4 && cont[0] > 0x8F) {
                    yield -1;
                }
                yield ((lead & 0x07) << 18) | ((cont[0] & 0x3F) << 12) | ((cont[1] & 0x3F) << 6) | (cont[2] & 0x3F);
            }
        };
    }

    /** CESU-8: a high surrogate sequence must be followed by a low one; together they are one code point. */
    private static Candidate cesuPair(String s, int start, int j, int high, CodePage page) {
        if (j + 3 > s.length() || page.byteOf(s.charAt(j)) != 0xED) {
            return null;
        }
        int b1 = page.byteOf(s.charAt(j + 1));
        int b2 = page.byteOf(s.charAt(j + 2));
        if (b1 < 0xB0 || b1 > 0xBF || b2 < 0x80 || b2 > 0xBF) {
            return null;
        }
        int low = 0xD000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        int cp = Character.toCodePoint((char) high, (char) low);
        return new Candidate(start, j + 3, Character.toString(cp), cp, Candidate.Kind.EXACT);
    }

    /**
     * {@code Ã} then a space: UTF-8 {@code à} (C3 A0) whose no-break space became a space, often merged with the
     * space after the word. French "à" stays a word of its own; Portuguese "às" and "àquele" are rejoined.
     */
    private static Candidate aGrave(String s, int i) {
        int after = i + 2;
        if (after >= s.length()) {
            return null;
        }
        char next = s.charAt(after);
        if (next == ' ') {
            return new Candidate(i, i + 2, "à", 0xE0, Candidate.Kind.A_GRAVE);
        }
        if (next >= 'A' && next <= 'Z') {
            // "Г Paris": the à keeps its space before a capital; weak, as "S Ã O" spells a word in capitals.
            return new Candidate(i, i + 1, "à", 0xE0, Candidate.Kind.SPACE_FOR_NBSP);
        }
        if (!Character.isLowerCase(next)) {
            return null;
        }
        if (next == 's' && (after + 1 == s.length() || s.charAt(after + 1) == ' ')
                || s.startsWith("quel", after) || s.startsWith("quil", after)) {
            return new Candidate(i, i + 2, "à", 0xE0, Candidate.Kind.A_GRAVE);
        }
        return new Candidate(i, i + 1, "à", 0xE0, Candidate.Kind.A_GRAVE);
    }
}
