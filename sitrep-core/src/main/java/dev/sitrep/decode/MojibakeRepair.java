package dev.sitrep.decode;

import java.text.Normalizer;
import java.util.List;

/**
 * Repairs text that was UTF-8 once and was then decoded with a single-byte code page (Windows-1252, -1251,
 * -1250, -1253, -1257, Latin-1, ISO-8859-2, Mac Roman, DOS 437): {@code β€œ} back to {@code “},
 * {@code â€™} to {@code ’}, {@code Ã©} to {@code é}, {@code Ð°} to {@code а}, layered mix-ups included.
 *
 * <p>Contract: correct text comes back unchanged (the same instance), and only mojibake is repaired; typography
 * (curly quotes, ligatures, HTML entities) is left as it is. Thread-safe; linear in the length of the text.
 *
 * <p>How: each code page maps the text back to bytes; every run that forms one UTF-8 sequence is a
 * {@link Candidate} ({@link CandidateScanner}), believed or not by {@link CandidateJudge}. The page with the
 * most believed candidates wins; passes repeat for double and triple mix-ups. Finally C1 controls left by
 * Latin-1 decoders become their Windows-1252 signs. Written by hand because charset detectors (ICU,
 * juniversalchardet) judge raw bytes, not text that was already decoded wrongly.
 */
public final class MojibakeRepair {
    private static final List<CodePage> PAGES = CodePage.all();
    /** Three layers is the worst seen in crawls; one more pass only confirms nothing is left. */
    private static final int MAX_PASSES = 5;
    /** Characters that some code page maps to a UTF-8 lead byte (0xC2 to 0xF4): where every candidate starts. */
    private static final java.util.BitSet LEADS = leads();

    /** The repaired text, or the same instance when nothing needed repair. */
    public String repair(String text) {
        if (text == null || isAscii(text) || !mayHoldMojibake(text)) {
            return text;
        }
        // Decomposed text ("A" + U+0303 for "Ã") hides mojibake; look at it composed, but give back the
        // original when there is nothing to repair.
        String current = hasCombiningMarks(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
        String composed = current;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = bestPass(current);
            if (next == null) {
                break;
            }
            current = next;
        }
        current = C1Controls.fix(current);
        return current.equals(composed) ? text : current;
    }

    /**
     * A linear pre-check that rules out most correct text (curly quotes and accents in English pages) before
     * the code pages are tried: mojibake needs a lead character followed by another non-ASCII character (or
     * by the space, question mark or replacement character that lossy decoders leave), or a C1 control.
     */
    static boolean mayHoldMojibake(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0xA0 || (c >= 0x300 && c < 0x370)) {
                return true;
            }
            if (LEADS.get(c) && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (d >= 0x80 || d == ' ' || d == '?') {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.BitSet leads() {
        java.util.BitSet leads = new java.util.BitSet(0x10000);
        for (CodePage page : PAGES) {
            for (char c = 0x80; c < 0xFFFF; c++) {
                int b = page.byteOf(c);
                if (b >= 0xC2 && b <= 0xF4) {
                    leads.set(c);
                }
            }
        }
        return leads;
    }

    private static boolean hasCombiningMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && c < 0x370) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasC1(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c < 0xA0) {
                return true;
            }
        }
        return false;
    }

    /** The text repaired with the page that explains the most of it, or null when no page explains any. */
    private static String bestPass(String s) {
        List<Candidate> best = List.of();
        int bestScore = 0;
        boolean c1 = hasC1(s);
        for (CodePage page : PAGES) {
            List<Candidate> accepted = CandidateJudge.accepted(s, page);
            // C1 controls come from ISO-8859 decoders: on a tie, the ISO page explains the text better.
            int score = 2 * accepted.size() + (c1 && page.iso() && !accepted.isEmpty() ? 1 : 0);
            if (score > bestScore) {
                best = accepted;
                bestScore = score;
            }
        }
        if (best.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        for (Candidate k : best) {
            out.append(s, last, k.start()).append(k.replacement());
            last = k.end();
        }
        return out.append(s, last, s.length()).toString();
    }
}
