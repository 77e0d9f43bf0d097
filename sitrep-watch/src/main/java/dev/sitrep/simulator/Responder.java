package dev.sitrep.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Decides what a site answers. The order is that of a real stack: method check, outage (the whole site is
 * down, robots.txt included), robots.txt (exempt from the rate limit), rate limit, then the route.
 *
 * <pre>
 *  /                        front page: latest articles, sections, tags, and the site's traps
 *  /section/NAME, /tag/NAME articles of a section or tag
 *  /feed.xml, /atom.xml     the last feedSize articles (Atom only if enabled)
 *  /sitemap.xml             index pointing to the news sitemap
 *  /news-sitemap.xml[.gz]   articles of the last 48 hours (.gz only if enabled)
 *  /YYYY/MM/DD/slug-N       article N, once published; any query is ignored
 *  /amp/YYYY/MM/DD/slug-N   its AMP variant (if enabled)
 *  /r/N, /loop/a, /loop/b   301 to article N; a redirect loop (if redirects are enabled)
 *  /files/annual-report.pdf application/pdf (if enabled)
 *  disallowed prefixes      a members' page, served to whoever ignores robots.txt
 * </pre>
 */
final class Responder {
    private static final String XML = "application/xml; charset=utf-8";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private Responder() {
    }

    /** The request as the responder needs it. */
    record Request(String method, String host, String path, Optional<String> ifNoneMatch,
                   Optional<String> ifModifiedSince, Instant now, long nanos) {
    }

