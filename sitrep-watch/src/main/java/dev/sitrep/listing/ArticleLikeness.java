package dev.sitrep.listing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Guesses from a link's address alone whether it leads to an article, a listing worth following (a section, a
 * tag or topic page, a date archive) or neither. The rules are data, in {@code article-likeness.txt} beside this
 * class, precompiled once; that file says in which order they apply.
 */
public final class ArticleLikeness {
    /** What an address looks like. */
    public enum Kind {
        /** The site's home page. */
        HOME,
        /** A single article. */
        ARTICLE,
        /** A listing: a section, tag, topic or archive page, to be followed for its articles. */
        SECTION,
        /** Neither (a utility page, a file, an author page). */
        OTHER
    }

    private static final Rules RULES = Rules.load("article-likeness.txt");

    private ArticleLikeness() {
    }

    /** Whether the address looks like a single article. */
    public static boolean isArticle(URI url) {
        return kind(url) == Kind.ARTICLE;
    }

    /** Whether the address looks like a listing to follow. */
    public static boolean isSection(URI url) {
        return kind(url) == Kind.SECTION;
    }

    /** What the address looks like, from its path alone. */
    public static Kind kind(URI url) {
        String raw = url.getRawPath();
        String path = raw == null || raw.isEmpty() ? "/" : raw.toLowerCase(Locale.ROOT);
        if (path.equals("/") || path.matches("/(?:index\\.(?:s?html?|php))?")) {
            return Kind.HOME;
        }
        if (RULES.any(RULES.ignore, path)) {
            return Kind.OTHER;
        }
        if (RULES.any(RULES.listing, path)) {
            return Kind.SECTION;
        }
        if (RULES.any(RULES.article, path)) {
            return Kind.ARTICLE;
        }
        if (RULES.any(RULES.section, path) || isShallow(path)) {
            return Kind.SECTION;
        }
        return Kind.OTHER;
    }

    /** One or two segments without a file extension other than a page's: {@code /world}, {@code /world/europe/}. */
    private static boolean isShallow(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int segments = (int) p.chars().filter(c -> c == '/').count();
        String last = p.substring(p.lastIndexOf('/') + 1);
        return segments <= 2 && !last.isEmpty() && (last.indexOf('.') < 0 || last.matches(".*\\.s?html?"));
    }

    private record Rules(List<Pattern> ignore, List<Pattern> listing, List<Pattern> article, List<Pattern> section) {
        static Rules load(String resource) {
            Rules r = new Rules(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (String line : Resources.lines(resource)) {
                String[] parts = line.split("\\s+", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + ": a rule needs a kind and a pattern: " + line);
                }
                List<Pattern> into = switch (parts[0]) {
                    case "ignore" -> r.ignore;
                    case "listing" -> r.listing;
                    case "article" -> r.article;
                    case "section" -> r.section;
                    default -> throw new IllegalStateException(resource + ": unknown kind " + parts[0]);
                };
                try {
                    into.add(Pattern.compile(parts[1]));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resource + ": bad pattern " + parts[1], e);
                }
            }
            return r;
        }

        boolean any(List<Pattern> patterns, String path) {
            for (Pattern p : patterns) {
                if (p.matcher(path).find()) {
                    return true;
                }
            }
            return false;
        }
    }
}
