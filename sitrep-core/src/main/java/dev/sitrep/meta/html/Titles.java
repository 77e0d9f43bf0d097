package dev.sitrep.meta.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a page title into the article's headline: removes the site name that pages append or prepend
 * ("Headline | Site", "Site - Headline", "Headline — Site"). A segment is removed when it is the known site
 * name, or when it is short (at most four words) and what remains is clearly the longer part.
 */
public final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s+::\\s+|\\s*[|]\\s*");
    private static final Pattern BAR = Pattern.compile("\\s+[|]\\s+");
    private static final int SHORT_WORDS = 4;
    private static final int SHORT_HEAD_WORDS = 2;
    // below this a dash joins two halves of one headline ("Kyiv - Warsaw: the new corridor")
    private static final int LONG_REST_WORDS = 5;
    // the share of the h1's words that the declared title must also have for the h1 to be the headline
    private static final double HEADLINE_SHARE = 0.25;

    private Titles() {
    }

    /** {@code title} without its site-name prefix or suffix; null for a blank title. */
    public static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        // an empty site name marks a second pass: only one more short tail may go
        boolean secondPass = siteName != null && siteName.isEmpty();
        String site = siteName == null || secondPass ? null : norm(siteName);
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return t;
        }
        String tail = t.substring(lastEnd);
        String head = t.substring(0, firstStart);
        if (site != null && !site.isEmpty()) {
            if (matchesSite(tail, site)) {
                return clean(t.substring(0, lastStart), "");
            }
            if (matchesSite(head, site)) {
                return t.substring(firstEnd).strip();
            }
        }
        String rest = t.substring(0, lastStart);
        if (words(tail) <= SHORT_WORDS && words(rest) >= 3 && words(rest) > words(tail)) {
            // "Headline – Section – Site": a second short tail is a section name
            return secondPass ? rest.strip() : clean(rest, "");
        }
        String afterHead = t.substring(firstEnd);
        if (!secondPass && words(head) <= SHORT_HEAD_WORDS && words(afterHead) >= LONG_REST_WORDS
                && words(afterHead) > 2 * words(head) && !t.substring(firstStart, firstEnd).contains(":")) {
            // "Webcams - Park Name (Agency)", "Acronym - The Long Paper Title": a one- or two-word head is a
            // section or a short name put before the headline
            return afterHead.strip();
        }
        return t;
    }

    /**
     * The printed {@code <h1>} without what pages attach to it as to a title: the site's name at either
     * end, or a short tail after a bar ("Headline | Opinion"). Null for null.
     */
    public static String cleanHeadline(String headline, String siteName) {
        if (headline == null) {
            return null;
        }
        String t = headline.replaceAll("\\s+", " ").strip();
        Matcher bar = BAR.matcher(t);
        if (bar.find()) {
            String rest = t.substring(0, bar.start());
            String tail = t.substring(bar.end());
            if (words(tail) <= SHORT_WORDS && words(rest) >= 3) {
                return cleanHeadline(rest, siteName);
            }
        }
        if (siteName == null || siteName.isBlank()) {
            return t;
        }
        String site = norm(siteName);
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && norm(t.substring(lastEnd)).equals(site)) {
            return t.substring(0, lastStart).strip();
        }
        return t;
    }

    /**
     * The title to keep, given the cleaned declared title and the visible {@code <h1>} headline (either may be
     * null). The headline wins when it is not the site name and shares at least half its words with the
     * declared title: pages declare search-engine titles in metadata but print the editor's headline, while
     * an h1 that shares nothing is a blog name or a section heading.
     */
    public static String choose(String declared, String headline, String siteName) {
        if (headline == null || (siteName != null && norm(headline).equals(norm(siteName)))) {
            return declared;
        }
        if (declared == null) {
            return headline;
        }
        return sharedWords(headline, declared) >= HEADLINE_SHARE ? headline : declared;
    }

    // the share of the headline's words that the declared title also has: a blog name or section heading
    // in the h1 shares none, a reworded headline most
    private static double sharedWords(String headline, String declared) {
        java.util.Set<String> h = wordSet(headline);
        java.util.Set<String> d = wordSet(declared);
        if (h.isEmpty()) {
            return 0;
        }
        long common = h.stream().filter(d::contains).count();
        return (double) common / h.size();
    }

    private static java.util.Set<String> wordSet(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean matchesSite(String segment, String site) {
        String s = norm(segment);
        return !s.isEmpty() && (s.equals(site) || site.contains(s) || s.contains(site));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static int words(String s) {
        String x = s.strip();
        return x.isEmpty() ? 0 : x.split("\\s+").length;
    }
}