    static Answer answer(Site site, Request r) {
        SiteSpec spec = site.spec;
        if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
            return Answer.text(405, "Only GET and HEAD\n").header("Allow", "GET, HEAD");
        }
        for (Outage o : spec.outages()) {
            if (o.covers(r.now())) {
                Answer down = Answer.html(503, Pages.plain(site, "Down for maintenance", "Please come back later."));
                return o.retryAfter().map(down::retryAfter).orElse(down);
            }
        }
        if (r.path().equals("/robots.txt")) {
            return switch (spec.robots()) {
                case SERVED -> Answer.text(200, Listings.robots(site));
                case MISSING -> Answer.html(404, Pages.plain(site, "Not found", "No such page."));
                case ERROR -> Answer.html(500, Pages.plain(site, "Server error", "Something went wrong."));
            };
        }
        if (spec.rateLimit().isPresent()) {
            RateLimit limit = spec.rateLimit().get();
            Duration wait = site.admit(limit, r.now(), r.nanos());
            if (!wait.isZero()) {
                Answer slow = Answer.text(429, "Too many requests\n");
                return limit.retryAfter() ? slow.retryAfter(wait) : slow;
            }
        }
        return route(site, r);
    }

    private static Answer route(Site site, Request r) {
        SiteSpec spec = site.spec;
        String path = r.path();
        Instant now = r.now();
        int visible = site.visible(now);
        switch (path) {
            case "/", "/index.html" -> {
                return Answer.html(200, Pages.front(site, site.latest(now, Pages.FRONT_PAGE_ARTICLES, null, null)));
            }
            case "/feed.xml" -> {
                String rss = Listings.rss(site, site.latest(now, spec.feedSize(), null, null), site.updated(now));
                return validated(site, r, "feed", "application/rss+xml; charset=utf-8", utf8(rss));
            }
            case "/sitemap.xml" -> {
                return validated(site, r, "index", XML, utf8(Listings.sitemapIndex(site, site.updated(now))));
            }
            case "/news-sitemap.xml" -> {
                return validated(site, r, "news", XML, utf8(Listings.newsSitemap(site, recent(site, now))));
            }
            default -> {
            }
        }
        if (path.equals("/atom.xml") && spec.atom()) {
            String atom = Listings.atom(site, site.latest(now, spec.feedSize(), null, null), site.updated(now));
            return validated(site, r, "atom", "application/atom+xml; charset=utf-8", utf8(atom));
        }
        if (path.equals("/news-sitemap.xml.gz") && spec.gzipSitemap()) {
            return validated(site, r, "news-gz", "application/gzip",
                    gzip(utf8(Listings.newsSitemap(site, recent(site, now)))));
        }
        for (String kind : List.of("section", "tag")) {
            String prefix = "/" + kind + "/";
            if (path.startsWith(prefix)) {
                String name = path.substring(prefix.length());
                if (!(kind.equals("section") ? Newsroom.SECTIONS : Newsroom.TAGS).contains(name)) {
                    break;
                }
                List<PublishedArticle> list = site.latest(now, 30, kind.equals("section") ? name : null,
                        kind.equals("tag") ? name : null);
                return Answer.html(200, Pages.listing(site, kind, name, list));
            }
        }
        boolean amp = spec.amp() && path.startsWith("/amp/");
        int i = site.articleAt(amp ? path.substring(4) : path);
        if (i >= 0 && i < visible) {
            Answer page = Answer.of(200, "text/html; charset=utf-8",
                    Mojibakery.encode(Pages.article(site, site.article(i), amp), spec.mojibake()));
            return spec.trickle().isPresent() ? page.trickled() : page;
        }
        if (spec.redirects()) {
            Optional<Answer> hop = redirect(site, r, visible);
            if (hop.isPresent()) {
                return hop.get();
            }
        }
        if (spec.pdf() && path.equals("/files/annual-report.pdf")) {
            return Answer.of(200, "application/pdf", PDF);
        }
        for (String prefix : spec.disallow()) {
            if (path.startsWith(prefix)) {
                return Answer.html(200, Pages.plain(site, "Members", "This page is for members."));
            }
        }
        return Answer.html(404, Pages.plain(site, "Not found", "No such page."));
    }

    private static Optional<Answer> redirect(Site site, Request r, int visible) {
        String path = r.path();
        String here = "http://" + r.host();
        if (path.equals("/loop/a")) {
            return Optional.of(Answer.redirect(here + "/loop/b"));
        }
        if (path.equals("/loop/b")) {
            return Optional.of(Answer.redirect(here + "/loop/a"));
        }
        if (path.matches("/r/\\d{1,9}")) {
            int i = Integer.parseInt(path.substring(3));
            if (i < visible) {
                return Optional.of(Answer.redirect(site.article(i).url().toString()));
            }
        }
        return Optional.empty();
    }

    private static List<PublishedArticle> recent(Site site, Instant now) {
        Instant since = now.minus(Listings.NEWS_WINDOW);
        return site.latest(now, 1000, null, null).stream().filter(a -> a.published().isAfter(since)).toList();
    }

    /**
     * A listing with validators. An honest site derives the ETag from the body and Last-Modified from its newest
     * article and answers 304 to a matching conditional request. A lying site sends one ETag and one
     * Last-Modified forever and ignores conditional requests: the client always gets 200, and only a digest of
     * the body tells it whether anything changed.
     */
    private static Answer validated(Site site, Request r, String resource, String type, byte[] body) {
        String etag;
        Instant modified;
        if (site.spec.lyingEtag()) {
            etag = "\"" + site.name() + "-" + resource + "-1\"";
            modified = site.start;
        } else {
            etag = "\"" + digest(body) + "\"";
            modified = site.updated(r.now());
        }
        Instant lastModified = modified.truncatedTo(ChronoUnit.SECONDS);
        boolean fresh = !site.spec.lyingEtag() && (r.ifNoneMatch().isPresent()
                ? matches(r.ifNoneMatch().get(), etag)
                : r.ifModifiedSince().map(ims -> notModifiedSince(ims, lastModified)).orElse(false));
        Answer a = fresh ? Answer.of(304, type, new byte[0]) : Answer.of(200, type, body);
        return a.header("ETag", etag).header("Last-Modified", Markup.httpDate(lastModified));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant modified) {
        try {
            return !modified.isAfter(ZonedDateTime.parse(ifModifiedSince.strip(), Markup.HTTP_DATE).toInstant());
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 asks
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
