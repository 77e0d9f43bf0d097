package dev.sitrep.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text and link-text sizes of every element of a page, counted in one walk of the tree so that later steps
 * never re-walk a subtree to measure it. Sizes count non-whitespace characters, ignoring {@link Tags#NEVER_TEXT}
 * elements.
 */
final class PageStats {

    /** Sizes of one element. */
    static final class Stat {
        int text;
        int link;
        int commas;
        /** Text directly inside the element, not in child elements. */
        int own;
    }

    private static final Stat NONE = new Stat();
    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    PageStats(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            int linkDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (Tags.NEVER_TEXT.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    stats.put(e, new Stat());
                    if (e.nameIs("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element p) {
                    Stat s = stats.get(p);
                    if (s != null) {
                        String text = t.getWholeText();
                        int n = 0;
                        int commas = 0;
                        for (int i = 0; i < text.length(); i++) {
                            char c = text.charAt(i);
                            if (!Character.isWhitespace(c)) {
                                n++;
                                if (c == ',' || c == '\uFF0C' || c == '\u3001') {
                                    commas++;
                                }
                            }
                        }
                        s.text += n;
                        s.own += n;
                        s.commas += commas;
                        if (linkDepth > 0) {
                            s.link += n;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("a")) {
                        linkDepth--;
                    }
                    Stat s = stats.get(e);
                    Stat parent = e.parent() == null ? null : stats.get(e.parent());
                    if (s != null && parent != null) {
                        parent.text += s.text;
                        parent.link += s.link;
                        parent.commas += s.commas;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    Stat of(Element e) {
        return stats.getOrDefault(e, NONE);
    }

    int text(Element e) {
        return of(e).text;
    }

    /** Share of the element's text inside links, 0 for an element without text. */
    double linkDensity(Element e) {
        Stat s = of(e);
        return s.text == 0 ? 0 : (double) s.link / s.text;
    }
}
