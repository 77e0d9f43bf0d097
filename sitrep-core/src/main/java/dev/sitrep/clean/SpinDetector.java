package dev.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores text for the signatures of an article spinner, which rewrites a wire story by swapping words for rare
 * synonyms. Two kinds of evidence add up:
 * <ul>
 *   <li>known substitutions ({@code spinner-signatures.txt}, each with a weight 1 to 3), each counted once;</li>
 *   <li>"mentioned" used as the speech verb ("..., he mentioned.", "mentioned:") at least as often as "said",
 *       which spinners produce by replacing every "said".</li>
 * </ul>
 * A text is flagged when the score reaches {@value #THRESHOLD} with at least two distinct signatures, so one odd
 * phrase never flags a page on its own.
 */
public final class SpinDetector {
    static final double THRESHOLD = 5.0;
    private static final int MIN_SIGNATURES = 2;
    private static final double SPEECH_VERB_WEIGHT = 2.0;
    private static final List<Signature> SIGNATURES = load();
    private static final Pattern MENTIONED_AS_SPEECH = Pattern.compile(
            "\\bmentioned\\s*[.:]|[,.!?][\"'”’]\\s+(?:he|she|they|\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)\\s+mentioned\\b"
                    + "|\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\s+mentioned\\s+(?:that\\s+)?(?:the|he|she|they|it|there|we)\\b");
    private static final Pattern SAID = Pattern.compile("\\b(?:said|says)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MIN_MENTIONED = 2;

    private record Signature(Pattern pattern, String hint, double weight) {
    }

    /**
     * The evidence found in one text.
     *
     * @param score     summed weights
     * @param hits      the signatures found, as matched
     * @param mentioned "mentioned" used as a speech verb
     * @param said      "said"/"says"
     */
    public record Evidence(double score, List<String> hits, int mentioned, int said) {
        public boolean spun() {
            return score >= THRESHOLD && hits.size() >= MIN_SIGNATURES;
        }
    }

    public Evidence inspect(String text) {
        double score = 0;
        List<String> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Signature s : SIGNATURES) {
            if (!lower.contains(s.hint())) {
                continue;
            }
            Matcher m = s.pattern().matcher(text);
            if (m.find()) {
                score += s.weight();
                hits.add(m.group());
            }
        }
        int mentioned = lower.contains("mentioned") ? count(MENTIONED_AS_SPEECH, text) : 0;
        int said = mentioned == 0 ? 0 : count(SAID, text);
        if (mentioned >= MIN_MENTIONED && mentioned >= said) {
            score += SPEECH_VERB_WEIGHT;
            hits.add("mentioned x" + mentioned);
        }
        return new Evidence(score, List.copyOf(hits), mentioned, said);
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Signature> load() {
        List<Signature> out = new ArrayList<>();
        for (String line : ResourceLines.load(SpinDetector.class, "spinner-signatures.txt")) {
            int tab = line.lastIndexOf('\t');
            String phrase = tab < 0 ? line : line.substring(0, tab).strip();
            double weight = tab < 0 ? 1.0 : Double.parseDouble(line.substring(tab + 1).strip());
            out.add(new Signature(Pattern.compile("\\b(?:" + phrase.replace("'", "['’]") + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), LiteralHint.of(phrase), weight));
        }
        return List.copyOf(out);
    }
}
