package dev.sitrep.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, from the pattern lists in this package's resources:
 * {@code negative-strong.txt}, {@code negative-weak.txt}, {@code positive.txt}, {@code content-classes.txt}
 * and {@code boilerplate-lines.txt}. Loaded once; instances are immutable and thread-safe.
 */
final class Hints {
    static final Hints DEFAULT = new Hints();

    private final Pattern strong = PatternList.load("negative-strong.txt", "%s", 0);
    private final Pattern weak = PatternList.load("negative-weak.txt", "%s", 0);
    private final Pattern positive = PatternList.load("positive.txt", "%s", 0);
    private final Pattern contentClass = PatternList.load("content-classes.txt", "^(?:%s)$", 0);
    private final Pattern boilerplateLine = PatternList.load("boilerplate-lines.txt", "^\\W*(?:%s)\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Hints() {
    }

    /** The lower-cased "id class" string of an element, empty when it has neither. */
    static String idAndClass(Element e) {
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty() && cls.isEmpty()) {
            return "";
        }
        return (id + " " + cls).toLowerCase(Locale.ROOT);
    }

    /** Whether class or id mark the element as chrome whatever it holds. */
    boolean strongNegative(String idAndClass) {
        return !idAndClass.isEmpty() && strong.matcher(idAndClass).find();
    }

    /** Whether class or id suggest chrome (layout words: widget, sidebar, media, meta) without a content word. */
    boolean weakNegative(String idAndClass) {
        return !idAndClass.isEmpty() && weak.matcher(idAndClass).find() && !positive.matcher(idAndClass).find();
    }

    /** Whether class or id carry a content word. */
    boolean positive(String idAndClass) {
        return !idAndClass.isEmpty() && positive.matcher(idAndClass).find();
    }

    /** Content-scoring weight of class and id: -25 for chrome, +25 for content, 0 otherwise. */
    int weight(String idAndClass) {
        if (idAndClass.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (strong.matcher(idAndClass).find() || weak.matcher(idAndClass).find()) {
            w -= 25;
        }
        if (positive.matcher(idAndClass).find()) {
            w += 25;
        }
        return w;
    }

    /** Whether a class token or the id names an article-body container. */
    boolean contentContainer(Element e) {
        if (!e.id().isEmpty() && contentClass.matcher(e.id().toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        for (String c : e.classNames()) {
            if (contentClass.matcher(c.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a whole paragraph is a widget line ("Advertisement", "Share this article", a photo credit). */
    boolean boilerplateLine(String paragraph) {
        return paragraph.length() <= 200 && boilerplateLine.matcher(paragraph).matches();
    }
}
