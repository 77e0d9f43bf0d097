package dev.sitrep.listing;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.xml.sax.SAXParseException;

/**
 * Reads a sitemap (XML urlset with the news extension, sitemap index, text sitemap, gzipped or not) from bytes
 * already fetched, through crawler-commons' {@link SiteMapParser}. An index yields the addresses of its child
 * sitemaps; fetching them is the caller's business.
 *
 * <p>The cascade, in order:
 * <ol>
 *   <li>bodies over {@value #MAX_BYTES} bytes (the protocol's 50 MB) are refused unread;</li>
 *   <li>gzip (by its magic bytes, whatever the Content-Type says) is inflated here, not by crawler-commons, so
 *       that the same 50 MB bound holds for what it inflates to and a truncated member keeps what came before;</li>
 *   <li>crawler-commons detects XML or text from the bytes (servers label sitemaps every which way, so the
 *       Content-Type is not trusted), non-strict (entries on other hosts are kept), with DTDs refused and the
 *       news extension on;</li>
 *   <li>when the XML breaks off, it is read a second time allowing a partial result, so that the entries before
 *       the break are kept and the problem names the line and column.</li>
 * </ol>
 *
 * <p>Memory is bounded by keeping the <em>first</em> {@link #DEFAULT_MAX_ENTRIES} http(s) addresses in document
 * order: a URL filter turns the rest away before crawler-commons builds an object for them, so a million-URL
 * sitemap costs the parse time and no more memory than 50,000 entries. The first rather than the newest, since
 * finding the newest would mean holding them all; news sitemaps list newest first in practice, and the protocol
 * caps a sitemap at 50,000 URLs anyway. A text sitemap is cut at 50,000 lines by crawler-commons itself.
 *
 * <p>{@link #parse} never throws for bad input; a parser is immutable and may be shared between threads.
 */
public final class SitemapParser {
    /** The protocol's limit on a sitemap's size, compressed or inflated. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    /** How many entries a sitemap yields by default: the protocol's limit on one sitemap. */
    public static final int DEFAULT_MAX_ENTRIES = 50_000;

    private final int maxEntries;

    /** A parser keeping at most {@link #DEFAULT_MAX_ENTRIES} entries. */
    public SitemapParser() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /** A parser keeping at most {@code maxEntries} entries (at least one). */
    public SitemapParser(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * The entries of a sitemap or the child sitemaps of an index.
     *
     * @param base        the address the sitemap was fetched from
     * @param body        the bytes as fetched (gzip may remain, a Content-Encoding must have been undone)
     * @param contentType the Content-Type header, or null; not trusted, see the class description
     */
    public Sitemap parse(URI base, byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return Sitemap.failed("empty body");
        }
        if (body.length > MAX_BYTES) {
            return Sitemap.failed("sitemap of " + body.length + " bytes is over the 50 MB the protocol allows; not read");
        }
        URL url;
        try {
            url = base.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Sitemap.failed("sitemap address " + Problems.oneLine(String.valueOf(base)) + " is not a URL: "
                    + Problems.of(e));
        }
        String problem = null;
        byte[] content = body;
        if (isGzip(body)) {
            Inflated inflated = inflate(body);
            if (inflated.bytes == null) {
                return Sitemap.failed(inflated.problem);
            }
            content = inflated.bytes;
            problem = inflated.problem;
        }
        CappingFilter filter = new CappingFilter(maxEntries);
        AbstractSiteMap parsed;
        try {
            parsed = crawlerCommons(false, filter).parseSiteMap(content, url);
        } catch (UnknownFormatException e) {
            Optional<SAXParseException> where = saxCause(e);
            if (where.isEmpty()) {
                return Sitemap.failed("not a sitemap: " + Problems.of(e));
            }
            problem = (problem == null ? "" : problem + "; ") + "malformed XML at line " + where.get().getLineNumber() + ":" + where.get().getColumnNumber()
                    + ": " + Problems.of(where.get());
            filter = new CappingFilter(maxEntries);
            try {
                parsed = crawlerCommons(true, filter).parseSiteMap(content, url);
            } catch (UnknownFormatException | IOException | RuntimeException again) {
                return Sitemap.failed(problem);
            }
        } catch (IOException | RuntimeException e) {
            return Sitemap.failed("sitemap not read: " + Problems.of(e));
        }
        if (filter.refused > 0 && problem == null) {
            problem = "more than " + maxEntries + " URLs; kept the first " + maxEntries;
        }
        return convert(base, parsed, Optional.ofNullable(problem));
    }

