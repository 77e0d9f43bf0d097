package dev.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes whole paragraphs of page chrome from text that arrived without markup: site furniture and comment
 * widgets ({@code chrome-lines.txt}), short edge lines made of navigation words ({@code chrome-vocabulary.txt}),
 * teaser blocks under a "You May Also Like" heading or ending in ellipses ({@code teaser-headings.txt}), source
 * lines, photo captions with a credit, and lines that held only an image.
 *
 * <p>Rules that could hit a real paragraph look at its position as well as its words: the vocabulary rule only
 * applies before the first and after the last paragraph of running text.
 */
public final class BoilerplateFilter {
    private static final Pattern CHROME = ResourceLines.wholeLine(BoilerplateFilter.class, "chrome-lines.txt");
    private static final Pattern TEASER_HEADING = ResourceLines.wholeLine(BoilerplateFilter.class, "teaser-headings.txt");
    private static final Set<String> VOCABULARY = Set.copyOf(ResourceLines.load(BoilerplateFilter.class,
            "chrome-vocabulary.txt").stream().flatMap(l -> List.of(l.split("\\s+")).stream()).toList());
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:source|sources|nguồn|quelle|fuente|fonte|источник|джерело)\\s*:\\s*(?:https?://\\S+|[^.!?]{1,60})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\((?:source|photo|photograph|image|picture|credit|foto|ảnh)s?\\s*:\\s*[^()]{1,60}\\)\\s*\\|?\\s*$"
                    + "|^(?:photo|image|picture|credit|foto)s?\\s*:\\s*[^.!?]{1,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final int RUNNING_TEXT_WORDS = 12;
    private static final int EDGE_LINE_WORDS = 8;
    private static final int CAPTION_WORDS = 30;
    private static final int TEASER_HEADLINE_WORDS = 16;

    /** The paragraphs without chrome. */
    public Cleaned apply(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (TEASER_HEADING.matcher(p).matches()) {
                i = endOfTeasers(paragraphs, i + 1) - 1;
                changed = true;
            } else if (isChrome(p)) {
                changed = true;
            } else {
                kept.add(p);
            }
        }
        int before = kept.size();
        kept = trimEdges(trimTrailingTeasers(kept));
        return new Cleaned(kept, changed || kept.size() != before);
    }

    private static boolean isChrome(String p) {
        return CHROME.matcher(p).matches() || SOURCE_LINE.matcher(p).matches()
                || (Paragraphs.words(p) <= CAPTION_WORDS && CAPTION_CREDIT.matcher(p).find());
    }

    /** Index of the first paragraph after a teaser heading that is not a teaser. */
    private static int endOfTeasers(List<String> ps, int from) {
        int i = from;
        while (i < ps.size() && isTeaser(ps.get(i))) {
            i++;
        }
        return i;
    }

    // A teaser is a cut-off summary ("... a revolt from his...") or a bare linked headline.
    private static boolean isTeaser(String p) {
        String t = p.strip();
        return t.endsWith("...") || t.endsWith("…")
                || (Paragraphs.words(t) <= TEASER_HEADLINE_WORDS && !Paragraphs.endsSentence(t));
    }

    // Two or more cut-off summaries at the very end are a teaser block whose heading was lost.
    private static List<String> trimTrailingTeasers(List<String> ps) {
        int end = ps.size();
        while (end > 0 && (ps.get(end - 1).endsWith("...") || ps.get(end - 1).endsWith("…"))) {
            end--;
        }
        return ps.size() - end >= 2 ? new ArrayList<>(ps.subList(0, end)) : ps;
    }

    /** Drops short navigation-word lines before the first and after the last paragraph of running text. */
    private static List<String> trimEdges(List<String> ps) {
        int first = 0;
        while (first < ps.size() && Paragraphs.words(ps.get(first)) < RUNNING_TEXT_WORDS) {
            first++;
        }
        if (first == ps.size()) {
            return ps;
        }
        int last = ps.size() - 1;
        while (last > first && Paragraphs.words(ps.get(last)) < RUNNING_TEXT_WORDS) {
            last--;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            boolean edge = i < first || i > last;
            if (!(edge && isNavigation(ps.get(i)))) {
                out.add(ps.get(i));
            }
        }
        return out;
    }

    /** A short line without a sentence end whose words are at least 70% navigation vocabulary. */
    static boolean isNavigation(String p) {
        if (Paragraphs.words(p) > EDGE_LINE_WORDS || (p.endsWith(".") && !p.endsWith("..."))) {
            return false;
        }
        var m = WORD.matcher(p.toLowerCase(Locale.ROOT));
        int words = 0;
        int chrome = 0;
        while (m.find()) {
            words++;
            if (VOCABULARY.contains(m.group())) {
                chrome++;
            }
        }
        return words > 0 && chrome * 10 >= words * 7;
    }
}
