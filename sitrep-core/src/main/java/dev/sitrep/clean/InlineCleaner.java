package dev.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts boilerplate that sits inside a paragraph of text: subscription promos appended to the last paragraph
 * ({@code promo-sentences.txt}), photo captions run into the text with an agency credit ("A tank on parade -
 * Jane Doe/Xinhua The talks ..."; agencies in {@code photo-credits.txt}) and image markdown ({@code ![alt](url)}).
 *
 * <p>An inline caption is only cut when it is safe: it must start after a sentence end, carry a known agency
 * after " - Name/", contain no sentence end itself, and be followed by a capitalised word.
 */
public final class InlineCleaner {
    private static final List<Pattern> PROMOS = ResourceLines.patterns(InlineCleaner.class, "promo-sentences.txt");
    private static final List<String> PROMO_HINTS = ResourceLines.load(InlineCleaner.class, "promo-sentences.txt").stream()
            .map(LiteralHint::of).toList();
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern INLINE_CAPTION = Pattern.compile(
            "(?<=[.!?'\"’”]\\s)\\p{Lu}[^.!?\\n]{8,200}? [-–—] (?:\\p{Lu}[\\p{L}.'-]*\\s){1,4}?\\p{Lu}?[\\p{L}.'-]*/(?:"
                    + agencies() + ")(?=\\s+\\p{Lu}|\\s*$)\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    /** The paragraphs with inline boilerplate cut; paragraphs left empty are dropped. */
    public Cleaned apply(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        boolean changed = false;
        for (String p : paragraphs) {
            String c = clean(p);
            changed |= !c.equals(p);
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return new Cleaned(out, changed);
    }

    /** Image markdown only: safe on any text, including text extracted from HTML. */
    public Cleaned imagesOnly(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        boolean changed = false;
        for (String p : paragraphs) {
            String c = tidy(IMAGE.matcher(p).replaceAll(""));
            changed |= !c.equals(p);
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return new Cleaned(out, changed);
    }

    String clean(String paragraph) {
        String s = IMAGE.matcher(paragraph).replaceAll("");
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < PROMOS.size(); i++) {
            if (lower.contains(PROMO_HINTS.get(i))) {
                s = PROMOS.get(i).matcher(s).replaceAll("");
            }
        }
        if (s.indexOf('/') >= 0) {
            s = INLINE_CAPTION.matcher(s).replaceAll("");
        }
        return tidy(s);
    }

    private static String tidy(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String agencies() {
        List<String> names = new ArrayList<>(ResourceLines.load(InlineCleaner.class, "photo-credits.txt"));
        // Longest first, so "Getty Images" wins over "Getty".
        names.sort((a, b) -> b.length() - a.length());
        return String.join("|", names.stream().map(Pattern::quote).toList());
    }
}
