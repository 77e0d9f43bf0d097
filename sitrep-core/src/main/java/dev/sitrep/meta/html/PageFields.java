package dev.sitrep.meta.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The raw candidates for each metadata field of one page, chosen by source trust but not yet cleaned:
 * the cascade of {@link dev.sitrep.meta.HtmlMetadataReader} made concrete. Values may be null.
 */
public final class PageFields {
    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "dc.title", "dcterms.title",
            "headline", "title");
    private static final List<String> SITE_KEYS = List.of("og:site_name", "application-name", "al:android:app_name",
            "al:ios:app_name", "twitter:app:name:iphone", "dc.publisher", "publisher");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl", "byline", "article:author_name",
            "cxenseparse:author", "dc.contributor");
    private static final List<String> LANG_KEYS = List.of("content-language", "language", "dc.language", "og:locale");
    private static final List<String> SECTION_KEYS = List.of("article:section", "parsely-section", "section");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse("[itemprop=author], [rel=author]");
    private static final Evaluator AUTHOR_CLASS = QueryParser.parse("[class~=(?i)author|byline], [id~=(?i)author|byline]");
    private static final int MAX_AUTHOR_ELEMENTS = 60;
    private static final Evaluator NAME = QueryParser.parse("[itemprop=name]");

    private final Document doc;
    private final MetaTags meta;
    private final JsonLd.Facts ld;

    public PageFields(Document doc, MetaTags meta, JsonLd.Facts ld) {
        this.doc = doc;
        this.meta = meta;
        this.ld = ld;
    }

    /**
     * The visible headline: the page's first {@code <h1>}, when the page has at most two and it reads like a
     * headline (two to forty words), else null.
     */
    public String headline() {
        var h1s = doc.select(H1);
        if (h1s.isEmpty() || h1s.size() > 2) {
            return null;
        }
        String t = h1s.getFirst().text().strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return words >= 2 && words <= 40 ? t : null;
    }

    /** The headline as the page states it, site name possibly still attached. */
    public String rawTitle() {
        if (ld.headline() != null) {
            return ld.headline();
        }
        String t = meta.first(TITLE_KEYS);
        if (t != null) {
            return t;
        }
        if (!doc.title().isBlank()) {
            return doc.title();
        }
        Element h1 = doc.selectFirst(H1);
        return h1 == null || h1.text().isBlank() ? null : h1.text();
    }

    /** The site's own name for itself. */
    public String siteName() {
        String s = meta.first(SITE_KEYS.subList(0, 1));
        if (s == null) {
            s = ld.publisher();
        }
        if (s == null) {
            s = ld.siteName();
        }
        if (s == null) {
            s = meta.first(SITE_KEYS.subList(1, SITE_KEYS.size()));
        }
        return s == null || s.isBlank() || s.startsWith("http") ? null : s.strip();
    }

    /**
     * Author names from the first source that names a person: JSON-LD, author meta tags (every value of the
     * first key present), the "Written by" pair of Twitter card labels, author microdata and rel=author
     * links, a byline printed after a label ({@link BylineLabels}), then elements whose class or id speaks
     * of an author or byline (short texts only); cleaned by {@link Authors}. A declared author that is only
     * the site's name, or only an account name ("KatieS"), stands when no source names a person.
     */
    public List<String> authors(String siteName) {
        List<String> weak = List.of();
        for (List<String> raw : declaredAuthors(siteName)) {
            List<String> names = Authors.cleanKeepingSite(raw, siteName);
            if (names.isEmpty()) {
                continue;
            }
            if (!Authors.onlySite(names, siteName) && !names.stream().allMatch(Authors::isHandle)) {
                return names;
            }
            if (weak.isEmpty()) {
                weak = names;
            }
        }
        List<String> names = fromElements(AUTHOR_CLASS, siteName, false);
        return names.isEmpty() ? weak : names;
    }

    // the sources that state an author outright, most trusted first; each computed only when reached
    private Iterable<List<String>> declaredAuthors(String siteName) {
        List<java.util.function.Supplier<List<String>>> sources = List.of(
                ld::authors,
                this::metaAuthors,
                () -> listOf(meta.labelled(BylineLabels::isLabel)),
                () -> fromElements(AUTHOR_MARKUP, siteName, true),
                () -> listOf(BylineLabels.find(doc).orElse(null)));
        return () -> sources.stream().map(java.util.function.Supplier::get).iterator();
    }

    private List<String> metaAuthors() {
        for (String k : AUTHOR_KEYS) {
            List<String> vs = meta.all(k);
            if (!vs.isEmpty()) {
                return vs;
            }
        }
        return List.of();
    }

    private static List<String> listOf(String s) {
        return s == null ? List.of() : List.of(s);
    }

    private List<String> fromElements(Evaluator which, String siteName, boolean keepSite) {
        int seen = 0;
        for (Element e : doc.select(which)) {
            if (++seen > MAX_AUTHOR_ELEMENTS) {
                break;
            }
            Element name = e.selectFirst(NAME);
            String text = (name != null ? name : e).text();
            if (text.isBlank() || text.length() > 120) {
                continue;
            }
            List<String> names = keepSite ? Authors.cleanKeepingSite(List.of(text), siteName)
                    : Authors.clean(List.of(text), siteName);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The canonical URL, absolute, when the page declares one. */
    public String canonicalUrl() {
        Element link = doc.selectFirst(CANONICAL);
        String href = link == null ? "" : link.absUrl("href");
        if (href.isEmpty()) {
            href = meta.get("og:url");
        }
        if ((href == null || href.isEmpty()) && ld.url() != null) {
            href = ld.url();
        }
        return href == null || !href.startsWith("http") ? null : href;
    }

    /** The page's language tag, '_' written as '-' ("en_US" gives "en-US"). */
    public String language() {
        Element html = doc.selectFirst("html");
        String l = html != null ? html.attr("lang") : "";
        if (l.isBlank() && html != null) {
            l = html.attr("xml:lang");
        }
        if (l.isBlank() && ld.language() != null) {
            l = ld.language();
        }
        if (l.isBlank()) {
            String m = meta.first(LANG_KEYS);
            l = m == null ? "" : m.split(",")[0];
        }
        l = l.strip().replace('_', '-');
        return l.isEmpty() || l.length() > 20 ? null : l;
    }

    /** The section the page files the article under. */
    public String section() {
        String s = meta.first(SECTION_KEYS);
        return s == null || s.isBlank() ? null : s.strip();
    }
}
