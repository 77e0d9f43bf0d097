package dev.sitrep.meta.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns author strings as pages give them into a clean list of names: drops the "By" prefix (in the
 * languages of {@code byline-prefixes.txt}), splits "A, B and C", and rejects what is not a person's name:
 * URLs, handles, e-mail addresses, dates, the site name, and strings too long to be a byline.
 */
public final class Authors {
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:" + String.join("|", ResourceLines.load("byline-prefixes.txt")) + ")\\s*[:\\-]?\\s+");
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|\\|)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)https?:|www\\.|@|\\d{3,}|\\d{1,2}[:./]\\d{2}|^(?:admin|administrator|editor|staff|redaktion|redacción|redação|guest|anonymous|unknown|null)$");
    private static final java.util.Set<String> STOPWORDS = java.util.Set.copyOf(ResourceLines.load("author-stopwords.txt"));
    private static final int MAX_WORDS = 5;

    private Authors() {
    }

    /** The cleaned names in {@code raw} (one string or a list), without {@code siteName}; maybe empty. */
    public static List<String> clean(List<String> raw, String siteName) {
        Set<String> out = new LinkedHashSet<>();
        String site = siteName == null ? "" : siteName.toLowerCase(Locale.ROOT).strip();
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = r.replaceAll("\\s+", " ").strip();
            s = PREFIX.matcher(s).replaceFirst("");
            if (s.length() > 200) {
                continue;
            }
            for (String part : SPLIT.split(s)) {
                if (NOT_A_NAME.matcher(part).find()) {
                    continue;
                }
                String name = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
                if (acceptable(name, site)) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The names joined for display ("A, B"), or null when there are none. */
    public static String join(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static boolean acceptable(String name, String site) {
        if (name.length() < 3 || name.split("\\s+").length > MAX_WORDS || NOT_A_NAME.matcher(name).find()) {
            return false;
        }
        if (!name.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String w : lower.split("[^\\p{L}]+")) {
            if (STOPWORDS.contains(w)) {
                return false;
            }
        }
        if (STOPWORDS.contains(lower)) {
            return false;
        }
        return site.isEmpty() || !(lower.equals(site) || lower.replace(" ", "").equals(site.replace(" ", "")));
    }
}
