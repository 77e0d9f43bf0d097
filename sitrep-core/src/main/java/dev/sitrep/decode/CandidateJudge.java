package dev.sitrep.decode;

import dev.sitrep.decode.RepairTargets.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which {@link Candidate}s of one code page to believe. A candidate is believed only when its decoded
 * character is plausible ({@link RepairTargets}), fits its neighbours (no Latin letter inside a Cyrillic word,
 * no lone Hebrew letter, no three letters that spell part of a word), and the text shows strong evidence for
 * the page: a three-byte sequence, an {@code Ã} or {@code Â} pair, or a pair ending in a sign that never
 * follows a letter. Weaker candidates ride on that evidence; alone they are left as they are.
 */
final class CandidateJudge {
    private enum Evidence { WEAK, MEDIUM, STRONG }

    private CandidateJudge() {
    }

    static List<Candidate> accepted(String s, CodePage page) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate k : CandidateScanner.scan(s, page)) {
            if (RepairTargets.of(k.codePoint()) != Target.REJECT) {
                found.add(k);
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Candidate> fitting = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate k = found.get(i);
            boolean joinedBefore = i > 0 && found.get(i - 1).end() == k.start();
            boolean joinedAfter = i + 1 < found.size() && found.get(i + 1).start() == k.end();
            if (fits(s, k, page, joinedBefore, joinedAfter)) {
                fitting.add(k);
                evidence.add(evidence(s, k, page, found.size()));
            }
        }
        boolean strong = evidence.contains(Evidence.STRONG);
        long medium = evidence.stream().filter(e -> e == Evidence.MEDIUM).count();
        List<Candidate> accepted = new ArrayList<>();
        for (int i = 0; i < fitting.size(); i++) {
            Evidence e = evidence.get(i);
            if (strong || e == Evidence.MEDIUM && medium >= 2) {
                accepted.add(fitting.get(i));
            }
        }
        return trusted(s, accepted, page) ? Garble.withoutHopeless(s, page, accepted) : List.of();
    }

    /** Whether the decoded character fits where it stands. */
    private static boolean fits(String s, Candidate k, CodePage page, boolean joinedBefore, boolean joinedAfter) {
        int cp = k.codePoint();
        Target target = RepairTargets.of(cp);
        boolean joined = joinedBefore || joinedAfter;
        if ((target == Target.CHAIN || target == Target.CONTROL) && !joined) {
            return false;
        }
        if (target == Target.COMBINING && (k.start() == 0 || Character.isWhitespace(s.charAt(k.start() - 1))
                || page.trust() == CodePage.Trust.MAC || page.trust() == CodePage.Trust.DOS)) {
            return false;
        }
        int before = joinedBefore || k.start() == 0 ? -1 : s.charAt(k.start() - 1);
        int after = joinedAfter || k.end() >= s.length() ? -1 : s.charAt(k.end());
        Character.UnicodeScript script = scriptOf(cp);
        if (foreignLetter(before, script) || foreignLetter(after, script)) {
            return false;
        }
        if (k.length() >= 3 && k.kind() == Candidate.Kind.EXACT && allLetters(s, k)) {
            // "Zvlášť": three letters inside a word of the same script are the word, not one lost character.
            Character.UnicodeScript own = Character.UnicodeScript.of(s.charAt(k.start()));
            if (sameScriptLetter(before, own) || sameScriptLetter(after, own)) {
                return false;
            }
        }
        if (k.length() == 2 && k.kind() == Candidate.Kind.EXACT) {
            // "MÄ£ÄM": a lower-case letter inside an upper-case word is decoration, not a lost "ģ".
            if (Character.isLowerCase(cp) && before >= 0 && Character.isUpperCase(before) && !joinedAfter
                    && !(after >= 0 && Character.isLowerCase(after))) {
                return false;
            }
            // "Рівне": two letters of a Cyrillic or Greek page beside more such letters are a word.
            if (page.trust() == CodePage.Trust.NON_LATIN && Character.isLetter(s.charAt(k.start()))
                    && Character.isLetter(s.charAt(k.start() + 1))) {
                Character.UnicodeScript own = Character.UnicodeScript.of(s.charAt(k.start()));
                if (sameScriptLetter(before, own) || sameScriptLetter(after, own)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allLetters(String s, Candidate k) {
        for (int i = k.start(); i < k.end(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Character.UnicodeScript scriptOf(int cp) {
        return Character.UnicodeScript.of(cp);
    }

    /** A letter of a non-Latin script other than {@code script}: "Він" is a word, not "³н". */
    private static boolean foreignLetter(int c, Character.UnicodeScript script) {
        if (c < 0 || !Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript other = Character.UnicodeScript.of(c);
        return other != Character.UnicodeScript.LATIN && other != Character.UnicodeScript.COMMON && other != script;
    }

    private static boolean sameScriptLetter(int c, Character.UnicodeScript script) {
        return c >= 0 && Character.isLetter(c) && Character.UnicodeScript.of(c) == script;
    }

    private static Evidence evidence(String s, Candidate k, CodePage page, int candidates) {
        return switch (k.kind()) {
            case SPACE_FOR_NBSP -> Evidence.WEAK;
            case LOSSY -> s.substring(k.start(), k.end()).indexOf('?') >= 0
                    || Character.UnicodeScript.of(s.charAt(k.start())) != Character.UnicodeScript.LATIN
                    ? Evidence.WEAK : Evidence.STRONG; // "λ�" is a page in the wrong charset, not mojibake
            case A_GRAVE -> s.charAt(k.start()) == 'Ã' ? Evidence.STRONG : Evidence.WEAK;
            case EXACT -> exactEvidence(s, k, page, candidates);
        };
    }

    private static Evidence exactEvidence(String s, Candidate k, CodePage page, int candidates) {
        if (k.length() > 2) {
            return Evidence.STRONG;
        }
        char lead = s.charAt(k.start());
        char second = s.charAt(k.start() + 1);
        if (second == '\u2019' && k.end() < s.length() && Character.isLetter(s.charAt(k.end()))) {
            return Evidence.WEAK; // "Ã’s": an apostrophe
        }
        Evidence e = signalLead(lead, page) || RepairTargets.suspiciousAfterLetter(second)
                ? Evidence.STRONG : Evidence.MEDIUM;
        if (e == Evidence.STRONG && candidates == 1 && hasPagePunctuation(s, k, page)) {
            // A lone pair in text whose own dashes and quotes were decoded right is more likely meant.
            return Evidence.WEAK;
        }
        return e;
    }

    /** {@code Ã} and {@code Â} (Mac Roman: {@code √}) as lead bytes C3 and C2: rare as letters, common as mojibake. */
    private static boolean signalLead(char lead, CodePage page) {
        int b = page.byteOf(lead);
        return (b == 0xC3 || b == 0xC2) && (lead == 'Ã' || lead == 'Â' || lead == '√');
    }

    /** Whether text outside {@code k} holds characters this page keeps in 0x80-0x9F (dashes, curly quotes). */
    private static boolean hasPagePunctuation(String s, Candidate k, CodePage page) {
        for (int i = 0; i < s.length(); i++) {
            if (i >= k.start() && i < k.end()) {
                continue;
            }
            char c = s.charAt(i);
            if (c >= 0x100) {
                int b = page.byteOf(c);
                if (b >= 0x80 && b < 0xA0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The extra evidence pages of symbols need: Mac Roman a repair inside a word, DOS two repairs. */
    private static boolean trusted(String s, List<Candidate> accepted, CodePage page) {
        return switch (page.trust()) {
            case MAC -> accepted.isEmpty() || accepted.stream()
                    .anyMatch(k -> k.start() > 0 && Character.isLetter(s.charAt(k.start() - 1)));
            case DOS -> accepted.size() > 1;
            default -> true;
        };
    }
}
