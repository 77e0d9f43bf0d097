package dev.sitrep.listing;

import crawlercommons.domains.EffectiveTldFinder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article links of a front page or a section page, and the sections it links to.
 *
 * <p>Every {@code <a href>} is taken in page order and resolved (a {@code <base>} honoured); kept are absolute
 * http(s) addresses on the same site as the page, the same registrable domain by the public suffix list, so that
 * {@code www.} and {@code news.} of one publisher count as one site. {@link ArticleLikeness} then sorts them into
 * articles and sections. A link inside the page's chrome (the selectors in {@code page-chrome.txt}: navigation,
 * footer, site header, breadcrumbs) may be a section but never an article: a menu's "latest" links are not the
 * page's own list. The home page itself is neither.
 *
 * <p>{@link #parse} never throws for bad input.
 */
public final class FrontPage {
    /** Pages larger than this are refused unread: no front page is, and the parse tree costs several times it. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** How many links are looked at; the rest of a page of links is not a front page's business. */
    public static final int MAX_LINKS = 20_000;
    private static final Evaluator CHROME = chrome();
    private static final Pattern CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\"';\\s]{1,40})");

    private FrontPage() {
    }

    /**
     * The links of a page.
     *
     * @param base        the address the page was fetched from
     * @param body        the bytes as fetched
     * @param contentType the Content-Type header, or null; its charset wins over the page's own declaration
     */
    public static PageLinks parse(URI base, byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return PageLinks.failed("empty body");
        }
        if (body.length > MAX_BYTES) {
            return PageLinks.failed("page of " + body.length + " bytes is over the " + MAX_BYTES + " read; not read");
        }
        Optional<String> site = base == null || base.getHost() == null ? Optional.empty() : Optional.of(site(base.getHost()));
        if (site.isEmpty()) {
            return PageLinks.failed("page address " + Problems.oneLine(String.valueOf(base)) + " has no host");
        }
        String problem = null;
        String declared = charsetOf(contentType);
        String charset = usableCharset(contentType);
        if (declared != null && charset == null) {
            problem = "unknown charset '" + Problems.oneLine(declared) + "'; detected from the page instead";
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), charset, base.toString());
        } catch (IOException | RuntimeException e) {
            return PageLinks.failed("page not parsed: " + Problems.of(e));
        }
        Set<String> articles = new LinkedHashSet<>();
        Set<String> sections = new LinkedHashSet<>();
        int seen = 0;
        for (Element a : doc.select("a[href], area[href]")) {
            if (++seen > MAX_LINKS) {
                problem = problem != null ? problem : "more than " + MAX_LINKS + " links; looked at the first " + MAX_LINKS;
                break;
            }
            Optional<String> url = resolve(base, a);
            if (url.isEmpty()) {
                continue;
            }
            URI u = URI.create(url.get());
            if (!site.get().equals(site(u.getHost()))) {
                continue;
            }
            switch (ArticleLikeness.kind(u)) {
                case ARTICLE -> {
                    if (a.closest(CHROME) == null) {
                        articles.add(url.get());
                    }
                }
                case SECTION -> sections.add(url.get());
                case HOME, OTHER -> {
                }
            }
        }
        return new PageLinks(articles.stream().toList(), sections.stream().toList(), Optional.ofNullable(problem));
    }

    private static Optional<String> resolve(URI base, Element a) {
        String abs = a.absUrl("href"); // honours <base href>
        Optional<String> url = Links.resolveHttp(null, abs);
        return url.isPresent() ? url : Links.resolveHttp(base, a.attr("href"));
    }

    /**
     * The registrable domain of a host ({@code www.news.example} and {@code news.example} give {@code news.example});
     * under a suffix the list does not know, the last two labels; an address or a single label stands for itself.
     */
    static String site(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.matches("[0-9.]+")) {
            return h;
        }
        try {
            if (EffectiveTldFinder.getEffectiveTLD(h, false) == null) {
                // No suffix of the list matches: the list's own default rule ("*") makes the last label the
                // suffix, so the registrable domain is the last two labels (news.example for www.news.example).
                int last = h.lastIndexOf('.', h.length() - 2);
                int before = last <= 0 ? -1 : h.lastIndexOf('.', last - 1);
                return before < 0 ? h : h.substring(before + 1);
            }
            String domain = EffectiveTldFinder.getAssignedDomain(h, false, false);
            return domain == null || domain.isEmpty() ? h : domain;
        } catch (RuntimeException e) {
            return h; // a host the suffix list cannot take apart is compared whole
        }
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The Content-Type's charset when Java knows it; null lets jsoup detect it from the page (BOM, meta, UTF-8). */
    static String usableCharset(String contentType) {
        String charset = charsetOf(contentType);
        return charset != null && supported(charset) ? charset : null;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Evaluator chrome() {
        return QueryParser.parse(String.join(", ", Resources.lines("page-chrome.txt")));
    }
}
