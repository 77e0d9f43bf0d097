package dev.sitrep.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text by scoring: every paragraph-like element with enough text scores by its length and
 * commas, and hands its score to its ancestors (fully to the parent, half to the grandparent, less further
 * up); each ancestor starts from a base given by its tag and its class/id hints, and its total is discounted
 * by its link density. The best ancestor wins, may give way to an ancestor that scores better still, and is
 * joined by those siblings that score close to it or read as prose. This is the scoring Arc90's Readability
 * made popular, re-derived here over precomputed {@link PageStats} so that no subtree is measured twice.
 */
final class ContentScorer {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> GROUPS = Set.of("div", "section", "article", "main", "span", "font", "dd",
            "li", "center", "body");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private ContentScorer() {
    }

    /** The content roots in document order, or an empty list when nothing scores. */
    static List<Element> find(Element body, Set<Element> chrome, PageStats stats, Hints hints) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                if (chrome.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                PageStats.Stat s = stats.of(e);
                boolean paragraph = PARAGRAPHS.contains(e.normalName())
                        || (GROUPS.contains(e.normalName()) && s.own >= MIN_PARAGRAPH);
                if (paragraph && s.text >= MIN_PARAGRAPH) {
                    double score = 1 + s.commas + Math.min(s.text / 100, 3);
                    if (!PARAGRAPHS.contains(e.normalName())) {
                        // a container with its own prose is a paragraph and a candidate at once
                        add(e, score, scores, candidates, hints);
                    }
                    Element a = e == body ? null : e.parent();
                    for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
                        add(a, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3), scores, candidates, hints);
                        if (a == body) {
                            break;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        Element top = null;
        double best = 0;
        for (Element c : candidates) {
            double[] cell = scores.get(c);
            cell[0] *= 1 - stats.linkDensity(c);
            if (cell[0] > best) {
                best = cell[0];
                top = c;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, scores, body);
        return withSiblings(top, scores, chrome, stats, hints);
    }

    private static void add(Element e, double score, Map<Element, double[]> scores, List<Element> candidates,
                            Hints hints) {
        double[] cell = scores.get(e);
        if (cell == null) {
            cell = new double[] {initial(e, hints)};
            scores.put(e, cell);
            candidates.add(e);
        }
        cell[0] += score;
    }

    private static double initial(Element e, Hints hints) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + hints.weight(Hints.idAndClass(e));
    }

    /** Moves up to an ancestor that scores higher than the path below it, while scores stay substantial. */
    private static Element climb(Element top, Map<Element, double[]> scores, Element body) {
        double last = scores.get(top)[0];
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            double[] cell = scores.get(p);
            if (cell == null) {
                continue;
            }
            if (cell[0] < threshold) {
                break;
            }
            if (cell[0] > last) {
                return p;
            }
            last = cell[0];
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, double[]> scores, Set<Element> chrome,
                                              PageStats stats, Hints hints) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.get(top)[0];
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            if (chrome.contains(sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            double[] cell = scores.get(sibling);
            if (cell != null && cell[0] + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.nameIs("p")) {
                int len = stats.text(sibling);
                double density = stats.linkDensity(sibling);
                if ((len > 80 && density < 0.25) || (len > 0 && density == 0 && endsSentence(sibling))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    private static boolean endsSentence(Element p) {
        String t = p.text();
        return t.matches("(?s).*[.!?][\"'”’)]?\\s*$");
    }
}