    private static Sitemap convert(URI base, AbstractSiteMap parsed, Optional<String> problem) {
        if (parsed instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                if (child != null && child.getUrl() != null) {
                    Links.resolveHttp(base, child.getUrl().toString()).ifPresent(children::add);
                }
            }
            return new Sitemap(Sitemap.Type.INDEX, List.of(), children, problem);
        }
        if (!(parsed instanceof SiteMap map)) {
            return Sitemap.failed(problem.orElse("not a sitemap"));
        }
        List<Entry> entries = new ArrayList<>();
        for (SiteMapURL u : map.getSiteMapUrls()) {
            if (u == null || u.getUrl() == null) {
                continue;
            }
            Optional<String> address = Links.resolveHttp(base, u.getUrl().toString());
            if (address.isEmpty()) {
                continue;
            }
            String title = null;
            Instant published = null;
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null) {
                for (ExtensionMetadata m : news) {
                    if (m instanceof NewsAttributes n) {
                        title = title != null ? title : cleanTitle(n.getTitle());
                        if (published == null && n.getPublicationDateTime() != null) {
                            published = n.getPublicationDateTime().toInstant();
                        }
                    }
                }
            }
            if (published == null && u.getLastModified() != null) {
                published = u.getLastModified().toInstant();
            }
            entries.add(new Entry(address.get(), title, published, null));
        }
        Sitemap.Type type = switch (map.getType()) {
            case TEXT -> Sitemap.Type.TEXT;
            case RSS, ATOM -> Sitemap.Type.FEED;
            case null, default -> Sitemap.Type.URLSET;
        };
        return new Sitemap(type, entries, List.of(), problem);
    }

    private static SiteMapParser crawlerCommons(boolean allowPartial, CappingFilter filter) {
        SiteMapParser p = new SiteMapParser(false, allowPartial);
        p.setAllowDocTypeDefinitions(false);
        p.enableExtension(Extension.NEWS);
        p.setURLFilter(filter);
        return p;
    }

    /** Passes the first http(s) addresses on, counts and turns away the rest. One per parse: it counts. */
    private static final class CappingFilter implements Function<String, String> {
        private final int max;
        private int kept;
        private int refused;

        CappingFilter(int max) {
            this.max = max;
        }

        @Override
        public String apply(String url) {
            String u = url == null ? "" : url.strip();
            String lower = u.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                return null;
            }
            if (kept >= max) {
                refused++;
                return null;
            }
            kept++;
            return u;
        }
    }

    private record Inflated(byte[] bytes, String problem) {
    }

    private static Inflated inflate(byte[] gz) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(MAX_BYTES, gz.length * 4));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BYTES) {
                    return new Inflated(null, "gzipped sitemap inflates past the 50 MB the protocol allows; not read");
                }
                out.write(buffer, 0, n);
            }
            return new Inflated(out.toByteArray(), null);
        } catch (EOFException e) {
            return out.size() == 0 ? new Inflated(null, "truncated gzip: nothing inflated")
                    : new Inflated(out.toByteArray(), "truncated gzip after " + out.size() + " inflated bytes");
        } catch (ZipException e) {
            return out.size() == 0 ? new Inflated(null, "corrupt gzip: " + Problems.of(e))
                    : new Inflated(out.toByteArray(), "corrupt gzip after " + out.size() + " inflated bytes: "
                            + Problems.of(e));
        } catch (IOException e) {
            return new Inflated(null, "gzip not read: " + Problems.of(e));
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private static Optional<SAXParseException> saxCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.replaceAll("\\s+", " ").strip();
        return t.length() <= FeedItem.MAX_TITLE ? t : t.substring(0, FeedItem.MAX_TITLE);
    }
}
