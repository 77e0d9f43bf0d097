package dev.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text where the markup names it, in order of trust:
 *
 * <ol>
 *   <li>{@code itemprop="articleBody"} (schema.org microdata);</li>
 *   <li>a class or id that names an article-body container ({@code content-classes.txt}); when several
 *       disjoint ones hold text (a body split around advertisements) they are all kept, in order;</li>
 *   <li>the largest {@code article};</li>
 *   <li>{@code main} or {@code role="main"}.</li>
 * </ol>
 *
 * The first tier whose best match holds at least {@value #MIN_TEXT} characters wins.
 */
final class SemanticContainers {
    static final int MIN_TEXT = 150;
    private static final int TIERS = 4;
    /** Elements that are one paragraph, never a container, whatever their class says ("bodytext"). */
    private static final Set<String> PARAGRAPHS = Set.of("p", "span", "a", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "figure", "figcaption", "img", "em", "strong", "b", "i");

    /** What was found: the roots in document order, and whether the tier is a tight one (1 or 2). */
    record Found(List<Element> roots, int tier) {
        boolean tight() {
            return tier <= 2;
        }
    }

    private SemanticContainers() {
    }

    static Found find(Element body, Set<Element> chrome, PageStats stats, Hints hints) {
        List<List<Element>> tiers = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            tiers.add(new ArrayList<>());
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (chrome.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                int tier = tierOf(e, hints);
                if (tier >= 0) {
                    tiers.get(tier).add(e);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (int tier = 0; tier < TIERS; tier++) {
            List<Element> matches = tiers.get(tier);
            Element best = null;
            int bestText = 0;
            for (Element m : matches) {
                int t = clean(m, stats);
                if (t > bestText) {
                    bestText = t;
                    best = m;
                }
            }
            if (best == null || bestText < MIN_TEXT) {
                continue;
            }
            if (tier != 1) {
                return new Found(List.of(best), tier + 1);
            }
            List<Element> roots = new ArrayList<>();
            for (Element m : matches) {
                boolean outermost = roots.stream().noneMatch(r -> contains(r, m));
                if (m == best || (outermost && !contains(m, best) && !contains(best, m)
                        && clean(m, stats) >= MIN_TEXT && stats.linkDensity(m) < 0.3)) {
                    roots.add(m);
                }
            }
            roots.removeIf(r -> roots.stream().anyMatch(o -> o != r && contains(o, r)));
            return new Found(roots, tier + 1);
        }
        return new Found(List.of(), 0);
    }

    private static int tierOf(Element e, Hints hints) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 0;
        }
        if (!PARAGRAPHS.contains(e.normalName()) && hints.contentContainer(e)) {
            return 1;
        }
        if (e.nameIs("article")) {
            return 2;
        }
        if (e.nameIs("main") || e.attr("role").equalsIgnoreCase("main")) {
            return 3;
        }
        return -1;
    }

    /** Text outside links. */
    private static int clean(Element e, PageStats stats) {
        PageStats.Stat s = stats.of(e);
        return s.text - s.link;
    }

    private static boolean contains(Element outer, Element inner) {
        for (Element p = inner.parent(); p != null; p = p.parent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }
}
