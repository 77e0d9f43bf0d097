package dev.sitrep.simulator;

import static dev.sitrep.simulator.Markup.esc;

import java.time.Instant;
import java.util.List;

/**
 * What a site lists in machine-readable form: RSS 2.0, Atom, the Google News sitemap, the sitemap index and
 * robots.txt. Feed links are the site's feed variant of each URL (tracking parameters, {@code www.} host);
 * sitemaps list canonical URLs.
 */
final class Listings {
    /** A news sitemap lists the articles of the last 48 hours, as Google News asks. */
    static final java.time.Duration NEWS_WINDOW = java.time.Duration.ofHours(48);

    private Listings() {
    }

    static String rss(Site site, List<PublishedArticle> items, Instant updated) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                .append("<title>").append(esc(site.spec.displayName())).append("</title>\n")
                .append("<link>").append(site.base()).append("/</link>\n")
                .append("<description>Latest news from ").append(esc(site.spec.displayName())).append("</description>\n")
                .append("<language>en</language>\n<lastBuildDate>").append(Markup.httpDate(updated))
                .append("</lastBuildDate>\n");
        for (PublishedArticle a : items) {
            b.append("<item>\n<title>").append(esc(a.title())).append("</title>\n<link>")
                    .append(esc(site.link(a, true))).append("</link>\n<guid isPermaLink=\"true\">")
                    .append(esc(a.url().toString())).append("</guid>\n<pubDate>").append(Markup.httpDate(a.published()))
                    .append("</pubDate>\n<dc:creator>").append(esc(a.author())).append("</dc:creator>\n<category>")
                    .append(a.section()).append("</category>\n<description>").append(esc(a.paragraphs().get(0)))
                    .append("</description>\n</item>\n");
        }
        return b.append("</channel>\n</rss>\n").toString();
    }

    static String atom(Site site, List<PublishedArticle> items, Instant updated) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>").append(esc(site.spec.displayName())).append("</title>\n")
                .append("<id>").append(site.base()).append("/</id>\n")
                .append("<link rel=\"alternate\" href=\"").append(site.base()).append("/\"/>\n")
                .append("<link rel=\"self\" href=\"").append(site.base()).append("/atom.xml\"/>\n")
                .append("<updated>").append(Markup.iso(updated)).append("</updated>\n");
        for (PublishedArticle a : items) {
            b.append("<entry>\n<title>").append(esc(a.title())).append("</title>\n<link rel=\"alternate\" href=\"")
                    .append(esc(site.link(a, true))).append("\"/>\n<id>").append(esc(a.url().toString()))
                    .append("</id>\n<published>").append(Markup.iso(a.published())).append("</published>\n<updated>")
                    .append(Markup.iso(a.published())).append("</updated>\n<author><name>").append(esc(a.author()))
                    .append("</name></author>\n<summary>").append(esc(a.paragraphs().get(0)))
                    .append("</summary>\n</entry>\n");
        }
        return b.append("</feed>\n").toString();
    }

    static String newsSitemap(Site site, List<PublishedArticle> items) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (PublishedArticle a : items) {
            b.append("<url>\n<loc>").append(esc(a.url().toString())).append("</loc>\n<news:news>\n")
                    .append("<news:publication><news:name>").append(esc(site.spec.displayName()))
                    .append("</news:name><news:language>en</news:language></news:publication>\n")
                    .append("<news:publication_date>").append(Markup.iso(a.published()))
                    .append("</news:publication_date>\n<news:title>").append(esc(a.title()))
                    .append("</news:title>\n</news:news>\n</url>\n");
        }
        return b.append("</urlset>\n").toString();
    }

    static String sitemapIndex(Site site, Instant updated) {
        String news = site.spec.gzipSitemap() ? "/news-sitemap.xml.gz" : "/news-sitemap.xml";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "<sitemap><loc>" + site.base() + news + "</loc><lastmod>" + Markup.iso(updated)
                + "</lastmod></sitemap>\n</sitemapindex>\n";
    }

    static String robots(Site site) {
        StringBuilder b = new StringBuilder("User-agent: *\n");
        for (String prefix : site.spec.disallow()) {
            b.append("Disallow: ").append(prefix).append('\n');
        }
        if (site.spec.disallow().isEmpty()) {
            b.append("Disallow:\n");
        }
        site.spec.crawlDelay().ifPresent(d -> b.append("Crawl-delay: ").append(Math.max(1, d.toSeconds())).append('\n'));
        if (site.spec.robotsSitemaps()) {
            b.append("\nSitemap: ").append(site.base()).append("/sitemap.xml\n");
        }
        return b.toString();
    }
}
