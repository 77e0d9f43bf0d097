package dev.sitrep.meta.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the byline that a page prints without marking it up: a text that starts with a byline word
 * ({@code byline-prefixes.txt}: "By", "Written by", "Posted by", "Author", "Von", "Par"...). Either the
 * name follows in the same text ("By Jane Doe") or the label stands alone and the name is the next text
 * after it, in the same element or in the next one ({@code <span>By</span><a>Jane Doe</a>},
 * {@code <p>Written by</p><p>Jane Doe</p>}). Navigation, footers, forms, sidebars and comment threads are
 * skipped: their "Posted by" lines name commenters, not the writer.
 */
final class BylineLabels {
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)^(?:" + String.join("|", ResourceLines.load("byline-prefixes.txt")) + ")\\s*:?(?:\\s+(.+))?$");
    // a name opens with a capital, and so does its second word if it has one: "By Jane Doe", not "by doing so"
    private static final Pattern NAME_START = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}|\\s*$|\\s*[,|·•(])");
    private static final Pattern SKIPPED = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:comments?|related|footer|sidebar)(?:$|[\\s_-])");
    // how far up a comment thread's or sidebar's class is looked for: page-wide wrappers say "has-sidebar" too
    private static final int CLASS_DEPTH = 5;
    private static final int MAX_TEXTS = 6000;
    private static final int MAX_CHARS = 120;
    private static final int MAX_SIBLINGS = 4;

    private BylineLabels() {
    }

    /** The raw byline text of the first labelled byline on the page, label removed; empty when none. */
    static Optional<String> find(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        Finder f = new Finder();
        NodeTraversor.traverse(f, body);
        return Optional.ofNullable(f.found);
    }

    /** Whether {@code text} is a byline label and nothing else ("Written by", "Author:"). */
    static boolean isLabel(String text) {
        Matcher m = LABELLED.matcher(text.strip());
        return m.matches() && m.group(1) == null;
    }

    private static final class Finder implements NodeVisitor {
        private String found;
        private int texts;

        @Override
        public void head(Node node, int depth) {
            if (found != null || !(node instanceof TextNode t) || t.isBlank() || ++texts > MAX_TEXTS) {
                return;
            }
            String text = t.text().strip();
            if (text.length() > MAX_CHARS) {
                return;
            }
            Matcher m = LABELLED.matcher(text);
            if (!m.matches() || skipped(t)) {
                return;
            }
            // a byline opens its element: " by " after a link is running text ("according to X by Y")
            if (!opensElement(t)) {
                return;
            }
            String name = m.group(1) != null ? m.group(1) : following(t);
            if (name != null && NAME_START.matcher(name).find()) {
                found = name;
            }
        }

        @Override
        public void tail(Node node, int depth) {
        }
    }

    // the first non-blank text after the label: among its siblings, else among its parent's siblings
    private static String following(TextNode label) {
        Node from = label;
        for (int level = 0; level < 2 && from != null; level++) {
            Node n = from.nextSibling();
            for (int i = 0; n != null && i < MAX_SIBLINGS; n = n.nextSibling()) {
                String s = n instanceof TextNode t ? t.text().strip() : n instanceof Element e ? text(e) : "";
                if (!s.isEmpty()) {
                    return s.length() <= MAX_CHARS ? s : null;
                }
                i++;
            }
            from = from.parent();
        }
        return null;
    }

    // a list of authors reads "A, B, C", not "A B C" as the list's text would
    private static String text(Element e) {
        if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
            return String.join(", ", e.children().stream().map(Element::text).filter(s -> !s.isBlank()).toList());
        }
        return e.text().strip();
    }

    // only icons, pictures and a printed date may come before it: "<time>3 March</time> by Jane Doe"
    private static boolean opensElement(TextNode t) {
        for (Node n = t.previousSibling(); n != null; n = n.previousSibling()) {
            if (n instanceof TextNode x ? !x.isBlank()
                    : n instanceof Element e && !e.normalName().equals("time") && !e.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean skipped(Node n) {
        int depth = 0;
        for (Element e = n.parent() instanceof Element p ? p : null; e != null; e = e.parent(), depth++) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("form") || tag.equals("script")
                    || tag.equals("style") || tag.equals("button")) {
                return true;
            }
            String marks = e.className() + " " + e.id();
            if (depth < CLASS_DEPTH && marks.length() > 1 && SKIPPED.matcher(marks).find()) {
                return true;
            }
        }
        return false;
    }
}
