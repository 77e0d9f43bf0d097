package dev.sitrep.simulator;

import static dev.sitrep.simulator.Markup.esc;

import java.util.List;

/** The HTML a site serves: the front page, section and tag pages, article pages and their AMP variants. */
final class Pages {
    static final int FRONT_PAGE_ARTICLES = 20;

    private Pages() {
    }

    static String front(Site site, List<PublishedArticle> latest) {
        StringBuilder b = head(site, site.spec.displayName(), site.base() + "/");
        b.append("<main><h1>").append(esc(site.spec.displayName())).append("</h1>\n<ul class=\"latest\">\n");
        list(b, latest);
        b.append("</ul>\n<aside><h2>More</h2><ul>\n");
        for (String prefix : site.spec.disallow()) {
            b.append("<li><a href=\"").append(esc(prefix)).append("\">Members</a></li>\n");
        }
        if (site.spec.redirects() && !latest.isEmpty()) {
            b.append("<li><a href=\"/r/").append(latest.get(0).index()).append("\">Top story</a></li>\n");
            b.append("<li><a href=\"/loop/a\">Archive</a></li>\n");
        }
        if (site.spec.pdf()) {
            b.append("<li><a href=\"/files/annual-report.pdf\">Annual report (PDF)</a></li>\n");
        }
        b.append("</ul></aside></main>\n");
        return foot(b);
    }

    /** A section or tag page: {@code kind} is "section" or "tag". */
    static String listing(Site site, String kind, String name, List<PublishedArticle> articles) {
        String title = (kind.equals("section") ? "Section: " : "Tag: ") + name;
        StringBuilder b = head(site, title + " | " + site.spec.displayName(), site.base() + "/" + kind + "/" + name);
        b.append("<main><h1>").append(esc(title)).append("</h1>\n<ul class=\"latest\">\n");
        list(b, articles);
        b.append("</ul></main>\n");
        return foot(b);
    }

    static String article(Site site, PublishedArticle a, boolean amp) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"").append(amp ? " amp" : "").append(">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(a.title())).append(" | ")
                .append(esc(site.spec.displayName())).append("</title>\n<link rel=\"canonical\" href=\"")
                .append(esc(a.url().toString())).append("\">\n");
        if (site.spec.amp() && !amp) {
            b.append("<link rel=\"amphtml\" href=\"").append(esc(site.ampLink(a))).append("\">\n");
        }
        b.append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(Markup.iso(a.published()))
                .append("\">\n<meta name=\"author\" content=\"").append(esc(a.author())).append("\">\n")
                .append("</head>\n<body>\n");
        nav(b, site);
        b.append("<article>\n<h1>").append(esc(a.title())).append("</h1>\n<p class=\"byline\">By <span class=\"author\">")
                .append(esc(a.author())).append("</span>, <time datetime=\"").append(Markup.iso(a.published()))
                .append("\">").append(Markup.HUMAN_DATE.format(a.published())).append("</time></p>\n");
        for (String p : a.paragraphs()) {
            b.append("<p>").append(esc(p)).append("</p>\n");
        }
        b.append("<p class=\"tags\">");
        for (String tag : a.tags()) {
            b.append("<a href=\"/tag/").append(tag).append("\">").append(tag).append("</a> ");
        }
        b.append("</p>\n</article>\n");
        return foot(b);
    }

    /** A plain page for paths that exist but are not articles (members' pages, errors). */
    static String plain(Site site, String title, String text) {
        StringBuilder b = head(site, title, null);
        b.append("<main><h1>").append(esc(title)).append("</h1><p>").append(esc(text)).append("</p></main>\n");
        return foot(b);
    }

    private static StringBuilder head(Site site, String title, String canonical) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n");
        if (canonical != null) {
            b.append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">\n");
        }
        b.append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">\n");
        if (site.spec.atom()) {
            b.append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">\n");
        }
        b.append("</head>\n<body>\n");
        nav(b, site);
        return b;
    }

    private static void nav(StringBuilder b, Site site) {
        b.append("<header><a href=\"/\">").append(esc(site.spec.displayName())).append("</a>\n<nav>");
        for (String s : Newsroom.SECTIONS) {
            b.append("<a href=\"/section/").append(s).append("\">").append(s).append("</a> ");
        }
        for (String t : Newsroom.TAGS) {
            b.append("<a href=\"/tag/").append(t).append("\">#").append(t).append("</a> ");
        }
        b.append("</nav></header>\n");
    }

    private static void list(StringBuilder b, List<PublishedArticle> articles) {
        for (PublishedArticle a : articles) {
            b.append("<li><a href=\"").append(esc(a.url().getRawPath())).append("\">").append(esc(a.title()))
                    .append("</a> <time datetime=\"").append(Markup.iso(a.published())).append("\">")
                    .append(Markup.HUMAN_DATE.format(a.published())).append("</time></li>\n");
        }
    }

    private static String foot(StringBuilder b) {
        return b.append("<footer>Synthetic news for testing.</footer>\n</body>\n</html>\n").toString();
    }
}
