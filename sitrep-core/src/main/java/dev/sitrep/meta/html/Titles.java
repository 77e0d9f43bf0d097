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
    private static final int SHORT_WORDS = 4;

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
        return t;
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
