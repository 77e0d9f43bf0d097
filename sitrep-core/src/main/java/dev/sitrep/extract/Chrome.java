package dev.sitrep.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that are chrome rather than content, found in one walk and kept as a set so that the
 * page itself is never changed (a stricter pass can be undone by asking again with a gentler {@link Mode}).
 *
 * <p>An element is chrome when it is hidden, is structural chrome ({@code nav}, {@code aside}, {@code header},
 * {@code footer}, {@code form}...) or a chrome ARIA landmark, or when its class or id say so ({@link Hints}).
 * Structural and hidden elements holding more than half the page's text are kept (whole pages wrapped in a
 * {@code form} or a hidden-until-loaded container), class-hinted ones holding a third of it in prose, and any
 * element that holds the page's main landmark. Strong hints (comments, share, related, newsletter, cookie) drop an
 * element whatever it holds; weak ones (layout words: widget, sidebar, media, meta) spare a paragraph's worth of
 * prose, and sections parked behind the {@code hidden} attribute are kept when they read as prose.
 */
final class Chrome {

    /** How much to remove. */
    enum Mode {
        /** Hidden, structural and class/id-hinted chrome. */
        STRICT,
        /** Hidden and structural chrome only: for pages whose class names mislead. */
        LENIENT
    }

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private static final Evaluator LANDMARK = QueryParser.parse("main, [role=main], [itemprop=articleBody]");
    private static final Evaluator LANDMARK_OR_ARTICLE =
            QueryParser.parse("main, [role=main], [itemprop=articleBody], article");

    private static final byte NONE = 0;
    private static final byte WEAK = 1;
    private static final byte STRONG = 2;
    private static final double PROSE_SHARE = 0.3;
    private static final int PROSE_CHARS = 400;
    /** Page builders call every text block a "widget": a paragraph's worth of prose is content. */
    private static final int WEAK_PROSE_CHARS = 150;

    private Chrome() {
    }

    /** The chrome elements below {@code body} (the subtrees are implied). */
    static Set<Element> find(Element body, PageStats stats, Hints hints, Mode mode) {
        Set<Element> chrome = Collections.newSetFromMap(new IdentityHashMap<>());
        int pageText = Math.max(1, stats.text(body));
        // pages repeat the same class strings hundreds of times: judge each string once
        Map<String, Byte> verdicts = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (Tags.NEVER_TEXT.contains(e.normalName()) || isChrome(e, stats, hints, mode, pageText, verdicts)) {
                    chrome.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return chrome;
    }

    private static boolean isChrome(Element e, PageStats stats, Hints hints, Mode mode, int pageText,
                                    Map<String, Byte> verdicts) {
        boolean small = stats.text(e) * 2 < pageText;
        if (hidden(e) && !(e.hasAttr("hidden") && prose(e, stats, PROSE_CHARS))) {
            // streamed server rendering parks whole sections in containers with the hidden attribute until a
            // script moves them into place; styled-away copies are duplicates or widgets
            return small;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (Tags.CHROME.contains(e.normalName()) || (!role.isEmpty() && Tags.CHROME_ROLES.contains(role))) {
            return small && !holdsMain(e, false);
        }
        if (mode == Mode.LENIENT) {
            return false;
        }
        String ic = Hints.idAndClass(e);
        if (ic.isEmpty()) {
            return false;
        }
        byte verdict = verdicts.computeIfAbsent(ic,
                k -> hints.strongNegative(k) ? STRONG : hints.weakNegative(k) ? WEAK : NONE);
        boolean hinted = verdict == STRONG || (verdict == WEAK && !prose(e, stats, WEAK_PROSE_CHARS));
        return hinted && !hints.contentContainer(e) && !holdsProse(e, stats, pageText) && !holdsMain(e, !small);
    }

    /**
     * Whether a class-hinted element holds too much of the page's prose to be a widget: layout wrappers named
     * "with-sidebar" or "widget-wrap" hold whole stories, while comment threads and teaser lists are either
     * smaller or made of links.
     */
    private static boolean holdsProse(Element e, PageStats stats, int pageText) {
        return stats.text(e) >= PROSE_SHARE * pageText && stats.linkDensity(e) < 0.35;
    }

    /** Whether an element reads as prose: some length, hardly any of it links. */
    private static boolean prose(Element e, PageStats stats, int minChars) {
        return stats.text(e) >= minChars && stats.linkDensity(e) < 0.2;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /**
     * Whether the element contains the page's main landmark, which no chrome wraps; an {@code article} counts
     * only in a large element, since lists of related stories are made of small ones.
     */
    private static boolean holdsMain(Element e, boolean large) {
        if (e.childrenSize() == 0) {
            return false;
        }
        return e.selectFirst(large ? LANDMARK_OR_ARTICLE : LANDMARK) != null;
    }
}
