package dev.sitrep.listing;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds and sitemaps of a site: those its home page announces, those its robots.txt names, and the
 * common paths worth a try; and tells, once something was fetched, whether it is a feed, a sitemap or neither.
 * Nothing here fetches.
 */
public final class Discovery {
    /** Paths where sites commonly keep a feed, tried when the home page announces none. */
    public static final List<String> FEED_PATHS = List.of("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml",
            "/index.xml", "/feeds/all.atom.xml");
    /** Paths where sites commonly keep a sitemap, tried beside those robots.txt names. */
    public static final List<String> SITEMAP_PATHS = List.of("/sitemap.xml", "/news-sitemap.xml",
            "/sitemap_index.xml");
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml");
    private static final String AGENT = "sitrep";
    private static final int MAX_FOUND = 100;

    private Discovery() {
    }

    /**
     * Everything known about a site's listings before fetching any.
     *
     * @param home        the home page's address
     * @param html        the home page's bytes, or null when it was not fetched
     * @param contentType the home page's Content-Type, or null
     * @param robots      the bytes of the site's robots.txt, or null when there is none
     */
    public static Discovered discover(URI home, byte[] html, String contentType, byte[] robots) {
        List<String> feeds = html == null ? List.of() : announcedFeeds(home, html, contentType);
        List<String> sitemaps = robots == null ? List.of() : robotsSitemaps(home, robots);
        return new Discovered(feeds, without(feedCandidates(home), feeds), sitemaps,
                without(sitemapCandidates(home), sitemaps));
    }

    /** The feeds a page announces with {@code <link rel="alternate" type="application/rss+xml|atom+xml|rdf+xml">}. */
    public static List<String> announcedFeeds(URI base, byte[] html, String contentType) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), FrontPage.usableCharset(contentType), base.toString());
        } catch (IOException | RuntimeException e) {
            return List.of(); // a page that does not parse announces nothing; the candidates remain
        }
        Set<String> found = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel][type][href]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
            if (rels.contains("alternate") && FEED_TYPES.contains(type) && found.size() < MAX_FOUND) {
                Links.resolveHttp(null, link.absUrl("href")).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The common feed paths on the site of {@code site}. */
    public static List<String> feedCandidates(URI site) {
        return onSite(site, FEED_PATHS);
    }

    /** The common sitemap paths on the site of {@code site}. */
    public static List<String> sitemapCandidates(URI site) {
        return onSite(site, SITEMAP_PATHS);
    }

    /**
     * The sitemaps robots.txt names in {@code Sitemap:} lines (any case, any group), by crawler-commons' robots
     * parser, resolved against the site and kept to http(s).
     */
    public static List<String> robotsSitemaps(URI site, byte[] robots) {
        URI robotsUrl = site.resolve("/robots.txt");
        BaseRobotRules rules;
        try {
            rules = new SimpleRobotRulesParser().parseContent(robotsUrl.toString(), robots, "text/plain",
                    List.of(AGENT));
        } catch (RuntimeException e) {
            return List.of(); // rules that do not parse name no sitemap; the candidates remain
        }
        Set<String> found = new LinkedHashSet<>();
        for (String s : rules.getSitemaps()) {
            if (found.size() < MAX_FOUND) {
                Links.resolveHttp(robotsUrl, s).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /**
     * What fetched bytes are: a feed when {@link FeedParser} finds an RSS or Atom root, else a sitemap or an index
     * when {@link SitemapParser} reads one (a text sitemap only when it lists something and was not served as
     * HTML), else neither.
     */
    public static ListingKind kind(byte[] body, String contentType) {
        URI base = URI.create("https://listing.invalid/");
        if (new FeedParser(1).parse(base, body, contentType).format() != Feed.Format.NONE) {
            return ListingKind.FEED;
        }
        Sitemap sitemap = new SitemapParser(1).parse(base, body, contentType);
        boolean html = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return switch (sitemap.type()) {
            case INDEX -> ListingKind.SITEMAP_INDEX;
            case URLSET -> ListingKind.SITEMAP;
            case FEED -> ListingKind.FEED;
            case TEXT -> !html && !sitemap.entries().isEmpty() ? ListingKind.SITEMAP : ListingKind.NEITHER;
            case NONE -> ListingKind.NEITHER;
        };
    }

    private static List<String> onSite(URI site, List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Links.resolveHttp(site, p).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> without(List<String> all, List<String> known) {
        return all.stream().filter(u -> !known.contains(u)).toList();
    }
}
