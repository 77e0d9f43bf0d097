package dev.sitrep.meta.html;

import dev.sitrep.meta.DateParsing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns author strings as pages give them into a clean list of names: drops the "By" prefix (in the
 * languages of {@code byline-prefixes.txt}), splits "A, B and C", and rejects what is not a person's name:
 * URLs, handles, e-mail addresses, dates, the site name, and strings too long to be a byline. Job titles
 * ({@code author-roles.txt}) are cut from either end of a name, and a part that is only a role is dropped.
 */
public final class Authors {
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:" + String.join("|", ResourceLines.load("byline-prefixes.txt")) + ")\\s*[:\\-]?\\s+|(?-i)^by(?=\\p{Lu})");
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|&|[|·•—]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|\\|)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)https?:|www\\.|@|\\d|^[\\p{L}]+[._][\\p{L}._]+$|^(?:admin|administrator|editor|staff|redaktion|redacción|redação|guest|anonymous|unknown|null)$");
    private static final java.util.Set<String> STOPWORDS = java.util.Set.copyOf(ResourceLines.load("author-stopwords.txt"));
    private static final java.util.Set<String> ROLES = java.util.Set.copyOf(ResourceLines.load("author-roles.txt"));
    private static final Pattern HANDLE = Pattern.compile("[\\d_]|\\p{Ll}\\p{Lu}");
    private static final int MAX_WORDS = 5;
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "das", "do", "dos", "di", "del",
            "della", "van", "von", "der", "den", "ter", "la", "le", "du", "bin", "ibn", "al", "el", "y", "zu");

    private Authors() {
    }

    /** The cleaned names in {@code raw} (one string or a list), without {@code siteName}; maybe empty. */
    public static List<String> clean(List<String> raw, String siteName) {
        return clean(raw, siteName, false);
    }

    /**
     * The cleaned names in {@code raw}, the site's own name kept whole where it stands as the author
     * ("Human in the Loop" is not cut to a name at "in"); {@link #onlySite} tells such a result apart.
     */
    public static List<String> cleanKeepingSite(List<String> raw, String siteName) {
        return clean(raw, siteName, true);
    }

    /**
     * Whether {@code name} is an account name rather than a byline: one word with a digit or underscore,
     * or with a capital after small letters ("KatieS", "jdoe_42"). Such a name is believed only when the
     * page names nobody else.
     */
    public static boolean isHandle(String name) {
        return !name.contains(" ") && HANDLE.matcher(name).find();
    }

    private static List<String> clean(List<String> raw, String siteName, boolean keepSite) {
        Set<String> out = new LinkedHashSet<>();
        String site = siteName == null ? "" : siteName.toLowerCase(Locale.ROOT).strip();
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = r.replaceAll("\\s+", " ").strip();
            s = PREFIX.matcher(DateParsing.removeDates(s).strip()).replaceFirst("");
            if (s.length() > 200) {
                continue;
            }
            if (!site.isEmpty() && squeeze(s).equals(squeeze(site))) {
                // the site's name whole: kept only when asked, never cut down to a name-like head
                if (keepSite) {
                    out.add(s);
                }
                continue;
            }
            for (String part : SPLIT.split(s)) {
                if (NOT_A_NAME.matcher(part).find()) {
                    continue;
                }
                String name = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
                if (PREFIX.matcher(name).lookingAt() && Character.isLowerCase(name.codePointAt(0))) {
                    // "… by Jane Doe" inside a byline; a capitalised "Di Maio" is a name, not a prefix
                    name = PREFIX.matcher(name).replaceFirst("");
                }
                name = withoutRoles(leadingName(name));
                if (acceptable(name, keepSite ? "" : site)) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether every one of {@code names} is the site's own name: the page credits no person. */
    public static boolean onlySite(List<String> names, String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return false;
        }
        String site = squeeze(siteName);
        return names.stream().allMatch(n -> squeeze(n).equals(site));
    }

    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The names joined for display ("A, B"), or null when there are none. */
    public static String join(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }

    // "Jane Doe on behalf of the Docs group", "Jane Doe is a reporter": the name ends at the first
    // lower-case word after the second that is not a name particle (de, van, von, da, di, bin, ...);
    // in "Text by Jane Doe" the name is what follows "by"
    private static String leadingName(String name) {
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.equals("by") && i + 1 < words.length) {
                return leadingName(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length)));
            }
        }
        for (int i = 2; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
                return String.join(" ", java.util.Arrays.copyOf(words, i));
            }
        }
        return name;
    }

    // "Robert Roe Expert Reviewer", "Editor Jane Doe": role words at either end go; what is left of
    // "Head of Marketing" starts in lower case and is no name
    private static String withoutRoles(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        int before = words.size();
        while (!words.isEmpty() && isRole(words.getFirst())) {
            words.removeFirst();
        }
        while (!words.isEmpty() && isRole(words.getLast())) {
            words.removeLast();
        }
        if (words.stream().anyMatch(Authors::isRole)) {
            return "";
        }
        String rest = String.join(" ", words);
        boolean cut = words.size() < before;
        // "Personal finance" is a section, not Mr Personal; "of Marketing" is what "Head of Marketing" leaves
        return cut && (words.size() < 2 || Character.isLowerCase(rest.codePointAt(0))) ? "" : rest;
    }

    private static boolean isRole(String word) {
        return ROLES.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
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
