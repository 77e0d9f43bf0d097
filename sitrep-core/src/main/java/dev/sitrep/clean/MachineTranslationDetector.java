package dev.sitrep.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds machine translation: a disclaimer paragraph ({@code mt-disclaimers.txt}) is evidence on its own and is cut
 * from the text; without one, the text must show many artefacts of a translation engine run over scraped text
 * (a full stop between two lower-case words, abbreviations in {@code mt-abbreviations.txt} excepted; a doubled
 * full stop), at least {@value #MIN_ARTEFACTS} and measured per 1,000 words so that one typo does not flag a page.
 */
public final class MachineTranslationDetector {
    private static final List<String> DISCLAIMER_SOURCES = ResourceLines.load(MachineTranslationDetector.class,
            "mt-disclaimers.txt");
    private static final List<Pattern> DISCLAIMERS = ResourceLines.patterns(MachineTranslationDetector.class,
            "mt-disclaimers.txt");
    private static final List<String> DISCLAIMER_HINTS = DISCLAIMER_SOURCES.stream().map(LiteralHint::of).toList();
    private static final Set<String> ABBREVIATIONS = Set.copyOf(ResourceLines.load(MachineTranslationDetector.class,
            "mt-abbreviations.txt").stream().flatMap(l -> Arrays.stream(l.split("\\s+"))).toList());
    private static final int DISCLAIMER_MAX_WORDS = 80;
    private static final int MIN_ARTEFACTS = 3;
    private static final double ARTEFACTS_PER_THOUSAND_WORDS = 2.5;

    /**
     * The verdict on some paragraphs.
     *
     * @param paragraphs the paragraphs without disclaimer paragraphs
     * @param disclaimer whether a disclaimer was found (and cut)
     * @param artefacts  number of translation artefacts counted
     * @param words      number of words counted
     */
    public record Verdict(List<String> paragraphs, boolean disclaimer, int artefacts, int words) {
        /** Whether the text should be flagged as machine-translated. */
        public boolean translated() {
            return disclaimer || (artefacts >= MIN_ARTEFACTS && artefacts * 1000.0 / words >= ARTEFACTS_PER_THOUSAND_WORDS);
        }
    }

    public Verdict inspect(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        boolean disclaimer = false;
        int artefacts = 0;
        int words = 0;
        for (String p : paragraphs) {
            if (isDisclaimer(p)) {
                disclaimer = true;
                continue;
            }
            kept.add(p);
            words += Paragraphs.words(p);
            artefacts += countArtefacts(p);
        }
        return new Verdict(kept, disclaimer, artefacts, words);
    }

    /**
     * Counts artefacts around each ". " by hand: the equivalent regex tried letter runs at every position of
     * every paragraph and was the slowest part of the stage.
     */
    static int countArtefacts(String p) {
        int n = 0;
        for (int dot = p.indexOf(". "); dot > 0; dot = p.indexOf(". ", dot + 2)) {
            int start = dot;
            while (start > 0 && Character.isLowerCase(p.charAt(start - 1))) {
                start--;
            }
            if (dot - start < 1 || (start > 0 && Character.isLetter(p.charAt(start - 1)))) {
                continue;
            }
            int next = dot + 2;
            if (next < p.length() && p.charAt(next) == '.') {
                boolean ellipsis = next + 2 < p.length() && p.charAt(next + 1) == ' ' && p.charAt(next + 2) == '.';
                boolean ends = next + 1 == p.length() || Character.isWhitespace(p.charAt(next + 1));
                n += !ellipsis && ends ? 1 : 0;
                continue;
            }
            int end = next;
            while (end < p.length() && Character.isLowerCase(p.charAt(end))) {
                end++;
            }
            boolean wordAfter = end - next >= 2 && (end == p.length() || !Character.isLetter(p.charAt(end)))
                    && (end == p.length() || p.charAt(end) != '.');
            if (dot - start >= 2 && wordAfter && !ABBREVIATIONS.contains(p.substring(start, dot))) {
                n++;
            }
        }
        return n;
    }

    static boolean isDisclaimer(String p) {
        if (Paragraphs.words(p) > DISCLAIMER_MAX_WORDS) {
            return false;
        }
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < DISCLAIMERS.size(); i++) {
            if (lower.contains(DISCLAIMER_HINTS.get(i)) && DISCLAIMERS.get(i).matcher(p).find()) {
                return true;
            }
        }
        return false;
    }
}
