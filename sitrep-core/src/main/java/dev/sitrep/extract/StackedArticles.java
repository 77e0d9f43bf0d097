package dev.sitrep.extract;

import dev.sitrep.meta.Bylines;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pages that stack whole articles one below the other: an opinion page with the next op-ed under the first ("More
 * opinion", then a second headline, byline and body), a story with the next one loaded under it. The content
 * found for such a page holds both; this class finds where each after the first begins, so that they come out as
 * articles of their own instead of one merged text.
 *
 * <p>An article's head is a headline ({@code h1} to {@code h3}, a few words, not a link) followed closely, before
 * any paragraph of text, by a byline: an element whose class, id, {@code rel} or {@code itemprop} names the author
 * or byline, or a "By Jane Roe" line. The page stacks articles when it has two heads or more; each head after the
 * first marks where its article begins: the outermost element that starts with the headline (the second
 * {@code article}, or the headline itself in a flat layout). Whether the cut is kept is the extractor's call: both
 * sides must read as complete articles.
 */
final class StackedArticles {
    /** Elements looked at after a headline for its byline. */
    private static final int BYLINE_REACH = 8;
    /** Characters of text that end the search for a byline: the body has begun. */
    private static final int BODY_TEXT = 200;
    private static final int BYLINE_MAX_CHARS = 120;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 30;
    /** A byline element's text as a name: capitalised words, no digits (no "Updated May 3"), at most six. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[^\\s\\d]*(?:\\s+[^\\s\\d]+){0,5}");
    private static final Pattern BYLINE_HINT = Pattern.compile("byline|author|writer|contributor");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i:by)\\s+");

    /**
     * The head of one stacked article.
     *
     * @param marker   the element where the article begins
     * @param headline the headline's text
     * @param author   the byline's names
     */
    record Head(Element marker, String headline, String author) {
    }

    private StackedArticles() {
    }

    /** The heads of the articles after the first, in page order; empty unless the page has two heads or more. */
    static List<Head> following(Element body, PageStats stats) {
        List<Element> headlines = body.select("h1, h2, h3");
        if (headlines.size() < 2) {
            return List.of();
        }
        List<Element> all = body.getAllElements();
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        List<Head> heads = new ArrayList<>();
        for (Element h : headlines) {
            int words = h.text().split("\\s+").length;
            if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS || stats.linkDensity(h) > 0.5) {
                continue;
            }
            Optional<String> author = byline(all, order.get(h) + h.getAllElements().size(), stats);
            author.ifPresent(a -> heads.add(new Head(marker(h, stats), h.text().strip(), a)));
        }
        return heads.size() < 2 ? List.of() : List.copyOf(heads.subList(1, heads.size()));
    }

    /** The author named by a byline among the elements from {@code from}, before the body begins. */
    private static Optional<String> byline(List<Element> all, int from, PageStats stats) {
        for (int i = from; i < Math.min(all.size(), from + BYLINE_REACH); i++) {
            Element e = all.get(i);
            if (Tags.HEADING.contains(e.normalName())) {
                return Optional.empty();
            }
            int text = stats.text(e);
            if (text > BYLINE_MAX_CHARS) {
                if (text > BODY_TEXT && (e.children().isEmpty() || e.nameIs("p"))) {
                    return Optional.empty();
                }
                continue;
            }
            String line = e.text().strip();
            Optional<String> named = Bylines.author(line);
            if (named.isPresent()) {
                return named;
            }
            String hints = Hints.idAndClass(e) + " " + e.attr("rel") + " " + e.attr("itemprop");
            String name = LEADING_BY.matcher(line).replaceFirst("");
            if (BYLINE_HINT.matcher(hints.toLowerCase(Locale.ROOT)).find() && NAME.matcher(name).matches()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The outermost element that starts with the headline: nothing with text comes before it inside. */
    private static Element marker(Element headline, PageStats stats) {
        Element m = headline;
        while (m.parent() != null && !m.parent().nameIs("body") && nothingBefore(m, stats)) {
            m = m.parent();
        }
        return m;
    }

    private static boolean nothingBefore(Element e, PageStats stats) {
        for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (stats.text(s) > 0) {
                return false;
            }
        }
        return true;
    }
}
