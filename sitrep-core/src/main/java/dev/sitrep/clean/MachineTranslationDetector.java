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
    private static final List<Pattern> DISCLAIMERS = ResourceLines.patterns(MachineTranslationDetector.class,
            "mt-disclaimers.txt");
    private static final Set<String> ABBREVIATIONS = Set.copyOf(ResourceLines.load(MachineTranslationDetector.class,
            "mt-abbreviations.txt").stream().flatMap(l -> Arrays.stream(l.split("\\s+"))).toList());
    /** A full stop between two lower-case words, or a full stop doubled with a space ("weapons. ."). */
    private static final Pattern ARTEFACT = Pattern.compile(
            "\\b(\\p{Ll}{2,})\\. \\p{Ll}{2,}\\b(?!\\.)|\\p{Ll}\\. \\.(?! \\.)(?=\\s|$)");
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
            var m = ARTEFACT.matcher(p);
            while (m.find()) {
                if (m.group(1) == null || !ABBREVIATIONS.contains(m.group(1))) {
                    artefacts++;
                }
            }
        }
        return new Verdict(kept, disclaimer, artefacts, words);
    }

    static boolean isDisclaimer(String p) {
        if (Paragraphs.words(p) > DISCLAIMER_MAX_WORDS) {
            return false;
        }
        for (Pattern d : DISCLAIMERS) {
            if (d.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }
}
