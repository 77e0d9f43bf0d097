package dev.sitrep.decode;

import dev.sitrep.decode.RepairTargets.Target;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Keeps repairs out of garbles. A mix-up leaves every byte of the page's reading inside some UTF-8 sequence;
 * bytes left over (a lead byte that starts no plausible sequence although a continuation byte follows it, as
 * {@code ã} E3 in {@code ã†â€™}, or stray continuation bytes in a row) mark a run mangled beyond recovery,
 * several layers mixed with lost bytes. A run of non-ASCII characters with leftovers is repaired only when the
 * repair leaves fewer of them: a lost layer that the repair restores (the bytes E2 80 E2 80 9C,
 * an en dash mangled twice) passes, while decoding the few well-formed sequences of a hopeless garble only swaps it
 * for a garble of rarer signs (CJK letters, C1 controls, mathematical operators) and is refused.
 */
final class Garble {
    private Garble() {
    }

    /** The {@code accepted} candidates of {@code page} less those whose repair would not reduce a garble. */
    static List<Candidate> withoutHopeless(String s, CodePage page, List<Candidate> accepted) {
        BitSet covered = plausible(s, page);
        List<Candidate> kept = new ArrayList<>(accepted.size());
        int next = 0;
        int n = s.length();
        int i = 0;
        while (i < n && next < accepted.size()) {
            if (s.charAt(i) < 0x80 && !covered.get(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (s.charAt(i) >= 0x80 || covered.get(i))) {
                i++;
            }
            int first = next;
            while (next < accepted.size() && accepted.get(next).start() < i) {
                // A repair may end on the ASCII space or '?' a lossy decoder left, past where the run stopped.
                i = Math.max(i, accepted.get(next).end());
                next++;
            }
            List<Candidate> inRun = accepted.subList(first, next);
            // The repairs themselves are explained; what counts is whether they make the rest of the run whole.
            inRun.forEach(k -> covered.set(k.start(), k.end()));
            int before = inRun.isEmpty() ? 0 : leftovers(s, start, i, page, covered);
            if (before == 0 || leftovers(repaired(s, start, i, inRun), page) < before) {
                kept.addAll(inRun);
            }
        }
        return kept.size() == accepted.size() ? accepted : kept;
    }

    private static int leftovers(String s, CodePage page) {
        return leftovers(s, 0, s.length(), page, plausible(s, page));
    }

    /**
     * Counts the bytes no sequence explains: a lead followed by a continuation byte, and a continuation byte of
     * the upper half (0xA0-0xBF) right after another such leftover. The lower half is left out because Windows
     * pages keep their dashes and quotes there, which stand side by side in correct text ({@code —“}).
     */
    private static int leftovers(String s, int from, int to, CodePage page, BitSet covered) {
        int count = 0;
        for (int i = from; i + 1 < to; i++) {
            if (covered.get(i) || s.charAt(i) < 0x80) {
                continue;
            }
            int b = page.byteOf(s.charAt(i));
            int next = page.byteOf(s.charAt(i + 1));
            // A character the page cannot have produced stands where a lead byte should: as broken as one.
            boolean leadLike = b >= 0xC2 && b <= 0xF4 || b < 0;
            boolean continuation = b >= 0x80 && b <= 0xBF;
            if (leadLike && next >= 0x80 && next <= 0xBF
                    || continuation && !covered.get(i + 1) && next >= 0xA0 && next <= 0xBF) {
                count++;
            }
        }
        return count;
    }

    /**
     * The characters that some sequence of {@code page} covers whose sign is common on its own: letters of
     * Latin, Greek and Cyrillic, punctuation, symbols. A sequence decoding to a CJK or Hebrew letter explains
     * nothing here, as such a sign is believed only beside other repairs, and a garble has plenty of those.
     */
    private static BitSet plausible(String s, CodePage page) {
        BitSet covered = new BitSet(s.length());
        for (Candidate k : CandidateScanner.scan(s, page)) {
            Target t = RepairTargets.of(k.codePoint());
            if (t != Target.REJECT && t != Target.CHAIN && t != Target.CONTROL) {
                covered.set(k.start(), k.end());
            }
        }
        return covered;
    }

    private static String repaired(String s, int from, int to, List<Candidate> inRun) {
        StringBuilder out = new StringBuilder(to - from);
        int last = from;
        for (Candidate k : inRun) {
            out.append(s, last, k.start()).append(k.replacement());
            last = k.end();
        }
        return out.append(s, last, to).toString();
    }
}
